export { type BackupOptions, type BackupResult, backupTable } from './backup-table'
export {
  type PointInTimeRestoreOptions,
  type PointInTimeRestoreResult,
  restoreToPointInTime,
} from './point-in-time'
export { type RestoreOptions, type RestoreResult, restoreTable } from './restore-table'
export { exportToS3, importFromS3, type S3ExportOptions, type S3ImportOptions } from './s3-transfer'
