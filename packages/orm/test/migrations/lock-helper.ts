import type { MigrationTarget } from '../../src/index'
import { acquireLock } from '../../src/migrations/state/lock'
import { stateTableOf } from '../../src/migrations/state/state-store'

/** Holds the migration lock as another process would. */
export function acquireLockForTest(orm: MigrationTarget, holder: string) {
  return acquireLock(stateTableOf(orm), { holder, leaseMs: 60_000 })
}
