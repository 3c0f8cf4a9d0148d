import type { DocumentMap } from '@dbtooling/dynamo-client'
import { OrmError } from '../errors/orm-error'

/**
 * BatchWriteItem kept handing writes back (throttling) after every retry. `unprocessed` holds exactly
 * the entries that were NOT written, in the caller's own shape, ready to resubmit; everything else was.
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

export function isUnprocessedWritesError(error: unknown): error is UnprocessedWritesError {
  return error instanceof UnprocessedWritesError
}

export function isUnprocessedKeysError(error: unknown): error is UnprocessedKeysError {
  return error instanceof UnprocessedKeysError
}
