import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { keyAttributes } from '../model/read'
import type { CompiledEntity } from '../storage/compiled-entity'
import { keyOf } from '../storage/to-item'

/** A model class resolved once per call: its context, compiled entity and class (registered for hydration). */
export interface ResolvedModel {
  readonly ctx: OrmContext
  readonly entity: CompiledEntity
  readonly ctor: typeof ModelBase
}

export function resolveModel(model: unknown): ResolvedModel {
  const ctor = model as typeof ModelBase
  const ctx = ctor.ctx()
  return { ctx, entity: ctx.entity(ctor.modelName), ctor }
}

/** The table key of a model key input (`'u1'` or `{ id: 'u1' }`). */
export function tableKeyOf(entity: CompiledEntity, key: unknown): Record<string, string> {
  return keyOf(entity, keyAttributes(entity, key))
}

/** Identity of a table key, for matching read items back to the keys asked for. */
export function tableKeyId(entity: CompiledEntity, item: Readonly<Record<string, unknown>>): string {
  return `${String(item[entity.partitionAttribute])}\u0000${String(item[entity.sortAttribute])}`
}

export function isTrashed(entity: CompiledEntity, item: Readonly<Record<string, unknown>>): boolean {
  const attribute = entity.softDeleteAttribute
  return attribute !== null && item[attribute] !== undefined && item[attribute] !== null
}
