import {
  type DocumentTransactWriteItem,
  isTransactionCanceled,
  type TransactionCanceledError,
  type TransactWriteCommandOutput,
} from '@dbtooling/dynamo-client'
import type { TableTarget } from '../raw/target'
import { assertTransactionShape } from './limits'
import { onlyConflicts } from './only-conflicts'

/**
 * Options of a TransactWriteItems the ORM sends: the idempotency token reused by every retry, attempts, backoff, consumed capacity and an abort signal.
 *
 * @example
 * ```ts
 * const options: TransactWriteOptions = { clientRequestToken: 'order-o1', maxAttempts: 5 }
 * await rawTransactWrite(orm, actions, options)
 * ```
 */
export interface TransactWriteOptions {
  /**
   * Idempotency token. Every retry of this transaction reuses it, so DynamoDB applies the writes at most
   * once even when a response was lost. Default: a fresh UUID per transaction.
   */
  readonly clientRequestToken?: string
  /** Attempts while DynamoDB cancels only because of conflicting transactions. Default 5. */
  readonly maxAttempts?: number
  /** First backoff ceiling in ms between conflict retries (doubles, full jitter). Default 25. */
  readonly baseDelayMs?: number
  readonly returnConsumedCapacity?: 'TOTAL' | 'INDEXES'
  readonly signal?: AbortSignal
}

/**
 * What a sent transaction resolves to: attempts, the token used, and DynamoDB's output.
 *
 * @example
 * ```ts
 * const result: TransactWriteResult = await rawTransactWrite(orm, actions)
 * console.log(result.attempts, result.clientRequestToken)
 * ```
 */
export interface TransactWriteResult {
  /** TransactWriteItems requests sent (1 unless conflicts were retried). */
  readonly attempts: number
  readonly clientRequestToken: string
  readonly output: TransactWriteCommandOutput | undefined
}

/**
 * Turns DynamoDB's cancellation into the caller's error (model-aware for ORM transactions).
 *
 * @example
 * ```ts
 * const mapper: CancellationMapper = (error, attempts) => new Error(`cancelled after ${attempts}: ${error.message}`)
 * await sendTransaction(orm.ctx, items, labels, {}, mapper)
 * ```
 */
export type CancellationMapper = (error: TransactionCanceledError, attempts: number) => Error

/**
 * Sends one TransactWriteItems: shape checked first (nothing is sent for more than 100 actions or two
 * actions on one item), then cancellations caused only by conflicts or throttling are retried with the
 * same ClientRequestToken and backoff; any other cancellation goes through `mapCancellation`.
 *
 * @example
 * ```ts
 * const result = await sendTransaction(orm.ctx, [{ Put: { TableName: orm.tableName, Item: item } }], ['put config'])
 * console.log(result.attempts, result.clientRequestToken)
 * ```
 */
export async function sendTransaction(
  target: TableTarget,
  items: readonly DocumentTransactWriteItem[],
  labels: readonly string[],
  options: TransactWriteOptions = {},
  mapCancellation: CancellationMapper = (error) => error,
): Promise<TransactWriteResult> {
  const token = options.clientRequestToken ?? globalThis.crypto.randomUUID()
  if (items.length === 0) return { attempts: 0, clientRequestToken: token, output: undefined }
  assertTransactionShape(target, items, labels)
  const maxAttempts = Math.max(1, options.maxAttempts ?? 5)
  const input = {
    TransactItems: [...items],
    ClientRequestToken: token,
    ...(options.returnConsumedCapacity ? { ReturnConsumedCapacity: options.returnConsumedCapacity } : {}),
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const output = await target.doc.transactWrite(input)
      return { attempts: attempt, clientRequestToken: token, output }
    } catch (error) {
      if (!isTransactionCanceled(error)) throw error
      if (attempt >= maxAttempts || !onlyConflicts(error)) throw mapCancellation(error, attempt)
      await pause(attempt, options)
    }
  }
}

function pause(attempt: number, options: TransactWriteOptions): Promise<void> {
  const ceiling = Math.min(1000, (options.baseDelayMs ?? 25) * 2 ** (attempt - 1))
  const ms = Math.floor(Math.random() * ceiling)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms)
    options.signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(options.signal?.reason)
      },
      { once: true },
    )
  })
}
