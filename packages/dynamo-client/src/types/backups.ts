import type {
  BillingMode,
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
  OnDemandThroughput,
  ProvisionedThroughput,
  SSESpecification,
  TableDescription,
} from './table-description'

/**
 * The state of an on-demand backup; only `AVAILABLE` backups can be restored.
 *
 * @example
 * ```ts
 * const { BackupDescription } = await client.describeBackup({ BackupArn: arn })
 * const status: BackupStatus | undefined = BackupDescription?.BackupDetails?.BackupStatus
 * if (status === 'AVAILABLE') await client.restoreTableFromBackup({ TargetTableName: 'app-restored', BackupArn: arn })
 * ```
 */
export type BackupStatus = 'CREATING' | 'DELETED' | 'AVAILABLE'
/**
 * Who made a backup: `USER` (CreateBackup), `SYSTEM` (kept when a table was deleted) or `AWS_BACKUP`.
 *
 * @example
 * ```ts
 * const type: BackupType = 'USER'
 * const { BackupSummaries } = await client.listBackups({ TableName: 'app', BackupType: type })
 * ```
 */
export type BackupType = 'USER' | 'SYSTEM' | 'AWS_BACKUP'

/**
 * An on-demand backup as CreateBackup and DescribeBackup report it: ARN, name, size, status, type and times (epoch seconds).
 *
 * @example
 * ```ts
 * const { BackupDetails } = await client.createBackup({ TableName: 'app', BackupName: 'before-migration' })
 * const details: BackupDetails | undefined = BackupDetails
 * console.log(details?.BackupArn, details?.BackupStatus) // 'CREATING' at first
 * ```
 */
export interface BackupDetails {
  BackupArn: string
  BackupName: string
  BackupSizeBytes?: number | undefined
  BackupStatus: BackupStatus
  BackupType: BackupType
  BackupCreationDateTime: number
  BackupExpiryDateTime?: number | undefined
}

/**
 * One backup in a ListBackups page.
 *
 * @example
 * ```ts
 * const { BackupSummaries } = await client.listBackups({ TableName: 'app' })
 * const newest: BackupSummary | undefined = BackupSummaries?.sort((a, b) => (b.BackupCreationDateTime ?? 0) - (a.BackupCreationDateTime ?? 0))[0]
 * ```
 */
export interface BackupSummary {
  TableName?: string | undefined
  TableId?: string | undefined
  TableArn?: string | undefined
  BackupArn?: string | undefined
  BackupName?: string | undefined
  BackupCreationDateTime?: number | undefined
  BackupExpiryDateTime?: number | undefined
  BackupStatus?: BackupStatus | undefined
  BackupType?: BackupType | undefined
  BackupSizeBytes?: number | undefined
}

/**
 * A backup with the details of the table it was taken from, as DescribeBackup and DeleteBackup return it.
 *
 * @example
 * ```ts
 * const { BackupDescription }: DescribeBackupOutput = await client.describeBackup({ BackupArn: arn })
 * const description: BackupDescription | undefined = BackupDescription
 * console.log(description?.SourceTableDetails?.TableName, description?.SourceTableDetails?.ItemCount)
 * ```
 */
export interface BackupDescription {
  BackupDetails?: BackupDetails | undefined
  SourceTableDetails?: {
    TableName: string
    TableId: string
    TableArn?: string | undefined
    TableSizeBytes?: number | undefined
    KeySchema: KeySchemaElement[]
    TableCreationDateTime: number
    ProvisionedThroughput: ProvisionedThroughput
    ItemCount?: number | undefined
    BillingMode?: BillingMode | undefined
  }
  SourceTableFeatureDetails?: Record<string, unknown> | undefined
}

/**
 * Input of CreateBackup: the table to back up and a name for the backup.
 *
 * @example
 * ```ts
 * const input: CreateBackupInput = { TableName: 'app', BackupName: `app-${new Date().toISOString().slice(0, 10)}` }
 * const { BackupDetails } = await client.createBackup(input)
 * ```
 */
export interface CreateBackupInput {
  TableName: string
  BackupName: string
}

/**
 * Output of CreateBackup: the new backup's details.
 *
 * @example
 * ```ts
 * const { BackupDetails }: CreateBackupOutput = await client.createBackup({ TableName: 'app', BackupName: 'nightly' })
 * ```
 */
