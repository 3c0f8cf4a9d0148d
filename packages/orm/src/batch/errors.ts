import type { DocumentMap } from '@dbtooling/dynamo-client'
import { OrmError } from '../errors/orm-error'

/**
 * BatchWriteItem kept handing writes back (throttling) after every retry. `unprocessed` holds exactly
 * the entries that were NOT written, in the caller's own shape, ready to resubmit; everything else was.
 *
 * @example
 * ```ts
 * try {
 *   await batchWrite(orm, rows.map((row) => batchPut(User, row)))
 * } catch (error) {
 *   if (!(error instanceof OrmError && error.code === 'UNPROCESSED_WRITES')) throw error
 *   if (isUnprocessedWritesError(error)) console.log(`${error.written} written, ${error.unprocessed.length} not`)
 * }
 * ```
 */
export class UnprocessedWritesError<Entry = unknown> extends OrmError {
  override readonly name = 'UnprocessedWritesError'
  override readonly code = 'UNPROCESSED_WRITES' as const
  override readonly hint: string
  readonly unprocessed: readonly Entry[]
  readonly written: number
  readonly attempts: number
  override readonly requestId: string | undefined

  constructor(init: { unprocessed: readonly Entry[]; written: number; attempts: number; cause?: unknown }) {
    super('UNPROCESSED_WRITES', {
      message: `${init.unprocessed.length} of ${init.unprocessed.length + init.written} batch writes were not applied after ${init.attempts} attempts`,
      hint: '',
      cause: init.cause,
    })
    this.unprocessed = init.unprocessed
    this.written = init.written
    this.attempts = init.attempts
    this.requestId = undefined
    this.hint =
      'The table is throttling. Resubmit error.unprocessed later (nothing else needs redoing), raise capacity, or pass a larger maxAttempts.'
  }
}

/**
 * BatchGetItem kept handing keys back after every retry. `unprocessed` holds exactly the keys not read;
 * `items` holds what was read, so nothing read is thrown away.
 *
 * @example
 * ```ts
 * try {
 *   await batchGet(orm, { users: { model: User, keys: ['u1', 'u2'] } })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNPROCESSED_KEYS') console.warn(error.hint)
 *   else throw error
 * }
 * ```
 */
export class UnprocessedKeysError<Key = DocumentMap, Item = DocumentMap> extends OrmError {
  override readonly name = 'UnprocessedKeysError'
  override readonly code = 'UNPROCESSED_KEYS' as const
  override readonly hint: string
  readonly unprocessed: readonly Key[]
  readonly items: readonly Item[]
  readonly attempts: number
  override readonly requestId: string | undefined

  constructor(init: {
    unprocessed: readonly Key[]
    items: readonly Item[]
    attempts: number
    cause?: unknown
  }) {
    super('UNPROCESSED_KEYS', {
      message: `${init.unprocessed.length} keys were not read after ${init.attempts} attempts (${init.items.length} items were read)`,
      hint: '',
      cause: init.cause,
    })
    this.unprocessed = init.unprocessed
    this.items = init.items
    this.attempts = init.attempts
    this.requestId = undefined
    this.hint =
      'The table is throttling. Read error.unprocessed again later (error.items already holds the rest), raise capacity, or pass a larger maxAttempts.'
  }
}

/**
 * True when `error` is an `UnprocessedWritesError` (BatchWriteItem kept returning writes after every retry).
 *
 * @example
 * ```ts
 * try {
 *   await batchWrite(orm, rows.map((row) => batchPut(User, row)))
 * } catch (error) {
 *   if (!isUnprocessedWritesError(error)) throw error
 *   await retryLater(error.unprocessed) // exactly the entries that were not written
 * }
 * ```
 */
export function isUnprocessedWritesError(error: unknown): error is UnprocessedWritesError {
  return error instanceof UnprocessedWritesError
}

/**
 * True when `error` is an `UnprocessedKeysError` (BatchGetItem kept returning keys after every retry).
 *
 * @example
 * ```ts
 * try {
 *   await batchGet(orm, { users: { model: User, keys: ['u1', 'u2'] } })
 * } catch (error) {
 *   if (!isUnprocessedKeysError(error)) throw error
 *   console.log(error.items.length, 'read;', error.unprocessed.length, 'still to read')
 * }
 * ```
 */
export function isUnprocessedKeysError(error: unknown): error is UnprocessedKeysError {
  return error instanceof UnprocessedKeysError
}
