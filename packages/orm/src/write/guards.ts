import type { OrmContext } from '../context'
import { shown } from '../security/mask'
import type { CompiledEntity, CompiledGuard } from '../storage/compiled-entity'
import { addToPlan, type WritePlan } from './plan'

/**
 * Entity type stored on guard items, so scans and migrations can tell them apart from models.
 *
 * @example
 * ```ts
 * const guards = (await rawScan(orm, {})).Items?.filter((item) => item._et === GUARD_ENTITY_TYPE)
 * ```
 */
export const GUARD_ENTITY_TYPE = '_unique'

export function hasValue(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

/**
 * The key of the item holding a guard: its full key, or (an older call) its partition key alone.
 * Lookups by the unique value read the owner with one GetItem when the guard has both.
 */
export type GuardOwner = string | Readonly<Record<string, string>>

/**
 * The guard item for `value`, naming the key of the item that holds it: `owner` (its partition key) and
 * `ownerSk` (its sort key), so a lookup by the unique value is a GetItem of the guard and one of the owner.
 */
function guardItem(
  entity: CompiledEntity,
  guard: CompiledGuard,
  key: string,
  owner: GuardOwner,
): Record<string, unknown> {
  const ownerKey =
    typeof owner === 'string'
      ? { owner }
      : {
          owner: owner[entity.partitionAttribute] ?? '',
          ownerSk: owner[entity.sortAttribute] ?? '',
        }
  return {
    [entity.partitionAttribute]: key,
    [entity.sortAttribute]: key,
    [entity.entityTypeAttribute]: GUARD_ENTITY_TYPE,
    entity: entity.name,
    field: guard.attribute,
    ...ownerKey,
  }
}

/** Adds a Put of the guard item for `value`, failing when another item holds it already. */
export function planGuardPut(
  ctx: OrmContext,
  entity: CompiledEntity,
  guard: CompiledGuard,
  value: unknown,
  owner: GuardOwner,
  plan: WritePlan,
): void {
  const key = guard.key.render({ [guard.attribute]: value })
  addToPlan(
    plan,
    {
      Put: {
        TableName: ctx.tableName,
        Item: guardItem(entity, guard, key, owner),
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': entity.partitionAttribute },
      },
    },
    `put unique guard ${entity.name}.${guard.attribute}=${String(shown(entity.maskedAttributes, guard.attribute, value))}`,
    {
      kind: 'guard',
      entity: entity.name,
      operation: 'create',
      field: guard.attribute,
      value: shown(entity.maskedAttributes, guard.attribute, value),
    },
  )
}

/**
 * Adds a Put that hands the guard item for an unchanged `value` to the item's new key (a moved item),
 * failing when an item other than the previous owner holds it.
 */
export function planGuardRehome(
  ctx: OrmContext,
  entity: CompiledEntity,
  guard: CompiledGuard,
  value: unknown,
  owners: { readonly from: string; readonly to: GuardOwner },
  plan: WritePlan,
): void {
  const key = guard.key.render({ [guard.attribute]: value })
  const to = typeof owners.to === 'string' ? owners.to : owners.to[entity.partitionAttribute]
  addToPlan(
    plan,
    {
      Put: {
        TableName: ctx.tableName,
        Item: guardItem(entity, guard, key, owners.to),
        ConditionExpression: 'attribute_not_exists(#pk) OR #owner = :owner',
        ExpressionAttributeNames: { '#pk': entity.partitionAttribute, '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': owners.from },
      },
    },
    `move unique guard ${entity.name}.${guard.attribute}=${String(shown(entity.maskedAttributes, guard.attribute, value))} to ${to}`,
    {
      kind: 'guard',
      entity: entity.name,
      operation: 'create',
      field: guard.attribute,
      value: shown(entity.maskedAttributes, guard.attribute, value),
    },
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
    `delete unique guard ${entity.name}.${guard.attribute}=${String(shown(entity.maskedAttributes, guard.attribute, value))}`,
    {
      kind: 'guard',
      entity: entity.name,
      operation: 'delete',
      field: guard.attribute,
      value: shown(entity.maskedAttributes, guard.attribute, value),
    },
  )
}
