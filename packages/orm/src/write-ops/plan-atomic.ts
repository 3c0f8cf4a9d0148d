import { add, and, buildExpressions, remove, set, type UpdateAction } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { OrmError } from '../errors/orm-error'
import { nowIn } from '../model/timestamps'
import type { CompiledEntity } from '../storage/compiled-entity'
import { keyOf } from '../storage/to-item'
import { addToPlan, emptyPlan, type WritePlan } from '../write/plan'
import { conditionsFor, expectedVersionOf, type WriteConditions } from './conditions'

/** An atomic change of some attributes, as update actions DynamoDB applies server side. */
export interface AtomicChange {
  /** What the change is called in descriptions and errors, e.g. `increment`. */
  readonly operation: string
  /** The model attributes the actions touch (checked against key fields). */
  readonly fields: readonly string[]
  readonly actions: readonly UpdateAction[]
  /** Extra stored attributes to REMOVE along (index keys of a removed sparse-index field). */
  readonly alsoRemove?: readonly string[]
  /** Fields the caller checked against index keys itself (removeAttribute of a sparse-index field). */
  readonly keyFieldsHandled?: readonly string[]
}

/**
 * Raised before sending: an atomic write (increment, list or set update, removeAttribute) names an attribute a table or index key is made of.
 *
 * @example
 * ```ts
 * try {
 *   await increment(Score, 's1', 'points') // points is the sort key of a leaderboard index
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'KEY_FIELD_ATOMIC_WRITE') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class KeyFieldWriteError extends OrmError {
  override readonly name = 'KeyFieldWriteError'
  override readonly code = 'KEY_FIELD_ATOMIC_WRITE' as const
  override readonly hint: string
  override readonly requestId: string | undefined = undefined

  constructor(entity: string, field: string, operation: string) {
    super('KEY_FIELD_ATOMIC_WRITE', {
      message: `${operation} cannot change ${entity}.${field}: it is part of a table or index key`,
      hint: '',
    })
    this.hint = `Keys are rendered from ${field}'s value, which an atomic ${operation} does not know. Change it with save()/update(), which re-renders the keys.`
  }
}

/**
 * Plans one UpdateItem of atomic actions (ADD, list_append, REMOVE...) on an existing item: the item must
 * exist unless `ifNotExists` says otherwise, `updatedAt` is touched, and versioned entities get their
 * version bumped so a concurrent stale save fails instead of overwriting the change.
 */
export function planAtomic(
  ctx: OrmContext,
  entity: CompiledEntity,
  keyAttributes: Readonly<Record<string, unknown>>,
  change: AtomicChange,
  conditions: WriteConditions = {},
): WritePlan {
  for (const field of change.fields) {
    if (entity.keyFields.has(field) && !change.keyFieldsHandled?.includes(field))
      throw new KeyFieldWriteError(entity.name, field, change.operation)
  }
  const actions: UpdateAction[] = [...change.actions]
  const timestamps = entity.design.traits.timestamps
  if (timestamps && !change.fields.includes(timestamps.updatedAt)) {
    actions.push(set([timestamps.updatedAt], nowIn(timestamps.format)))
  }
  if (entity.versionAttribute !== null) actions.push(add([entity.versionAttribute], 1))
  for (const name of change.alsoRemove ?? []) actions.push(remove([name]))
  const { UpdateExpression, ...expressions } = buildExpressions({
    update: actions,
    condition: and(...conditionsFor(entity, conditions, true)),
  })
  const key = keyOf(entity, keyAttributes)
  const plan = emptyPlan()
  addToPlan(
    plan,
    {
      Update: {
        TableName: ctx.tableName,
        Key: key,
        UpdateExpression: UpdateExpression as string,
        ...expressions,
        ...(conditions.returnItemOnFailure === false
          ? {}
          : { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }),
      },
    },
    `${change.operation} ${entity.name} ${key[entity.partitionAttribute]} (${change.fields.join(', ')})`,
    {
      kind: 'entity',
      entity: entity.name,
      operation: 'update',
      key,
      expectedVersion: expectedVersionOf(entity, conditions),
      versionAttribute: entity.versionAttribute,
    },
  )
  return plan
}
