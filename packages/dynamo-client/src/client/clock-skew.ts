import type { DynamoDBError } from '../errors/dynamodb-error'

/** Error codes AWS returns when the signature's timestamp is too far from the server's clock. */
const SKEW_CODES = new Set([
  'InvalidSignatureException',
  'RequestExpired',
  'RequestInTheFuture',
  'RequestTimeTooSkewed',
  'SignatureDoesNotMatch',
  'AuthFailure',
])

/** AWS rejects signatures more than 5 minutes off; correct when we are more than 4 minutes off. */
const SKEW_THRESHOLD_MS = 4 * 60_000

/**
 * Corrects for a machine clock that is off (VMs after suspend, containers without NTP): when AWS
 * rejects a signature as expired and its `Date` header disagrees with ours, later signatures use the
 * server's time. The AWS SDKs do the same.
 */
export class ClockSkew {
  offsetMs = 0

  /** The time to sign with, or undefined to use the local clock unchanged. */
  now(): Date | undefined {
    return this.offsetMs === 0 ? undefined : new Date(Date.now() + this.offsetMs)
  }

  /** True when `error` was a skew error and the offset was corrected (so one retry is worthwhile). */
  correct(error: DynamoDBError, serverDate: string | undefined): boolean {
    if (!serverDate || !SKEW_CODES.has(error.code)) return false
    const server = Date.parse(serverDate)
    if (Number.isNaN(server)) return false
    const offset = server - Date.now()
    if (Math.abs(offset - this.offsetMs) < SKEW_THRESHOLD_MS) return false
    this.offsetMs = offset
    return true
  }
}
