import type { TableDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import { type CompiledEntity, compileEntity } from '../storage/compiled-entity'

/**
 * The context with another design, its entities compiled once. `adjust` may change a compiled entity
 * (e.g. mark an attribute as storage-only).
 */
export function withDesign(
  ctx: OrmContext,
  design: TableDesign,
  adjust: (entity: CompiledEntity) => CompiledEntity = (entity) => entity,
): OrmContext {
  const entities = new Map<string, CompiledEntity>()
  for (const name of ctx.entityNames) {
    const base = ctx.entity(name)
    entities.set(
      name,
      adjust(compileEntity(design, design.entities[name]!, base.definition, ctx.security?.blind ?? null)),
    )
  }
  return {
    ...ctx,
    design,
    entity(name) {
      return entities.get(name) ?? ctx.entity(name)
    },
  }
}
