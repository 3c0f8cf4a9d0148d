import type { ModelBase } from '../model/model-base'

/**
 * A transactional `insertMany` failed after some of its transactions were applied. `inserted` are the
 * stored instances, `remaining` the rows not written (the failed transaction's and all later ones);
 * `cause` says why (often a UniqueConstraintError).
 */
export class PartialInsertError extends Error {
  override readonly name = 'PartialInsertError'
  readonly code = 'PARTIAL_INSERT' as const
  readonly hint =
    'Fix the cause (see error.cause), then insert error.remaining again; error.inserted are already stored.'
  readonly requestId: string | undefined = undefined

  constructor(
    readonly inserted: readonly ModelBase[],
    readonly remaining: readonly Readonly<Record<string, unknown>>[],
    cause: unknown,
  ) {
    super(
      `insertMany stored ${inserted.length} items, then failed; ${remaining.length} rows were not written`,
      { cause },
    )
  }
}

export function isPartialInsertError(error: unknown): error is PartialInsertError {
  return error instanceof PartialInsertError
}
