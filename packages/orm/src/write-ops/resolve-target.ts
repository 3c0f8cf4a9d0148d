import type { OrmContext } from '../context'
import { OrmError } from '../errors/orm-error'
import { ModelBase } from '../model/model-base'
import { keyAttributes } from '../model/read'
import type { CompiledEntity } from '../storage/compiled-entity'

/** The item a write addresses: by a model instance (whose state is kept in step) or by class and key. */
export interface WriteTarget {
  readonly ctx: OrmContext
  readonly entity: CompiledEntity
  /** Primary key attributes, e.g. `{ id: 'u1' }`. */
  readonly keyAttributes: Record<string, unknown>
  /** The instance to update in place after the write, when the caller passed one. */
  readonly model: ModelBase | null
}

/**
 * Raised before sending: an atomic write or `deleteByKey` got an instance that was never saved.
 *
 * @example
 * ```ts
 * try {
 *   await increment(new Post({ title: 'Hi' }), 'views')
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNSAVED_MODEL') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class UnsavedModelError extends OrmError {
  override readonly name = 'UnsavedModelError'
  override readonly code = 'UNSAVED_MODEL' as const
  override readonly hint = 'save() the model first, or use the class form with a key.'
  override readonly requestId: string | undefined = undefined

  constructor(model: string, operation: string) {
    super('UNSAVED_MODEL', {
      message: `${operation} needs a stored ${model}; this instance was never saved`,
      hint: '',
    })
  }
}

export function isModelInstance(value: unknown): value is ModelBase {
  return value instanceof ModelBase
}

/** Target of an instance write; the key comes from the stored state, not from unsaved edits. */
export function targetOfModel(model: ModelBase, operation: string): WriteTarget {
  const entity = model.$meta.entity
  if (!model.exists) throw new UnsavedModelError(entity.name, operation)
  const keys: Record<string, unknown> = {}
  for (const field of entity.primaryKey)
    keys[field] = model.$state.original[field] ?? model.$state.attributes[field]
  return { ctx: model.$ctx, entity, keyAttributes: keys, model }
}

/** Target of a by-key write through a model class. */
export function targetOfKey(modelClass: unknown, key: unknown): WriteTarget {
  const ctor = modelClass as typeof ModelBase
  const ctx = ctor.ctx()
  const entity = ctx.entity(ctor.modelName)
  return { ctx, entity, keyAttributes: keyAttributes(entity, key), model: null }
}

/**
 * Splits the arguments of a write that takes either `(model, ...rest)` or `(ModelClass, key, ...rest)`.
 */
export function resolveTarget(
  first: unknown,
  rest: readonly unknown[],
  operation: string,
): { target: WriteTarget; args: readonly unknown[] } {
  if (isModelInstance(first)) return { target: targetOfModel(first, operation), args: rest }
  return { target: targetOfKey(first, rest[0]), args: rest.slice(1) }
}
