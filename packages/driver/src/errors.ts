/** Every way the driver refuses a statement or a call; `code` is the discriminant. */
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

/** A statement or call the driver cannot run as asked; `hint` says the DynamoDB way to get the same result. */
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

/** The SQL clauses DynamoDB has no equivalent for. */
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

/** A clause of a statement that DynamoDB cannot answer; `clause` names it. */
export class UnsupportedClauseError extends DriverError {
  override readonly name: string = 'UnsupportedClauseError'
  readonly clause: RefusedClause

  constructor(clause: RefusedClause, message: string, init: DriverErrorInit) {
    super('UNSUPPORTED_CLAUSE', message, init)
    this.clause = clause
  }
}

export function isDriverError(error: unknown): error is DriverError {
  return error instanceof DriverError
}
