import { and, buildExpressions, type Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { OperationCancelledError } from '../errors/misc-errors'
import type { CreateAttributes } from '../model/attribute-types'
import type { ModelBase } from '../model/model-base'
import { keyAttributes } from '../model/read'
import { keyOf } from '../storage/to-item'
import { addToPlan, emptyPlan, mergePlans, type WritePlan } from '../write/plan'
import { conditionsFor, type WriteConditions } from '../write-ops/conditions'
import { counterBuilder } from '../write-ops/counter-builder'
import type { PreparedWrite } from '../write-ops/prepare'
import { compileAtomic } from '../write-ops/run-atomic'
import { prepareDelete, prepareInsert, prepareUpdate } from '../write-ops/runners'
import type { InstanceOf, KeyOf, ModelCtor, ModelLike, NumericKeys } from '../write-ops/types'

type FillInput<M> = M extends { fill(attributes: infer A): unknown } ? A : Record<string, unknown>
type Amount = number | bigint

/**
 * Collects the writes of `orm.transaction(async (trx) => ...)`. Nothing is sent while the callback runs:
 * each call compiles the model's write plan (hooks before the write fire now), and when the callback
 * returns, every plan goes out as ONE TransactWriteItems. Instances are marked saved and the after-hooks
 * fire only once DynamoDB applied the whole transaction; on failure nothing was written and no instance
 * changed state.
 *
 * @example
 * ```ts
 * const order = await orm.transaction(async (trx: Transaction) => {
 *   const order = await trx.create(Order, { id: 'o1', total: 30 })
 *   trx.decrement(Account, 'a1', 'balance', 30)
 *   await trx.delete(cart)
 *   return order
 * })
 * ```
 */
export class Transaction {
  readonly #ctx: OrmContext
  readonly #plans: WritePlan[] = []
  readonly #commits: PreparedWrite['commit'][] = []

  constructor(ctx: OrmContext) {
    this.#ctx = ctx
  }

  /** Actions gathered so far (unique guards count: one per unique attribute written). */
  get size(): number {
    let total = 0
    for (const plan of this.#plans) total += plan.items.length
    return total
  }

  /** Creates a model (hooks and validation run now); stored when the transaction commits. */
  async create<C extends ModelCtor>(
    model: C,
    attributes: CreateAttributes<C['definition']>,
  ): Promise<InstanceOf<C>> {
    const ctor = model as unknown as new (attributes: unknown) => ModelBase
    const instance = new ctor(attributes)
    if (!(await this.save(instance))) throw new OperationCancelledError(instance.$meta.name, 'creating')
    return instance as InstanceOf<C>
  }

  /** Inserts a new instance or updates a stored one's dirty attributes. False when a hook cancelled it. */
  async save(model: ModelLike): Promise<boolean> {
    const instance = model as unknown as ModelBase
    const prepared = instance.exists ? await prepareUpdate(instance) : await prepareInsert(instance)
    return this.#add(prepared)
  }

  /** `fill(changes)` then save, inside the transaction. */
  async update<M extends ModelLike>(model: M, changes: FillInput<M>): Promise<boolean> {
    const instance = model as unknown as ModelBase
    instance.fill(changes as Record<string, unknown>)
    return this.save(model)
  }

  /** Deletes (soft-deletes for models with soft deletes) with the unique guards. False when cancelled. */
  async delete(model: ModelLike, options: { force?: boolean } = {}): Promise<boolean> {
    return this.#add(await prepareDelete(model as unknown as ModelBase, options))
  }

  /**
   * Makes the transaction depend on another item: it is cancelled unless `condition` holds for the item
   * of `model` at `key` (pass `{ ifExists: true }` to require only that it exists).
   */
  conditionCheck<C extends ModelCtor>(model: C, key: KeyOf<C>, condition: Condition | WriteConditions): this {
    const ctx = (model as unknown as typeof ModelBase).ctx()
    const entity = ctx.entity((model as unknown as typeof ModelBase).modelName)
    const conditions: WriteConditions =
      'kind' in condition ? { condition: condition as Condition } : condition
    const expressions = buildExpressions({ condition: and(...conditionsFor(entity, conditions, false)) })
    const tableKey = keyOf(entity, keyAttributes(entity, key))
    const plan = emptyPlan()
    addToPlan(
      plan,
      {
        ConditionCheck: {
          TableName: ctx.tableName,
          Key: tableKey,
          ...(expressions as { ConditionExpression: string }),
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
      `check ${entity.name} ${tableKey[entity.partitionAttribute]}`,
      { kind: 'check', entity: entity.name },
    )
    this.#plans.push(plan)
    return this
  }

  /** Atomic `ADD` of `by` to a number attribute, by key (the instance form is `increment(model, ...)`). */
  increment<C extends ModelCtor, K extends NumericKeys<InstanceOf<C>>>(
    model: C,
    key: KeyOf<C>,
    field: K,
    by?: Amount,
    options?: WriteConditions,
  ): this {
    return this.#atomic('increment', 1, [model, key, field, by, options])
  }

  /** Atomic subtraction from a number attribute, by key; with `condition: ge(field, by)` it cannot go negative. */
  decrement<C extends ModelCtor, K extends NumericKeys<InstanceOf<C>>>(
    model: C,
    key: KeyOf<C>,
    field: K,
    by?: Amount,
    options?: WriteConditions,
  ): this {
    return this.#atomic('decrement', -1, [model, key, field, by, options])
  }

  /** Adds a compiled write plan (e.g. from `planUpdate`) as it is. */
  addPlan(plan: WritePlan): this {
    this.#plans.push(plan)
    return this
  }

  /** Everything gathered, as one plan (what `commit` sends). */
  plan(): WritePlan {
    return mergePlans(this.#plans)
  }

  /** Runs the after-commit steps of every gathered model write, in order. */
  async settle(): Promise<void> {
    for (const commit of this.#commits) await commit()
  }

  #atomic(operation: string, sign: 1 | -1, args: readonly unknown[]): this {
    const [first, ...rest] = args
    const { plan } = compileAtomic(operation, first, rest, counterBuilder(operation, sign))
    if (plan) this.#plans.push(plan)
    return this
  }

  #add(prepared: PreparedWrite | null): boolean {
    if (prepared === null) return false
    this.#plans.push(prepared.plan)
    this.#commits.push(prepared.commit)
    return true
  }
}
