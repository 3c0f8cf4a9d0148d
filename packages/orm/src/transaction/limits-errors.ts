import { OrmError } from '../errors/orm-error'
/**
 * Raised before sending: a transaction holds more actions than DynamoDB accepts (100).
 *
 * @example
 * ```ts
 * try {
 *   await orm.transaction(async (trx) => {
 *     for (const row of rows) await trx.create(Order, row) // 150 rows
 *   })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'TRANSACTION_TOO_LARGE') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class TransactionTooLargeError extends OrmError {
  override readonly name = 'TransactionTooLargeError'
  override readonly code = 'TRANSACTION_TOO_LARGE' as const
  override readonly hint: string
  readonly count: number
  readonly limit: number
  /** What each gathered action was, e.g. `create User#1`, in order. */
  readonly actions: readonly string[]
  override readonly requestId: string | undefined = undefined

  constructor(count: number, limit: number, actions: readonly string[]) {
    super('TRANSACTION_TOO_LARGE', {
      message: `The transaction gathered ${count} actions; DynamoDB accepts at most ${limit} per TransactWriteItems`,
      hint: '',
    })
    this.count = count
    this.limit = limit
    this.actions = actions
    this.hint =
      'Unique guards add one action per unique attribute. Split independent writes into several transactions, or use insertMany/batchWrite when atomicity is not needed. Nothing was sent.'
  }
}

/**
 * Raised before sending: two actions of one transaction address the same item, which DynamoDB rejects.
 *
 * @example
 * ```ts
 * try {
 *   await rawTransactWrite(orm, [{ Delete: { Key: key } }, { Put: { Item: { ...key, v: 1 } } }])
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'TRANSACTION_DUPLICATE_ITEM') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class DuplicateTransactionItemError extends OrmError {
  override readonly name = 'DuplicateTransactionItemError'
  override readonly code = 'TRANSACTION_DUPLICATE_ITEM' as const
  override readonly hint: string
  readonly indexes: readonly [number, number]
  readonly actions: readonly [string, string]
  override readonly requestId: string | undefined = undefined

  constructor(indexes: readonly [number, number], actions: readonly [string, string]) {
    super('TRANSACTION_DUPLICATE_ITEM', {
      message: `Transaction actions #${indexes[0]} (${actions[0]}) and #${indexes[1]} (${actions[1]}) address the same item`,
      hint: '',
    })
    this.indexes = indexes
    this.actions = actions
    this.hint =
      'DynamoDB allows one action per item in a transaction: merge the two writes (e.g. one update with both changes). Nothing was sent.'
  }
}

/**
 * True when `error` is a `TransactionTooLargeError` (more than 100 actions in one transaction).
 *
 * @example
 * ```ts
 * try {
 *   await rawTransactWrite(orm, actions)
 * } catch (error) {
 *   if (isTransactionTooLargeError(error)) console.error(`${error.count} actions, limit ${error.limit}`)
 *   else throw error
 * }
 * ```
 */
export function isTransactionTooLargeError(error: unknown): error is TransactionTooLargeError {
  return error instanceof TransactionTooLargeError
}

/**
 * True when `error` is a `DuplicateTransactionItemError` (two actions of one transaction on the same item).
 *
 * @example
 * ```ts
 * try {
 *   await rawTransactWrite(orm, actions)
 * } catch (error) {
 *   if (isDuplicateTransactionItemError(error)) console.error(error.indexes, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isDuplicateTransactionItemError(error: unknown): error is DuplicateTransactionItemError {
  return error instanceof DuplicateTransactionItemError
}
