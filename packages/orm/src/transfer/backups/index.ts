// The functions load on first call (../runners.ts); their option and result types are here.
export type { BackupOptions, BackupResult } from './backup-table'
export type { PointInTimeRestoreOptions, PointInTimeRestoreResult } from './point-in-time'
export type { RestoreOptions, RestoreResult } from './restore-table'
export type { S3ExportOptions, S3ImportOptions } from './s3-transfer'
