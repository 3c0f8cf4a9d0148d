/**
 * Every way the driver refuses a statement or a call; `code` is the discriminant.
 *
 * @example
 * ```ts
 * function driverCode(error: unknown): DriverErrorCode | null {
 *   return isDriverError(error) ? error.code : null
 * }
 * ```
 */
export type DriverErrorCode =
  | 'UNSUPPORTED_CLAUSE'
  | 'UNSUPPORTED_STATEMENT'
  | 'UNSUPPORTED_EXPRESSION'
  | 'SQL_PARSE_ERROR'
  | 'PLACEHOLDER_MISMATCH'
  | 'UNKNOWN_TABLE'
  | 'UNKNOWN_COLUMN'
  | 'UNKNOWN_RELATION'
  | 'MISSING_PEER'
  | 'ENTITY_KEY_MISMATCH'
  | 'NOT_IN_TRANSACTION'

export interface DriverErrorInit {
  readonly hint: string
  readonly sql?: string | undefined
  readonly cause?: unknown
}

/**
 * A statement or call the driver cannot run as asked; `hint` says the DynamoDB way to get the same result.
 *
 * @example
 * ```ts
 * try {
 *   await db.selectFrom('users').join('posts', 'posts.user_id', '=', 'users.id').get()
 * } catch (error) {
 *   if (error instanceof DriverError && error.code === 'UNSUPPORTED_CLAUSE') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class DriverError extends Error {
  override readonly name: string = 'DriverError'
  readonly code: DriverErrorCode
  readonly hint: string
  /** The SQL text that was refused, when the error came from a statement. */
  readonly sql: string | null

  constructor(code: DriverErrorCode, message: string, init: DriverErrorInit) {
    super(`${message}. Hint: ${init.hint}`, init.cause === undefined ? undefined : { cause: init.cause })
    this.code = code
    this.hint = init.hint
    this.sql = init.sql ?? null
  }
}

/**
 * The SQL clauses DynamoDB has no equivalent for.
 *
 * @example
 * ```ts
 * if (error instanceof UnsupportedClauseError) {
 *   const clause: RefusedClause = error.clause
 *   console.error(`${clause} has no DynamoDB equivalent: ${error.hint}`)
 * }
 * ```
 */
export type RefusedClause =
  | 'JOIN'
  | 'GROUP BY'
  | 'HAVING'
  | 'OFFSET'
  | 'SUB-SELECT'
  | 'UNION'
  | 'DISTINCT'
  | 'WITH'
  | 'ORDER BY'
  | 'RETURNING'
  | 'ON CONFLICT'

/**
 * A clause of a statement that DynamoDB cannot answer; `clause` names it.
 *
 * @example
 * ```ts
 * try {
 *   await sql.unsafe('SELECT status, COUNT(*) FROM tasks GROUP BY status')
 * } catch (error) {
 *   if (error instanceof UnsupportedClauseError) console.error(error.clause, error.hint) // 'GROUP BY'
 *   else throw error
 * }
 * ```
 */
export class UnsupportedClauseError extends DriverError {
  override readonly name: string = 'UnsupportedClauseError'
  readonly clause: RefusedClause

  constructor(clause: RefusedClause, message: string, init: DriverErrorInit) {
    super('UNSUPPORTED_CLAUSE', message, init)
    this.clause = clause
  }
}

/**
 * True when `error` is a `DriverError` (a statement or call the driver cannot run as asked).
 *
 * @example
 * ```ts
 * try {
 *   await sql.unsafe('SELECT * FROM users u JOIN posts p ON p.user_id = u.id')
 * } catch (error) {
 *   if (isDriverError(error)) console.error(error.code, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isDriverError(error: unknown): error is DriverError {
  return error instanceof DriverError
}
