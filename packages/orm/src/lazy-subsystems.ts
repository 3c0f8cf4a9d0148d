// The code behind every lazyCall, in one module so that the build makes it one chunk: each separate
// dynamic import would split the shared code into more chunks, and every file the entry imports costs
// a resolution and a load on its own (bench --suite import). Factories are here too: making and creating
// rows (rule values, validation, relation links, writes) is seeding and test code a query never runs.
// Re-exporting from the package entry (`eagerGraph`) keeps every eagerly loaded module in one shared chunk
// (see lazy-writes.ts).

export { createRows } from './factories/create-rows'
export { loadFactoryFiles } from './factories/load-factory-files'
export { makeRows } from './factories/make-rows'
export { VERSION as eagerGraph } from './index'
export * from './lazy-runtimes'
export { migrate } from './migrations/execute/migrate'
export { readLiveTable } from './migrations/execute/read-live'
export { migrateFresh, rollback } from './migrations/execute/rollback'
export { migrationStatus } from './migrations/execute/status'
export { tableDifferences } from './migrations/execute/table-drift'
export { runMigrationWorker } from './migrations/execute/worker'
export { readAppliedDesign } from './migrations/state/applied-design'
export { autoSeed } from './seeders/auto-seed'
export { discoverSeeders } from './seeders/discover-seeders'
export { fresh } from './seeders/fresh'
export { runSeeders } from './seeders/run-seeders'
export { backupTable } from './transfer/backups/backup-table'
export { restoreToPointInTime } from './transfer/backups/point-in-time'
export { restoreTable } from './transfer/backups/restore-table'
export { exportToS3, importFromS3 } from './transfer/backups/s3-transfer'
export { copyTable } from './transfer/copy-table'
export { exportTable } from './transfer/export-table'
export { importTable } from './transfer/import-table'
