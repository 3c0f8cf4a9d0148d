import { OrmError } from '../errors/orm-error'
import type { ModelBase } from '../model/model-base'

/**
 * A transactional `insertMany` failed after some of its transactions were applied. `inserted` are the
 * stored instances, `remaining` the rows not written (the failed transaction's and all later ones);
 * `cause` says why (often a UniqueConstraintError).
 *
 * @example
 * ```ts
 * try {
 *   await insertMany(User, rows)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'PARTIAL_INSERT') console.error(error.hint, error.cause)
 *   else throw error
 * }
 * ```
 */
export class PartialInsertError extends OrmError {
  override readonly name = 'PartialInsertError'
  override readonly code = 'PARTIAL_INSERT' as const
  override readonly hint =
    'Fix the cause (see error.cause), then insert error.remaining again; error.inserted are already stored.'
  override readonly requestId: string | undefined = undefined

  constructor(
    readonly inserted: readonly ModelBase[],
    readonly remaining: readonly Readonly<Record<string, unknown>>[],
    cause: unknown,
  ) {
    super('PARTIAL_INSERT', {
      message: `insertMany stored ${inserted.length} items, then failed; ${remaining.length} rows were not written`,
      hint: '',
      cause: cause,
    })
  }
}

/**
 * True when `error` is a `PartialInsertError` (a transactional `insertMany` stopped part way).
 *
 * @example
 * ```ts
 * try {
 *   await insertMany(User, rows)
 * } catch (error) {
 *   if (isPartialInsertError(error)) await insertMany(User, error.remaining.filter(isFixable))
 *   else throw error
 * }
 * ```
 */
export function isPartialInsertError(error: unknown): error is PartialInsertError {
  return error instanceof PartialInsertError
}
