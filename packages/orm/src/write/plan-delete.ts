import type { Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import type { CompiledEntity } from '../storage/compiled-entity'
import { keyOf } from '../storage/to-item'
import { WriteExpressionBuilder } from './expression'
import { hasValue, planGuardDelete } from './guards'
import { addToPlan, emptyPlan, type WritePlan } from './plan'

/**
 * Options of `planDelete`: the version a versioned item must have, and an extra condition.
 *
 * @example
 * ```ts
 * const options: PlanDeleteOptions = { expectedVersion: 3 }
 * const plan = planDelete(orm.ctx, 'Post', stored, options)
 * ```
 */
export interface PlanDeleteOptions {
  /** Versioned entities: fail with VersionConflictError unless the stored version is this one. */
  readonly expectedVersion?: number | null
  readonly condition?: Condition
  /** Fail when the item does not exist (default true). */
  readonly mustExist?: boolean
}

/**
 * Plans the removal of an item and of its unique guards. `attrs` are the stored attributes (the guards'
 * values come from them).
 *
 * @example
 * ```ts
 * const plan = planDelete(orm.ctx, 'User', stored) // the item and its unique guards
 * await executePlan(orm.ctx, plan)
 * ```
 */
export function planDelete(
  ctx: OrmContext,
  entityOrName: CompiledEntity | string,
  attrs: Readonly<Record<string, unknown>>,
  options: PlanDeleteOptions = {},
): WritePlan {
  const entity = typeof entityOrName === 'string' ? ctx.entity(entityOrName) : entityOrName
  const key = keyOf(entity, attrs)
  const builder = new WriteExpressionBuilder()
  if (options.mustExist !== false) builder.exists(entity.partitionAttribute)
  const expected = entity.versionAttribute ? (options.expectedVersion ?? null) : null
  if (entity.versionAttribute && expected !== null) {
    if (expected === 0) builder.notExists(entity.versionAttribute)
    else builder.equals(entity.versionAttribute, expected)
  }
  if (options.condition) builder.condition(options.condition)
  const plan = emptyPlan()
  addToPlan(
    plan,
    {
      Delete: {
        TableName: ctx.tableName,
        Key: key,
        ...builder.build(),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    `delete ${entity.name} ${key[entity.partitionAttribute]}`,
    {
      kind: 'entity',
      entity: entity.name,
      operation: 'delete',
      key,
      expectedVersion: expected,
      versionAttribute: entity.versionAttribute,
    },
  )
  for (const guard of entity.guards) {
    const value = attrs[guard.attribute]
    if (hasValue(value)) planGuardDelete(ctx, entity, guard, value, plan)
  }
  return plan
}
