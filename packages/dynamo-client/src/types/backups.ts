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

export type BackupStatus = 'CREATING' | 'DELETED' | 'AVAILABLE'
export type BackupType = 'USER' | 'SYSTEM' | 'AWS_BACKUP'

export interface BackupDetails {
  BackupArn: string
  BackupName: string
  BackupSizeBytes?: number | undefined
  BackupStatus: BackupStatus
  BackupType: BackupType
  BackupCreationDateTime: number
  BackupExpiryDateTime?: number | undefined
}

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

export interface CreateBackupInput {
  TableName: string
  BackupName: string
}

export interface CreateBackupOutput {
  BackupDetails?: BackupDetails | undefined
}

export interface DescribeBackupInput {
  BackupArn: string
}

export interface DescribeBackupOutput {
  BackupDescription?: BackupDescription | undefined
}

export interface DeleteBackupInput {
  BackupArn: string
}

export interface DeleteBackupOutput {
  BackupDescription?: BackupDescription | undefined
}

export interface ListBackupsInput {
  TableName?: string | undefined
  Limit?: number | undefined
  TimeRangeLowerBound?: number | undefined
  TimeRangeUpperBound?: number | undefined
  ExclusiveStartBackupArn?: string | undefined
  BackupType?: BackupType | 'ALL' | undefined
}

export interface ListBackupsOutput {
  BackupSummaries?: BackupSummary[] | undefined
  LastEvaluatedBackupArn?: string | undefined
}

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

export interface RestoreTableFromBackupOutput {
  TableDescription?: TableDescription | undefined
}

/** Restores the table as it was at a moment of its point-in-time recovery window, into a new table. */
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

export interface RestoreTableToPointInTimeOutput {
  TableDescription?: TableDescription | undefined
}

export interface ContinuousBackupsDescription {
  ContinuousBackupsStatus: 'ENABLED' | 'DISABLED'
  PointInTimeRecoveryDescription?: {
    PointInTimeRecoveryStatus?: 'ENABLED' | 'DISABLED' | undefined
    RecoveryPeriodInDays?: number | undefined
    EarliestRestorableDateTime?: number | undefined
    LatestRestorableDateTime?: number | undefined
  }
}

export interface UpdateContinuousBackupsInput {
  TableName: string
  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: boolean; RecoveryPeriodInDays?: number }
}

export interface UpdateContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription | undefined
}

export interface DescribeContinuousBackupsInput {
  TableName: string
}

export interface DescribeContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription | undefined
}
