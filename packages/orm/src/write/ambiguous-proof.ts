import {
  AmbiguousOutcomeError,
  ConditionalCheckFailedError as ClientConditionalCheckFailed,
  unmarshall,
} from '@dbtooling/dynamo-client'
import { sameValue } from './diff'
import type { WriteRole } from './plan'

type WireItem = Parameters<typeof unmarshall>[0]

/**
 * Whether a versioned update that ended in `AmbiguousOutcomeError` was in fact applied by our own earlier
 * attempt. The retry failed `version = n` because the stored item now has version n + 1; that item (sent
 * back with the failure, ALL_OLD) is ours when it holds version n + 1 and every value the write set. Another
 * writer that passed the same condition would have left its own values (and its own updatedAt), so the
 * write is reported as done only when the stored state is exactly what ours leaves.
 */
export function provenOwnUpdate(role: WriteRole | undefined, error: unknown): Record<string, unknown> | null {
  if (!(error instanceof AmbiguousOutcomeError)) return null
  if (role?.kind !== 'entity' || role.operation !== 'update' || !role.written) return null
  if (role.expectedVersion === null || role.versionAttribute === null) return null
  const failure = error.conditionFailure
  if (!(failure instanceof ClientConditionalCheckFailed) || !failure.item) return null
  const stored = unmarshall(failure.item as WireItem)
  if (stored[role.versionAttribute] !== role.expectedVersion + 1) return null
  for (const [name, value] of Object.entries(role.written)) {
    if (!sameValue(stored[name], value)) return null
  }
  return stored
}