export interface CreateBackupOutput {
  BackupDetails?: BackupDetails | undefined
}

/**
 * Input of DescribeBackup: the backup's ARN.
 *
 * @example
 * ```ts
 * const input: DescribeBackupInput = { BackupArn: arn }
 * const { BackupDescription } = await client.describeBackup(input)
 * ```
 */
export interface DescribeBackupInput {
  BackupArn: string
}

/**
 * Output of DescribeBackup: the backup and its source table.
 *
 * @example
 * ```ts
 * const { BackupDescription }: DescribeBackupOutput = await client.describeBackup({ BackupArn: arn })
 * ```
 */
export interface DescribeBackupOutput {
  BackupDescription?: BackupDescription | undefined
}

/**
 * Input of DeleteBackup: the ARN of the backup to delete.
 *
 * @example
 * ```ts
 * const input: DeleteBackupInput = { BackupArn: arn }
 * await client.deleteBackup(input)
 * ```
 */
export interface DeleteBackupInput {
  BackupArn: string
}

/**
 * Output of DeleteBackup: the deleted backup's description.
 *
 * @example
 * ```ts
 * const { BackupDescription }: DeleteBackupOutput = await client.deleteBackup({ BackupArn: arn })
 * console.log(BackupDescription?.BackupDetails?.BackupStatus) // 'DELETED'
 * ```
 */
export interface DeleteBackupOutput {
  BackupDescription?: BackupDescription | undefined
}

/**
 * Input of ListBackups: filters by table, type and creation time (epoch seconds), a page size and where to resume.
 *
 * @example
 * ```ts
 * const input: ListBackupsInput = { TableName: 'app', BackupType: 'ALL', TimeRangeLowerBound: Math.floor(Date.now() / 1000) - 7 * 86_400 }
 * const { BackupSummaries } = await client.listBackups(input)
 * ```
 */
export interface ListBackupsInput {
  TableName?: string | undefined
  Limit?: number | undefined
  TimeRangeLowerBound?: number | undefined
  TimeRangeUpperBound?: number | undefined
  ExclusiveStartBackupArn?: string | undefined
  BackupType?: BackupType | 'ALL' | undefined
}

/**
 * Output of ListBackups: one page of backup summaries, and LastEvaluatedBackupArn while more remain.
 *
 * @example
 * ```ts
 * let page: ListBackupsOutput = await client.listBackups({ TableName: 'app' })
 * while (page.LastEvaluatedBackupArn) page = await client.listBackups({ TableName: 'app', ExclusiveStartBackupArn: page.LastEvaluatedBackupArn })
 * ```
 */
export interface ListBackupsOutput {
  BackupSummaries?: BackupSummary[] | undefined
  LastEvaluatedBackupArn?: string | undefined
}

/**
 * Input of RestoreTableFromBackup: a backup restored into a new table, with optional overrides of billing, indexes, throughput and encryption.
 *
 * @example
 * ```ts
 * const input: RestoreTableFromBackupInput = { TargetTableName: 'app-restored', BackupArn: arn, BillingModeOverride: 'PAY_PER_REQUEST' }
 * await client.restoreTableFromBackup(input)
 * await waitForTableActive(client, 'app-restored')
 * ```
 */
export interface RestoreTableFromBackupInput {
  TargetTableName: string
  BackupArn: string
  BillingModeOverride?: BillingMode | undefined
  GlobalSecondaryIndexOverride?: GlobalSecondaryIndex[] | undefined
  LocalSecondaryIndexOverride?: LocalSecondaryIndex[] | undefined
  ProvisionedThroughputOverride?: ProvisionedThroughput | undefined
  OnDemandThroughputOverride?: OnDemandThroughput | undefined
  SSESpecificationOverride?: SSESpecification | undefined
}

/**
 * Output of RestoreTableFromBackup: the new table's description, `CREATING` while the restore runs.
 *
 * @example
 * ```ts
 * const { TableDescription }: RestoreTableFromBackupOutput = await client.restoreTableFromBackup({ TargetTableName: 'app-restored', BackupArn: arn })
 * ```
 */
export interface RestoreTableFromBackupOutput {
  TableDescription?: TableDescription | undefined
}

