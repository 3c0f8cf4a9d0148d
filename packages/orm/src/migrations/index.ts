export type { BackfillProgress } from './backfill/progress'
export type { VerifyResult } from './backfill/verify'
export {
  isMigrationError,
  isMigrationLockedError,
  MigrationDestructiveError,
  MigrationError,
  type MigrationErrorCode,
  MigrationLockedError,
  MigrationUnsupportedError,
  MigrationVerifyError,
  TableDesignDiffersError,
} from './errors'
export { type MigrateOptions, type MigrateResult, type MigrationProgress, migrate } from './execute/migrate'
export { readLiveTable } from './execute/read-live'
export { migrateFresh, rollback } from './execute/rollback'
export type { BackfillOptions, BackfillStepResult } from './execute/run-backfill-step'
export { type MigrationStatus, migrationStatus } from './execute/status'
export type { MigrationTarget } from './execute/target'
export { type MigrationWorkerOptions, type MigrationWorkerResult, runMigrationWorker } from './execute/worker'
export * from './plan/index'
export { type AppliedDesign, type AppliedDesignSource, readAppliedDesign } from './state/applied-design'
export { MIGRATIONS_PARTITION } from './state/state-store'
