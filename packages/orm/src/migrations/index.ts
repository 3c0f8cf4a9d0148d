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
export type { MigrateOptions, MigrateResult, MigrationProgress } from './execute/migrate'
export type { BackfillOptions, BackfillStepResult } from './execute/run-backfill-step'
export type { CopyTableOptions, TableCopyResult } from './execute/run-copy-step'
export type { MigrationStatus } from './execute/status'
export type { MigrationTarget } from './execute/target'
export type { MigrationWorkerOptions, MigrationWorkerResult } from './execute/worker'
export * from './plan/index'
export {
  migrate,
  migrateFresh,
  migrationStatus,
  readAppliedDesign,
  readLiveTable,
  rollback,
  runMigrationWorker,
} from './runners'
export type { AppliedDesign, AppliedDesignSource } from './state/applied-design'
export { MIGRATIONS_PARTITION } from './state/partition'
