import { DynamoDBError } from './dynamodb-error'
import type { Init } from './fixed-init'

/** Each code's own fix: one class per family, but "backup not found" and "PITR off" need different hints. */
const HINTS = {
  BackupNotFoundException:
    'No backup has this ARN (deleted, or in another region or account). List them with listBackups({ TableName }).',
  BackupInUseException:
    'Another backup operation on this table is running. Wait until it finishes, then retry.',
  ContinuousBackupsUnavailableException:
    'Continuous backups are still being enabled on this table. Retry in a few minutes; describeContinuousBackups() shows the status.',
  PointInTimeRecoveryUnavailableException:
    'Point-in-time recovery is off on the source table. Turn it on with updateContinuousBackups({ TableName, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }); restores and exports then cover times after that.',
  InvalidRestoreTimeException:
    'RestoreDateTime is outside the recovery window: pick a time between EarliestRestorableDateTime and LatestRestorableDateTime (describeContinuousBackups()), or pass UseLatestRestorableTime: true.',
  ExportConflictException:
    'An export with this ClientToken but other parameters exists, or the same export is running. Use a new ClientToken, or follow the running one with describeExport().',
  ExportNotFoundException: 'No export has this ARN. List the table’s exports with listExports({ TableArn }).',
  InvalidExportTimeException:
    'ExportTime is in the future or outside the point-in-time recovery window (describeContinuousBackups() gives it).',
  ImportConflictException:
    'An import with this ClientToken but other parameters exists, or an import into this table name is running. Use a new ClientToken or another TableName.',
  ImportNotFoundException: 'No import has this ARN. List them with listImports({ TableArn }).',
} as const

type HintCode = keyof typeof HINTS

function init(value: Init, fallback: HintCode): ConstructorParameters<typeof DynamoDBError>[0] {
  const code = (value.code ?? fallback) as HintCode
  return { ...value, code, retryable: false, hint: HINTS[code] ?? HINTS[fallback] }
}

/**
 * On-demand backups and point-in-time recovery (restores and the PITR a restore or export needs).
 *
 * @example
 * ```ts
 * try {
 *   await client.restoreTableFromBackup({ TargetTableName: 'app-restored', BackupArn: arn })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'BackupNotFoundException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class BackupError extends DynamoDBError {
  declare readonly code:
    | 'BackupNotFoundException'
    | 'BackupInUseException'
    | 'ContinuousBackupsUnavailableException'
    | 'PointInTimeRecoveryUnavailableException'
    | 'InvalidRestoreTimeException'

  constructor(value: Init) {
    super(init(value, 'BackupNotFoundException'))
  }
}

/**
 * ExportTableToPointInTime, DescribeExport: the export to S3 was refused or is unknown.
 *
 * @example
 * ```ts
 * try {
 *   await client.exportTableToPointInTime({ TableArn: tableArn, S3Bucket: 'exports' })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ExportConflictException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class S3ExportError extends DynamoDBError {
  declare readonly code: 'ExportConflictException' | 'ExportNotFoundException' | 'InvalidExportTimeException'

  constructor(value: Init) {
    super(init(value, 'ExportNotFoundException'))
  }
}

/**
 * ImportTable, DescribeImport: the import from S3 was refused or is unknown.
 *
 * @example
 * ```ts
 * try {
 *   await client.describeImport({ ImportArn: importArn })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ImportNotFoundException') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class S3ImportError extends DynamoDBError {
  declare readonly code: 'ImportConflictException' | 'ImportNotFoundException'

  constructor(value: Init) {
    super(init(value, 'ImportNotFoundException'))
  }
}
