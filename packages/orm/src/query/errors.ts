import { OrmError } from '../errors/orm-error'

/**
 * Why a query could not be compiled or run; `code` is the discriminant callers switch on.
 *
 * @example
 * ```ts
 * function isRefusedRead(error: unknown): boolean {
 *   const codes: QueryErrorCode[] = ['SCAN_NOT_ALLOWED', 'WHOLE_TYPE_READ_NOT_ALLOWED']
 *   return isQueryError(error) && codes.includes(error.code)
 * }
 * ```
 */
export type QueryErrorCode =
  | 'SCAN_NOT_ALLOWED'
  | 'WHOLE_TYPE_READ_NOT_ALLOWED'
  | 'UNIQUE_GUARD_BROKEN'
  | 'UNKNOWN_INDEX'
  | 'INDEX_UNUSABLE'
  | 'CONSISTENT_READ_ON_GSI'
  | 'UNSUPPORTED_ORDER'
  | 'INVALID_WHERE'
  | 'INVALID_DATE'
  | 'INVALID_CURSOR'
  | 'UNKNOWN_SCOPE'
  | 'UNKNOWN_ENTITY'
  | 'INVALID_ARGUMENT'
  | 'RELATIONS_NOT_INSTALLED'
  | 'FAN_OUT_TOO_WIDE'
  | 'TYPE_INDEX_DISABLED'

/**
 * A query the builder refuses before sending anything. The message says what is wrong; `hint` says what
 * to write instead.
 *
 * @example
 * ```ts
 * try {
 *   await User.where('name', 'Ada').get()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'WHOLE_TYPE_READ_NOT_ALLOWED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class QueryError extends OrmError {
  override readonly name: string = 'QueryError'
  declare readonly code: QueryErrorCode
  readonly entity: string | null

  constructor(code: QueryErrorCode, message: string, options: { hint: string; entity?: string | null }) {
    super(code, {
      message: `${options.entity ? `${options.entity}: ` : ''}${message}. Hint: ${options.hint}`,
      hint: options.hint,
    })
    this.entity = options.entity ?? null
  }
}

/**
 * A cursor that was not produced by this query (edited, truncated, or from another query shape).
 *
 * @example
 * ```ts
 * try {
 *   await Post.where('authorId', id).cursorPaginate(20, cursorFromTheClient)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'INVALID_CURSOR') return badRequest(error.hint)
 *   throw error
 * }
 * ```
 */
export class InvalidCursorError extends QueryError {
  override readonly name = 'InvalidCursorError'
  declare readonly code: 'INVALID_CURSOR'

  constructor(reason: string, entity: string | null) {
    super('INVALID_CURSOR', `invalid cursor: ${reason}`, {
      hint: 'pass back the nextCursor returned by the same query unchanged; start again without a cursor',
      entity,
    })
  }
}

/**
 * A query that would Scan the table while `strict` mode forbids it.
 *
 * @example
 * ```ts
 * const orm = createOrm({ models, client, options: { strict: true } })
 * try {
 *   await Event.where('payload', 'x').get() // explain().costClass is 'Scan'
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'SCAN_NOT_ALLOWED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class ScanNotAllowedError extends QueryError {
  override readonly name = 'ScanNotAllowedError'
  declare readonly code: 'SCAN_NOT_ALLOWED'
}

/**
 * A Query that reads every item of its type (the list-by-type entry) to return the few a filter keeps,
 * while `strict` mode forbids it. The message names the query's shape; `hint` the change that bounds it.
 *
 * @example
 * ```ts
 * const orm = createOrm({ models, client, options: { strict: true } })
 * try {
 *   await Team.where('name', 'Core').get() // reads every Team to keep one
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'WHOLE_TYPE_READ_NOT_ALLOWED') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class WholeTypeReadNotAllowedError extends QueryError {
  override readonly name = 'WholeTypeReadNotAllowedError'
  declare readonly code: 'WHOLE_TYPE_READ_NOT_ALLOWED'
}

/**
 * True when `error` is a `QueryError`: a query the builder refused before sending anything.
 *
 * @example
 * ```ts
 * try {
 *   await User.where('name', 'Ada').get()
 * } catch (error) {
 *   if (isQueryError(error)) console.error(error.code, error.entity, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isQueryError(error: unknown): error is QueryError {
  return error instanceof QueryError
}

/**
 * True when `error` is an `InvalidCursorError` (a cursor this query did not produce).
 *
 * @example
 * ```ts
 * try {
 *   await Post.query().cursorPaginate(20, cursor)
 * } catch (error) {
 *   if (isInvalidCursorError(error)) return badRequest(error.hint)
 *   throw error
 * }
 * ```
 */
export function isInvalidCursorError(error: unknown): error is InvalidCursorError {
  return error instanceof InvalidCursorError
}
