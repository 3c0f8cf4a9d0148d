import type { Condition } from '@dbtooling/dynamo-client'
import { resolveModel } from '../batch/model-keys'
import type { BatchRunOptions } from '../batch/options'
import { runBatchWrite } from '../batch/run-batch-write'
import { markStored, preparePut } from '../batch/write-entries'
import type { WritableAttributes } from '../model/attribute-types'
import type { ModelBase } from '../model/model-base'
import { auditedPlan } from '../security/audit/audit-context'
import { sendTransaction } from '../transaction/send-transaction'
import { executePlan } from '../write/execute-plan'
import { mapCancellation } from '../write/map-write-error'
import { mergePlans, type WritePlan } from '../write/plan'
import type { WriteConditions } from './conditions'
import { PartialInsertError } from './insert-errors'
import { type PreparedWrite, prepareInsert } from './prepare'
import type { InstanceOf, ModelCtor } from './types'

type Attributes<C extends ModelCtor> = WritableAttributes<C['definition']>

/**
 * Inserts one new item: PutItem failing when the key exists (with its unique guards in one transaction),
 * ids/timestamps/validation as in `save()`, no lifecycle hooks and no mass-assignment filter (like
 * Eloquent's `insert`). `condition` adds a check on the item being replaced (only meaningful with
 * `ifNotExists: false`).
 *
 * @example
 * ```ts
 * const user = await insert(User, { id: 'u1', email: 'ada@example.com' }) // fails if u1 exists
 * ```
 */
export async function insert<C extends ModelCtor>(
  model: C,
  attributes: Attributes<C>,
  options: Pick<WriteConditions, 'condition'> = {},
): Promise<InstanceOf<C>> {
  const { ctor, ctx } = resolveModel(model)
  const instance = new ctor().forceFill(attributes as Record<string, unknown>)
  const prepared = (await prepareInsert(instance, { hooks: false, ...conditionOf(options) })) as PreparedWrite
  const plan = prepared.plan
  await executePlan(ctx, plan)
  await prepared.commit()
  return instance as InstanceOf<C>
}

/**
 * Options of `insertMany`: fail per item when the key exists, a condition, and the batch retry options.
 *
 * @example
 * ```ts
 * const options: InsertManyOptions = { ifNotExists: true }
 * const users = await insertMany(User, rows, options)
 * ```
 */
export interface InsertManyOptions extends BatchRunOptions {
  /**
   * Fail (per item) when the key exists instead of replacing it. Forces the transactional path, like
   * unique attributes and `condition` do.
   */
  readonly ifNotExists?: boolean
  readonly condition?: Condition
}

/**
 * Inserts many items. Without unique attributes or conditions: BatchWriteItem (25 per request, replaces
 * existing keys, unprocessed writes retried; leftovers raise UnprocessedWritesError with the rows not
 * written). With unique attributes, `ifNotExists` or `condition`: TransactWriteItems of up to 100 actions
 * each (an item with its guards never spans two), so guards and conditions hold; each transaction is
 * atomic, the whole call is not. Returns the stored instances in row order.
 *
 * @example
 * ```ts
 * const posts = await insertMany(Post, [{ title: 'One' }, { title: 'Two' }])
 * ```
 */
export async function insertMany<C extends ModelCtor>(
  model: C,
  rows: readonly Attributes<C>[],
  options: InsertManyOptions = {},
): Promise<InstanceOf<C>[]> {
  const { entity } = resolveModel(model)
  const transactional =
    entity.guards.length > 0 || options.ifNotExists === true || options.condition !== undefined
  const list = rows as readonly Record<string, unknown>[]
  return (
    transactional ? insertTransactional(model, list, options) : insertBatched(model, list, options)
  ) as Promise<InstanceOf<C>[]>
}

async function insertBatched(
  model: ModelCtor,
  rows: readonly Record<string, unknown>[],
  options: InsertManyOptions,
) {
  const { ctor, ctx } = resolveModel(model)
  const prepared = await Promise.all(rows.map((row) => preparePut(ctor, row)))
  const writes = prepared.map(({ item }) => ({ PutRequest: { Item: item } }))
  await runBatchWrite(ctx, writes, rows, options)
  for (const { model: instance } of prepared) markStored(instance)
  return prepared.map(({ model: instance }) => instance)
}

async function insertTransactional(
  model: ModelCtor,
  rows: readonly Record<string, unknown>[],
  options: InsertManyOptions,
) {
  const { ctor, ctx } = resolveModel(model)
  const instances: ModelBase[] = []
  const prepared: PreparedWrite[] = []
  for (const row of rows) {
    const instance = new ctor().forceFill(row)
    instances.push(instance)
    prepared.push((await prepareInsert(instance, { hooks: false, ...conditionOf(options) })) as PreparedWrite)
  }
  const plans = prepared.map((write) => auditedPlan(ctx, write.plan))
  let done = 0
  for (const [start, end] of packTransactions(plans)) {
    const group = prepared.slice(start, end)
    const plan = mergePlans(plans.slice(start, end))
    try {
      await sendTransaction(ctx, plan.items, plan.describe, {}, (error) => mapCancellation(plan, error))
    } catch (error) {
      if (done === 0) throw error
      throw new PartialInsertError(instances.slice(0, done), rows.slice(done), error)
    }
    for (const write of group) await write.commit()
    done = end
    options.onProgress?.({ processed: done, total: rows.length, unprocessed: 0, attempt: 1 })
  }
  return instances
}

/** Splits insert plans into runs of at most 100 transaction actions, never splitting one insert. */
function packTransactions(plans: readonly WritePlan[]): [number, number][] {
  const runs: [number, number][] = []
  let start = 0
  let size = 0
  plans.forEach((plan, index) => {
    const items = plan.items.length
    if (size + items > 100 && index > start) {
      runs.push([start, index])
      start = index
      size = 0
    }
    size += items
  })
  if (start < plans.length) runs.push([start, plans.length])
  return runs
}

function conditionOf(options: { readonly condition?: Condition | undefined }): { condition?: Condition } {
  return options.condition ? { condition: options.condition } : {}
}