/**
 * Restores the table as it was at a moment of its point-in-time recovery window, into a new table.
 *
 * @example
 * ```ts
 * const input: RestoreTableToPointInTimeInput = {
 *   SourceTableName: 'app',
 *   TargetTableName: 'app-before-incident',
 *   RestoreDateTime: Date.parse('2026-12-07T09:00:00Z') / 1000,
 * }
 * await client.restoreTableToPointInTime(input)
 * ```
 */
export interface RestoreTableToPointInTimeInput {
  SourceTableArn?: string | undefined
  SourceTableName?: string | undefined
  TargetTableName: string
  /** Restore to the latest restorable time (about five minutes ago) instead of `RestoreDateTime`. */
  UseLatestRestorableTime?: boolean | undefined
  /** Epoch seconds. */
  RestoreDateTime?: number | undefined
  BillingModeOverride?: BillingMode | undefined
  GlobalSecondaryIndexOverride?: GlobalSecondaryIndex[] | undefined
  LocalSecondaryIndexOverride?: LocalSecondaryIndex[] | undefined
  ProvisionedThroughputOverride?: ProvisionedThroughput | undefined
  OnDemandThroughputOverride?: OnDemandThroughput | undefined
  SSESpecificationOverride?: SSESpecification | undefined
}

/**
 * Output of RestoreTableToPointInTime: the new table's description, `CREATING` while the restore runs.
 *
 * @example
 * ```ts
 * const { TableDescription }: RestoreTableToPointInTimeOutput = await client.restoreTableToPointInTime({ SourceTableName: 'app', TargetTableName: 'app-copy', UseLatestRestorableTime: true })
 * ```
 */
export interface RestoreTableToPointInTimeOutput {
  TableDescription?: TableDescription | undefined
}

/**
 * Whether continuous backups and point-in-time recovery are on for a table, and the window it can be restored from (epoch seconds).
 *
 * @example
 * ```ts
 * const { ContinuousBackupsDescription } = await client.describeContinuousBackups({ TableName: 'app' })
 * const description: ContinuousBackupsDescription | undefined = ContinuousBackupsDescription
 * console.log(description?.PointInTimeRecoveryDescription?.EarliestRestorableDateTime)
 * ```
 */
export interface ContinuousBackupsDescription {
  ContinuousBackupsStatus: 'ENABLED' | 'DISABLED'
  PointInTimeRecoveryDescription?: {
    PointInTimeRecoveryStatus?: 'ENABLED' | 'DISABLED' | undefined
    RecoveryPeriodInDays?: number | undefined
    EarliestRestorableDateTime?: number | undefined
    LatestRestorableDateTime?: number | undefined
  }
}

/**
 * Input of UpdateContinuousBackups: turns point-in-time recovery on or off, optionally with a recovery period (1 to 35 days).
 *
 * @example
 * ```ts
 * const input: UpdateContinuousBackupsInput = { TableName: 'app', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 } }
 * await client.updateContinuousBackups(input)
 * ```
 */
export interface UpdateContinuousBackupsInput {
  TableName: string
  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: boolean; RecoveryPeriodInDays?: number }
}

/**
 * Output of UpdateContinuousBackups: the continuous backup settings as applied.
 *
 * @example
 * ```ts
 * const { ContinuousBackupsDescription }: UpdateContinuousBackupsOutput = await client.updateContinuousBackups(input)
 * ```
 */
export interface UpdateContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription | undefined
}

/**
 * Input of DescribeContinuousBackups: the table whose point-in-time recovery settings to read.
 *
 * @example
 * ```ts
 * const input: DescribeContinuousBackupsInput = { TableName: 'app' }
 * const { ContinuousBackupsDescription } = await client.describeContinuousBackups(input)
 * ```
 */
export interface DescribeContinuousBackupsInput {
  TableName: string
}

/**
 * Output of DescribeContinuousBackups: the table's continuous backup and point-in-time recovery settings.
 *
 * @example
 * ```ts
 * const { ContinuousBackupsDescription }: DescribeContinuousBackupsOutput = await client.describeContinuousBackups({ TableName: 'app' })
 * const pitr = ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus === 'ENABLED'
 * ```
 */
export interface DescribeContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription | undefined
}
