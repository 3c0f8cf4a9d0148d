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
  ProjectionType?: ProjectionType | undefined
  NonKeyAttributes?: string[] | undefined
}

export interface ProvisionedThroughput {
  ReadCapacityUnits: number
  WriteCapacityUnits: number
}

export interface OnDemandThroughput {
  MaxReadRequestUnits?: number | undefined
  MaxWriteRequestUnits?: number | undefined
}

export interface ProvisionedThroughputDescription {
  LastIncreaseDateTime?: number | undefined
  LastDecreaseDateTime?: number | undefined
  NumberOfDecreasesToday?: number | undefined
  ReadCapacityUnits?: number | undefined
  WriteCapacityUnits?: number | undefined
}

export interface GlobalSecondaryIndex {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

export interface LocalSecondaryIndex {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
}

export interface StreamSpecification {
  StreamEnabled: boolean
  StreamViewType?: StreamViewType | undefined
}

export interface SSESpecification {
  Enabled?: boolean | undefined
  SSEType?: 'AES256' | 'KMS' | undefined
  KMSMasterKeyId?: string | undefined
}

export interface IndexDescriptionBase {
  IndexName?: string | undefined
  KeySchema?: KeySchemaElement[] | undefined
  Projection?: Projection | undefined
  IndexSizeBytes?: number | undefined
  ItemCount?: number | undefined
  IndexArn?: string | undefined
}

export interface GlobalSecondaryIndexDescription extends IndexDescriptionBase {
  IndexStatus?: IndexStatus | undefined
  Backfilling?: boolean | undefined
  ProvisionedThroughput?: ProvisionedThroughputDescription | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

export type LocalSecondaryIndexDescription = IndexDescriptionBase

export interface TableDescription {
  AttributeDefinitions?: AttributeDefinition[] | undefined
  TableName?: string | undefined
  KeySchema?: KeySchemaElement[] | undefined
  TableStatus?: TableStatus | undefined
  CreationDateTime?: number | undefined
  ProvisionedThroughput?: ProvisionedThroughputDescription | undefined
  TableSizeBytes?: number | undefined
  ItemCount?: number | undefined
  TableArn?: string | undefined
  TableId?: string | undefined
  BillingModeSummary?: { BillingMode?: BillingMode; LastUpdateToPayPerRequestDateTime?: number }
  LocalSecondaryIndexes?: LocalSecondaryIndexDescription[] | undefined
  GlobalSecondaryIndexes?: GlobalSecondaryIndexDescription[] | undefined
  StreamSpecification?: StreamSpecification | undefined
  LatestStreamLabel?: string | undefined
  LatestStreamArn?: string | undefined
  GlobalTableVersion?: string | undefined
  RestoreSummary?: {
    SourceBackupArn?: string | undefined
    SourceTableArn?: string | undefined
    RestoreDateTime: number
    RestoreInProgress: boolean
  }
  SSEDescription?: { Status?: string; SSEType?: string; KMSMasterKeyArn?: string }
  TableClassSummary?: { TableClass?: TableClass }
  DeletionProtectionEnabled?: boolean | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}
