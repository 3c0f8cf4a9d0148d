import { isAmbiguousOutcome, isConditionalCheckFailed } from '@dbtooling/dynamo-client'

/**
 * A conditional write of migration state or of a backfill that did not take effect as sent: its condition
 * failed, or a retry after a lost response (timeout, dropped connection, 5xx) failed it, so the earlier
 * attempt may or may not have been applied (the client's AmbiguousOutcomeError). Every caller settles both
 * alike: it re-reads what it wrote (a backfill item, a guard) or treats the lease, lock or job as someone
 * else's, which is right whichever way the lost attempt went (test/migrations/ambiguous-writes.test.ts).
 */
export function conditionNotMet(error: unknown): boolean {
  return isConditionalCheckFailed(error) || isAmbiguousOutcome(error)
}
