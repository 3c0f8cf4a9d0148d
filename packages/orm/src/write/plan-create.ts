import type { Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import type { CompiledEntity } from '../storage/compiled-entity'
import { toItem } from '../storage/to-item'
import { WriteExpressionBuilder, type WriteExpressions } from './expression'
import { hasValue, planGuardPut } from './guards'
import { addToPlan, emptyPlan, type WritePlan } from './plan'

/**
 * Options of `planCreate`: replace an existing item instead of failing, and an extra condition.
 *
 * @example
 * ```ts
 * const options: PlanCreateOptions = { overwrite: true }
 * const plan = planCreate(orm.ctx, 'User', attributes, options)
 * ```
 */
export interface PlanCreateOptions {
  /** Replace an existing item instead of failing (upsert). Unique guards are still checked. */
  readonly overwrite?: boolean
  /** Extra condition ANDed with the existence check. */
  readonly condition?: Condition
}

/**
 * Plans the insert of a new item: a Put that fails when the key exists (`attribute_not_exists(pk)`),
 * plus a guard Put per unique attribute with a value. `attrs` are storage-form attributes (casts applied,
 * ids and timestamps filled in). Versioned entities start at version 1.
 *
 * @example
 * ```ts
 * const plan = planCreate(orm.ctx, 'User', { id: 'u1', email: 'ada@example.com' })
 * await executePlan(orm.ctx, plan)
 * ```
 */
export function planCreate(
  ctx: OrmContext,
  entityOrName: CompiledEntity | string,
  attrs: Readonly<Record<string, unknown>>,
  options: PlanCreateOptions = {},
): WritePlan {
  const entity = typeof entityOrName === 'string' ? ctx.entity(entityOrName) : entityOrName
  const version = entity.versionAttribute ? { [entity.versionAttribute]: 1 } : undefined
  const item = toItem(ctx, entity, attrs, version)
  // The key toItem just rendered, not rendered again.
  const pk = item[entity.partitionAttribute] as string
  const key = {
    [entity.partitionAttribute]: pk,
    [entity.sortAttribute]: item[entity.sortAttribute] as string,
  }
  const plan = emptyPlan()
  addToPlan(
    plan,
    { Put: { TableName: ctx.tableName, Item: item, ...createConditions(entity, options) } },
    `put ${entity.name} ${pk}${options.overwrite ? '' : ' (new)'}`,
    {
      kind: 'entity',
      entity: entity.name,
      operation: 'create',
      key,
      expectedVersion: null,
      versionAttribute: entity.versionAttribute,
    },
  )
  for (const guard of entity.guards) {
    const value = attrs[guard.attribute]
    if (hasValue(value)) planGuardPut(ctx, entity, guard, value, key, plan)
  }
  return plan
}

/** The Put's condition: "not stored yet" unless overwriting, AND the caller's condition if any. */
function createConditions(entity: CompiledEntity, options: PlanCreateOptions): WriteExpressions {
  // The common case (every plain create) spelled out: what the builder makes of notExists() alone.
  if (!options.overwrite && !options.condition) {
    return {
      ConditionExpression: 'attribute_not_exists(#a0)',
      ExpressionAttributeNames: { '#a0': entity.partitionAttribute },
    }
  }
  const expressions = new WriteExpressionBuilder()
  if (!options.overwrite) expressions.notExists(entity.partitionAttribute)
  if (options.condition) expressions.condition(options.condition)
  return expressions.build()
}
