import { lazyCall } from '../lazy-call'

// The executors (locks, backfill, verification) load on the first call: see lazy-call.ts.
export const migrate = lazyCall(() => import('../lazy-subsystems').then((m) => m.migrate))
export const readLiveTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.readLiveTable))
export const rollback = lazyCall(() => import('../lazy-subsystems').then((m) => m.rollback))
export const migrateFresh = lazyCall(() => import('../lazy-subsystems').then((m) => m.migrateFresh))
export const migrationStatus = lazyCall(() => import('../lazy-subsystems').then((m) => m.migrationStatus))
export const runMigrationWorker = lazyCall(() =>
  import('../lazy-subsystems').then((m) => m.runMigrationWorker),
)
