import { OrmError } from '../errors/orm-error'

/**
 * Codes a `SecurityError` can carry; narrow on `code`.
 *
 * @example
 * ```ts
 * function securityCode(error: unknown): SecurityErrorCode | null {
 *   return isSecurityError(error) ? error.code : null
 * }
 * ```
 */
export type SecurityErrorCode =
  /** Authentication failed: the ciphertext was altered, or moved from another item or attribute. */
  | 'DECRYPT_FAILED'
  /** A stored value is not an envelope this version reads. */
  | 'BAD_ENVELOPE'
  /** The envelope names a key the key provider does not have (rotated out of the keyring). */
  | 'UNKNOWN_KEY'
  /** A key of the wrong length or encoding, or key provider options that cannot work. */
  | 'INVALID_KEY'
  /** AWS KMS answered with an error (status, KMS error type and request id in the message). */
  | 'KMS_ERROR'
  /** A query condition on an encrypted attribute that cannot run without sending its plaintext. */
  | 'ENCRYPTED_CONDITION'
  /** An update of a path inside an encrypted attribute (encrypted values are replaced whole). */
  | 'ENCRYPTED_NESTED_UPDATE'
  /** A write carrying an encrypted attribute on an item the ORM cannot tie to its model (so cannot seal). */
  | 'UNRESOLVED_ENCRYPTED_WRITE'
  /** A PartiQL INSERT/UPDATE naming an encrypted attribute (PartiQL text is sent as written). */
  | 'ENCRYPTED_PARTIQL_WRITE'
  /** Security options that are missing a part another part needs (e.g. a searchable attribute without a blind index key). */
  | 'INVALID_SECURITY_OPTIONS'
  /** `iamPolicy` was asked for an operation it does not know. */
  | 'UNKNOWN_OPERATION'

/**
 * Field encryption, blind indexes, audit and IAM policy errors; `code` says which, `hint` what to do.
 *
 * @example
 * ```ts
 * try {
 *   await Patient.find(id)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNKNOWN_KEY') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class SecurityError extends OrmError {
  declare readonly code: SecurityErrorCode

  constructor(code: SecurityErrorCode, message: string, hint: string, cause?: unknown) {
    super(code, { message, hint, ...(cause === undefined ? {} : { cause }) })
    this.name = 'SecurityError'
  }
}

/**
 * True when `error` is a `SecurityError` (field encryption, blind index, audit or IAM policy).
 *
 * @example
 * ```ts
 * try {
 *   await Patient.find(id)
 * } catch (error) {
 *   if (isSecurityError(error) && error.code === 'DECRYPT_FAILED') console.error('tampered item', error.hint)
 *   else throw error
 * }
 * ```
 */
export function isSecurityError(value: unknown): value is SecurityError {
  return value instanceof SecurityError
}
