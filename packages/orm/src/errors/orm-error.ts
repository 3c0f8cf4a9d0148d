/** Every `code` an ORM error can carry; narrow on it instead of `instanceof` across bundles. */
export type OrmErrorCode =
  | 'ITEM_NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'CONDITIONAL_CHECK_FAILED'
  | 'TRANSACTION_CANCELLED'
  | 'UNIQUE_CONSTRAINT'
  | 'VERSION_CONFLICT'
  | 'UNKNOWN_MODEL'
  | 'MASS_ASSIGNMENT'
  | 'OPERATION_CANCELLED'
  | 'MISSING_ORM'
  | 'RELATION_NAME_CONFLICT'

export interface OrmErrorInit {
  message: string
  hint: string
  requestId?: string | undefined
  cause?: unknown
}

/**
 * Base of the ORM's errors. `code` is the discriminant, `hint` says what to do about it, `requestId` is
 * DynamoDB's request id when a request failed (quote it to AWS support).
 */
export class OrmError extends Error {
  readonly code: OrmErrorCode
  readonly hint: string
  readonly requestId: string | undefined

  constructor(code: OrmErrorCode, init: OrmErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = new.target.name
    this.code = code
    this.hint = init.hint
    this.requestId = init.requestId
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      code: this.code,
      message: this.message,
      hint: this.hint,
      requestId: this.requestId,
    }
  }
}

export function isOrmError(value: unknown): value is OrmError {
  return value instanceof OrmError
}
