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
  BackupSizeBytes?: number
  BackupStatus: BackupStatus
  BackupType: BackupType
  BackupCreationDateTime: number
  BackupExpiryDateTime?: number
}

export interface BackupSummary {
  TableName?: string
  TableId?: string
  TableArn?: string
  BackupArn?: string
  BackupName?: string
  BackupCreationDateTime?: number
  BackupExpiryDateTime?: number
  BackupStatus?: BackupStatus
  BackupType?: BackupType
  BackupSizeBytes?: number
}

export interface BackupDescription {
  BackupDetails?: BackupDetails
  SourceTableDetails?: {
    TableName: string
    TableId: string
    TableArn?: string
    TableSizeBytes?: number
    KeySchema: KeySchemaElement[]
    TableCreationDateTime: number
    ProvisionedThroughput: ProvisionedThroughput
    ItemCount?: number
    BillingMode?: BillingMode
  }
  SourceTableFeatureDetails?: Record<string, unknown>
}

export interface CreateBackupInput {
  TableName: string
  BackupName: string
}

export interface CreateBackupOutput {
  BackupDetails?: BackupDetails
}

export interface DescribeBackupInput {
  BackupArn: string
}

export interface DescribeBackupOutput {
  BackupDescription?: BackupDescription
}

export interface DeleteBackupInput {
  BackupArn: string
}

export interface DeleteBackupOutput {
  BackupDescription?: BackupDescription
}

export interface ListBackupsInput {
  TableName?: string
  Limit?: number
  TimeRangeLowerBound?: number
  TimeRangeUpperBound?: number
  ExclusiveStartBackupArn?: string
  BackupType?: BackupType | 'ALL'
}

export interface ListBackupsOutput {
  BackupSummaries?: BackupSummary[]
  LastEvaluatedBackupArn?: string
}

export interface RestoreTableFromBackupInput {
  TargetTableName: string
  BackupArn: string
  BillingModeOverride?: BillingMode
  GlobalSecondaryIndexOverride?: GlobalSecondaryIndex[]
  LocalSecondaryIndexOverride?: LocalSecondaryIndex[]
  ProvisionedThroughputOverride?: ProvisionedThroughput
  OnDemandThroughputOverride?: OnDemandThroughput
  SSESpecificationOverride?: SSESpecification
}

export interface RestoreTableFromBackupOutput {
  TableDescription?: TableDescription
}

export interface ContinuousBackupsDescription {
  ContinuousBackupsStatus: 'ENABLED' | 'DISABLED'
  PointInTimeRecoveryDescription?: {
    PointInTimeRecoveryStatus?: 'ENABLED' | 'DISABLED'
    RecoveryPeriodInDays?: number
    EarliestRestorableDateTime?: number
    LatestRestorableDateTime?: number
  }
}

export interface UpdateContinuousBackupsInput {
  TableName: string
  PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: boolean; RecoveryPeriodInDays?: number }
}

export interface UpdateContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription
}

export interface DescribeContinuousBackupsInput {
  TableName: string
}

export interface DescribeContinuousBackupsOutput {
  ContinuousBackupsDescription?: ContinuousBackupsDescription
}
