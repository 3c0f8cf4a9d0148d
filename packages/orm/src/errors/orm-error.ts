import type { SeedingErrorCode } from '../factories/errors'
import type { MigrationErrorCode } from '../migrations/errors'
import type { ObservabilityErrorCode } from '../observability/errors'
import type { QueryErrorCode } from '../query/errors'
import type { RelationErrorCode } from '../relations/errors'
import type { SecurityErrorCode } from '../security/errors'
import type { TenantErrorCode } from '../tenancy/errors'
import type { TransferErrorCode } from '../transfer/transfer-error'

/**
 * Every `code` an ORM error can carry; narrow on it instead of `instanceof` across bundles.
 *
 * @example
 * ```ts
 * function statusOf(error: unknown): number {
 *   const code: OrmErrorCode | undefined = error instanceof OrmError ? error.code : undefined
 *   return code === 'ITEM_NOT_FOUND' ? 404 : code === 'UNIQUE_CONSTRAINT' ? 409 : 500
 * }
 * ```
 */
export type OrmErrorCode =
  | QueryErrorCode
  | MigrationErrorCode
  | RelationErrorCode
  | SeedingErrorCode
  | TenantErrorCode
  | TransferErrorCode
  | ObservabilityErrorCode
  | SecurityErrorCode
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
  // Write helpers, batches and transactions refused before sending (or left partly done):
  | 'BATCH_WRITE_UNIQUE_GUARDS'
  | 'CONFLICTING_CONDITIONS'
  | 'KEY_FIELD_ATOMIC_WRITE'
  | 'KEY_CHANGE_REFUSED'
  | 'INVALID_WRITE_OPTION'
  | 'UNSUPPORTED_CONFIG_OPTION'
  | 'PARTIAL_INSERT'
  | 'TRANSACTION_DUPLICATE_ITEM'
  | 'TRANSACTION_TOO_LARGE'
  | 'UNPROCESSED_KEYS'
  | 'UNPROCESSED_WRITES'
  | 'UNSAVED_MODEL'
  | 'WRONG_ATTRIBUTE_KIND'
  | 'WRONG_ENTITY_TYPE'

/**
 * What every `OrmError` is built from: the message, the hint, and the request id and cause when a request failed.
 *
 * @example
 * ```ts
 * class QuotaError extends OrmError {
 *   constructor(init: OrmErrorInit) {
 *     super('INVALID_WRITE_OPTION', init)
 *   }
 * }
 * ```
 */
export interface OrmErrorInit {
  message: string
  hint: string
  requestId?: string | undefined
  cause?: unknown
}

/**
 * Base of the ORM's errors. `code` is the discriminant, `hint` says what to do about it, `requestId` is
 * DynamoDB's request id when a request failed (quote it to AWS support).
 *
 * @example
 * ```ts
 * try {
 *   await User.create(attributes)
 * } catch (error) {
 *   if (!(error instanceof OrmError)) throw error
 *   switch (error.code) {
 *     case 'UNIQUE_CONSTRAINT':
 *       return conflict(error.hint)
 *     case 'VALIDATION_FAILED':
 *       return badRequest(error.message)
 *     default:
 *       throw error
 *   }
 * }
 * ```
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

/**
 * True when `error` is any error of the ORM (an `OrmError` with `code` and `hint`).
 *
 * @example
 * ```ts
 * try {
 *   await User.create(attributes)
 * } catch (error) {
 *   if (isOrmError(error)) console.error(error.code, error.message, error.hint, error.requestId)
 *   throw error
 * }
 * ```
 */
export function isOrmError(value: unknown): value is OrmError {
  return value instanceof OrmError
}
