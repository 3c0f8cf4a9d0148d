export type ScalarAttributeType = 'S' | 'N' | 'B'
export type KeyType = 'HASH' | 'RANGE'
export type BillingMode = 'PROVISIONED' | 'PAY_PER_REQUEST'
export type ProjectionType = 'ALL' | 'KEYS_ONLY' | 'INCLUDE'
export type TableStatus =
  | 'CREATING'
  | 'UPDATING'
  | 'DELETING'
  | 'ACTIVE'
  | 'INACCESSIBLE_ENCRYPTION_CREDENTIALS'
  | 'ARCHIVING'
  | 'ARCHIVED'
export type IndexStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE'
export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'
export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS'

export interface AttributeDefinition {
  AttributeName: string
  AttributeType: ScalarAttributeType
}

export interface KeySchemaElement {
  AttributeName: string
  KeyType: KeyType
}

export interface Projection {
  ProjectionType?: ProjectionType
  NonKeyAttributes?: string[]
}

export interface ProvisionedThroughput {
  ReadCapacityUnits: number
  WriteCapacityUnits: number
}

export interface OnDemandThroughput {
  MaxReadRequestUnits?: number
  MaxWriteRequestUnits?: number
}

export interface ProvisionedThroughputDescription {
  LastIncreaseDateTime?: number
  LastDecreaseDateTime?: number
  NumberOfDecreasesToday?: number
  ReadCapacityUnits?: number
  WriteCapacityUnits?: number
}

export interface GlobalSecondaryIndex {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
  ProvisionedThroughput?: ProvisionedThroughput
  OnDemandThroughput?: OnDemandThroughput
}

export interface LocalSecondaryIndex {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
}

export interface StreamSpecification {
  StreamEnabled: boolean
  StreamViewType?: StreamViewType
}

export interface SSESpecification {
  Enabled?: boolean
  SSEType?: 'AES256' | 'KMS'
  KMSMasterKeyId?: string
}

export interface IndexDescriptionBase {
  IndexName?: string
  KeySchema?: KeySchemaElement[]
  Projection?: Projection
  IndexSizeBytes?: number
  ItemCount?: number
  IndexArn?: string
}

export interface GlobalSecondaryIndexDescription extends IndexDescriptionBase {
  IndexStatus?: IndexStatus
  Backfilling?: boolean
  ProvisionedThroughput?: ProvisionedThroughputDescription
  OnDemandThroughput?: OnDemandThroughput
}

export type LocalSecondaryIndexDescription = IndexDescriptionBase

export interface TableDescription {
  AttributeDefinitions?: AttributeDefinition[]
  TableName?: string
  KeySchema?: KeySchemaElement[]
  TableStatus?: TableStatus
  CreationDateTime?: number
  ProvisionedThroughput?: ProvisionedThroughputDescription
  TableSizeBytes?: number
  ItemCount?: number
  TableArn?: string
  TableId?: string
  BillingModeSummary?: { BillingMode?: BillingMode; LastUpdateToPayPerRequestDateTime?: number }
  LocalSecondaryIndexes?: LocalSecondaryIndexDescription[]
  GlobalSecondaryIndexes?: GlobalSecondaryIndexDescription[]
  StreamSpecification?: StreamSpecification
  LatestStreamLabel?: string
  LatestStreamArn?: string
  GlobalTableVersion?: string
  RestoreSummary?: {
    SourceBackupArn?: string
    SourceTableArn?: string
    RestoreDateTime: number
    RestoreInProgress: boolean
  }
  SSEDescription?: { Status?: string; SSEType?: string; KMSMasterKeyArn?: string }
  TableClassSummary?: { TableClass?: TableClass }
  DeletionProtectionEnabled?: boolean
  OnDemandThroughput?: OnDemandThroughput
}
