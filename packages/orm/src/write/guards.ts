import type { OrmContext } from '../context'
import type { CompiledEntity, CompiledGuard } from '../storage/compiled-entity'
import { addToPlan, type WritePlan } from './plan'

/** Entity type stored on guard items, so scans and migrations can tell them apart from models. */
export const GUARD_ENTITY_TYPE = '_unique'

export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

/** Adds a Put of the guard item for `value`, failing when another item holds it already. */
export function planGuardPut(
  ctx: OrmContext,
  entity: CompiledEntity,
  guard: CompiledGuard,
  value: unknown,
  owner: string,
  plan: WritePlan,
): void {
  const key = guard.key.render({ [guard.attribute]: value })
  const pk = entity.partitionAttribute
  addToPlan(
    plan,
    {
      Put: {
        TableName: ctx.tableName,
        Item: {
          [pk]: key,
          [entity.sortAttribute]: key,
          [entity.entityTypeAttribute]: GUARD_ENTITY_TYPE,
          entity: entity.name,
          field: guard.attribute,
          owner,
        },
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': pk },
      },
    },
    `put unique guard ${entity.name}.${guard.attribute}=${String(value)}`,
    { kind: 'guard', entity: entity.name, operation: 'create', field: guard.attribute, value },
  )
}

/** Adds a Delete of the guard item for `value`. */
export function planGuardDelete(
  ctx: OrmContext,
  entity: CompiledEntity,
  guard: CompiledGuard,
  value: unknown,
  plan: WritePlan,
): void {
  const key = guard.key.render({ [guard.attribute]: value })
  addToPlan(
    plan,
    {
      Delete: {
        TableName: ctx.tableName,
        Key: { [entity.partitionAttribute]: key, [entity.sortAttribute]: key },
      },
    },
    `delete unique guard ${entity.name}.${guard.attribute}=${String(value)}`,
    { kind: 'guard', entity: entity.name, operation: 'delete', field: guard.attribute, value },
  )
}
