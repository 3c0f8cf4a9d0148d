import { type DynamoDBError, type TransactionCanceledError, unmarshall } from '@dbtooling/dynamo-client'
import { ConditionalCheckFailedError } from '../errors/conditional-check-failed'
import type { OrmError } from '../errors/orm-error'
import { TransactionCancelledError } from '../errors/transaction-cancelled'
import { UniqueConstraintError } from '../errors/unique-constraint'
import { VersionConflictError } from '../errors/version-conflict'
import type { WritePlan } from './plan'

type WireItem = Parameters<typeof unmarshall>[0]

/**
 * The ORM error for a failed condition on entry `index` of a plan.
 *
 * @example
 * ```ts
 * import { ConditionalCheckFailedError } from '@dbtooling/dynamo-client'
 *
 * try {
 *   await orm.ctx.doc.put({ TableName: orm.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' })
 * } catch (error) {
 *   if (error instanceof ConditionalCheckFailedError) throw mapConditionFailure(plan, 0, error.item, error)
 *   throw error
 * }
 * ```
 */
export function mapConditionFailure(
  plan: WritePlan,
  index: number,
  wireItem: WireItem | undefined,
  cause: DynamoDBError,
): OrmError {
  const role = plan.roles[index]
  const item = wireItem ? unmarshall(wireItem) : null
  const requestId = cause.requestId
  if (role?.kind === 'guard')
    return new UniqueConstraintError(role.entity, role.field, role.value, requestId, cause)
  if (role?.kind === 'entity') {
    const actual = item === null ? null : storedVersion(item, role.versionAttribute)
    // Only a version that differs is a conflict; otherwise another part of the condition failed.
    if (role.expectedVersion !== null && item !== null && (actual ?? 0) !== role.expectedVersion) {
      return new VersionConflictError({
        model: role.entity,
        expectedVersion: role.expectedVersion,
        actualVersion: actual,
        requestId,
        cause,
      })
    }
    const what = JSON.stringify(role.key)
    const [message, hint] =
      role.operation === 'create'
        ? [
            `${role.entity} ${what} already exists`,
            'Use a new key, or save()/update() the existing item instead.',
          ]
        : item === null
          ? [
              `${role.entity} ${what} does not exist (deleted meanwhile?)`,
              'Reload it with find(); it may have been deleted.',
            ]
          : [`The condition on ${role.entity} ${what} was false`, 'Read the item (error.item) to see why.']
    return new ConditionalCheckFailedError({ model: role.entity, message, hint, item, requestId, cause })
  }
  return new ConditionalCheckFailedError({
    model: role?.entity ?? null,
    message: `Condition check failed: ${plan.describe[index] ?? `entry #${index}`}`,
    hint: 'A condition in the write was false; read the item to see why.',
    item,
    requestId,
    cause,
  })
}

/**
 * A cancelled transaction becomes the error of its first failed condition when that is what cancelled it
 * (unique clash, version conflict, missing item), else `TransactionCancelledError` with every reason.
 *
 * @example
 * ```ts
 * await sendTransaction(orm.ctx, plan.items, plan.describe, {}, (error) => mapCancellation(plan, error))
 * ```
 */
export function mapCancellation(plan: WritePlan, error: TransactionCanceledError): OrmError {
  const failed = error.failed
  if (failed.length > 0 && failed.every((reason) => reason.code === 'ConditionalCheckFailed')) {
    const first = failed.find((reason) => plan.roles[reason.index]?.kind === 'guard') ?? failed[0]!
    return mapConditionFailure(plan, first.index, first.item, error)
  }
  return new TransactionCancelledError(
    error.reasons.map((reason) => ({
      index: reason.index,
      code: reason.code,
      message: reason.message,
      description: plan.describe[reason.index] ?? `entry #${reason.index}`,
    })),
    error.requestId,
    error,
  )
}

function storedVersion(item: Readonly<Record<string, unknown>>, attribute: string | null): number | null {
  const value = attribute === null ? undefined : item[attribute]
  return typeof value === 'number' ? value : null
}
