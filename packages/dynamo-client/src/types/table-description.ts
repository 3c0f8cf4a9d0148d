/**
 * The type of a key attribute in an AttributeDefinition: `S` string, `N` number, `B` binary.
 *
 * @example
 * ```ts
 * const type: ScalarAttributeType = 'S'
 * const definition: AttributeDefinition = { AttributeName: 'pk', AttributeType: type }
 * ```
 */
export type ScalarAttributeType = 'S' | 'N' | 'B'
/**
 * The role of a key attribute: `HASH` for the partition key, `RANGE` for the sort key.
 *
 * @example
 * ```ts
 * const keySchema: KeySchemaElement[] = [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' satisfies KeyType }]
 * ```
 */
export type KeyType = 'HASH' | 'RANGE'
/**
 * How a table is billed: `PAY_PER_REQUEST` (on demand) or `PROVISIONED` (read and write capacity units set in advance).
 *
 * @example
 * ```ts
 * const billing: BillingMode = 'PAY_PER_REQUEST'
 * await client.createTable({ TableName: 'app', BillingMode: billing, AttributeDefinitions: definitions, KeySchema: keySchema })
 * ```
 */
export type BillingMode = 'PROVISIONED' | 'PAY_PER_REQUEST'
/**
 * Which attributes a secondary index copies: `ALL`, `KEYS_ONLY`, or `INCLUDE` (the keys plus NonKeyAttributes).
 *
 * @example
 * ```ts
 * const projection: Projection = { ProjectionType: 'INCLUDE' satisfies ProjectionType, NonKeyAttributes: ['name', 'email'] }
 * ```
 */
export type ProjectionType = 'ALL' | 'KEYS_ONLY' | 'INCLUDE'
/**
 * The lifecycle state of a table in a TableDescription; only `ACTIVE` tables accept reads and writes.
 *
 * @example
 * ```ts
 * const { Table } = await client.describeTable({ TableName: 'app' })
 * const status: TableStatus | undefined = Table?.TableStatus
 * if (status !== 'ACTIVE') await waitForTableActive(client, 'app')
 * ```
 */
export type TableStatus =
  | 'CREATING'
  | 'UPDATING'
  | 'DELETING'
  | 'ACTIVE'
  | 'INACCESSIBLE_ENCRYPTION_CREDENTIALS'
  | 'ARCHIVING'
  | 'ARCHIVED'
/**
 * The lifecycle state of a global secondary index; a new index is queryable once `ACTIVE` and no longer Backfilling.
 *
 * @example
 * ```ts
 * const { Table } = await client.describeTable({ TableName: 'app' })
 * const gsi = Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === 'gsi1')
 * const ready = gsi?.IndexStatus === ('ACTIVE' satisfies IndexStatus) && !gsi.Backfilling
 * ```
 */
export type IndexStatus = 'CREATING' | 'UPDATING' | 'DELETING' | 'ACTIVE'
/**
 * What a DynamoDB stream record carries: the new image, the old image, both, or only the keys.
 *
 * @example
 * ```ts
 * const stream: StreamSpecification = { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' satisfies StreamViewType }
 * ```
 */
export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'
/**
 * A table's storage class: `STANDARD`, or `STANDARD_INFREQUENT_ACCESS` for cheaper storage and dearer requests.
 *
 * @example
 * ```ts
 * await client.updateTable({ TableName: 'archive', TableClass: 'STANDARD_INFREQUENT_ACCESS' satisfies TableClass })
 * ```
 */
export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS'

/**
 * The name and scalar type of one attribute used in a table or index key (CreateTable and UpdateTable list every one).
 *
 * @example
 * ```ts
 * const definitions: AttributeDefinition[] = [
 *   { AttributeName: 'pk', AttributeType: 'S' },
 *   { AttributeName: 'sk', AttributeType: 'S' },
 * ]
 * ```
 */
export interface AttributeDefinition {
  AttributeName: string
  AttributeType: ScalarAttributeType
}

/**
 * One attribute of a table's or index's primary key and its role (partition or sort key).
 *
 * @example
 * ```ts
 * const keySchema: KeySchemaElement[] = [
 *   { AttributeName: 'pk', KeyType: 'HASH' },
 *   { AttributeName: 'sk', KeyType: 'RANGE' },
 * ]
 * ```
 */
export interface KeySchemaElement {
  AttributeName: string
  KeyType: KeyType
}

/**
 * The attributes a secondary index copies from the table.
 *
 * @example
 * ```ts
 * const projection: Projection = { ProjectionType: 'KEYS_ONLY' }
 * ```
 */
export interface Projection {
  ProjectionType?: ProjectionType | undefined
  NonKeyAttributes?: string[] | undefined
}

/**
 * Read and write capacity units of a PROVISIONED table or of one of its global secondary indexes.
 *
 * @example
 * ```ts
 * const throughput: ProvisionedThroughput = { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
 * await client.updateTable({ TableName: 'app', BillingMode: 'PROVISIONED', ProvisionedThroughput: throughput })
 * ```
 */
export interface ProvisionedThroughput {
  ReadCapacityUnits: number
  WriteCapacityUnits: number
}

/**
 * Upper bounds on the request units an on-demand table or index may use per second (left out or -1: no bound).
 *
 * @example
 * ```ts
 * const onDemand: OnDemandThroughput = { MaxReadRequestUnits: 1000, MaxWriteRequestUnits: 500 }
 * await client.updateTable({ TableName: 'app', OnDemandThroughput: onDemand })
 * ```
 */
export interface OnDemandThroughput {
  MaxReadRequestUnits?: number | undefined
  MaxWriteRequestUnits?: number | undefined
}

/**
 * The provisioned capacity of a table or index as DescribeTable reports it, with when it last changed.
 *
 * @example
 * ```ts
 * const { Table } = await client.describeTable({ TableName: 'app' })
 * const throughput: ProvisionedThroughputDescription | undefined = Table?.ProvisionedThroughput
 * console.log(throughput?.ReadCapacityUnits, throughput?.NumberOfDecreasesToday)
 * ```
 */
export interface ProvisionedThroughputDescription {
  LastIncreaseDateTime?: number | undefined
  LastDecreaseDateTime?: number | undefined
  NumberOfDecreasesToday?: number | undefined
  ReadCapacityUnits?: number | undefined
  WriteCapacityUnits?: number | undefined
}

/**
 * A global secondary index to create (in CreateTable, or in UpdateTable's GlobalSecondaryIndexUpdates).
 *
 * @example
 * ```ts
 * const gsi1: GlobalSecondaryIndex = {
 *   IndexName: 'gsi1',
 *   KeySchema: [{ AttributeName: 'gsi1pk', KeyType: 'HASH' }, { AttributeName: 'gsi1sk', KeyType: 'RANGE' }],
 *   Projection: { ProjectionType: 'ALL' },
 * }
 * ```
 */
export interface GlobalSecondaryIndex {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

/**
 * A local secondary index (same partition key, another sort key); only CreateTable can add one.
 *
 * @example
 * ```ts
 * const lsi1: LocalSecondaryIndex = {
 *   IndexName: 'lsi1',
 *   KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }],
 *   Projection: { ProjectionType: 'KEYS_ONLY' },
 * }
 * ```
 */
export interface LocalSecondaryIndex {
  IndexName: string
  KeySchema: KeySchemaElement[]
  Projection: Projection
}

/**
 * Whether a table has a DynamoDB stream, and what its records carry.
 *
 * @example
 * ```ts
 * await client.updateTable({ TableName: 'app', StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' } })
 * ```
 */
export interface StreamSpecification {
  StreamEnabled: boolean
  StreamViewType?: StreamViewType | undefined
}

/**
 * Server-side encryption settings: the AWS-owned key (default), or KMS with an optional customer managed key.
 *
 * @example
 * ```ts
 * const sse: SSESpecification = { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/app-table' }
 * ```
 */
export interface SSESpecification {
  Enabled?: boolean | undefined
  SSEType?: 'AES256' | 'KMS' | undefined
  KMSMasterKeyId?: string | undefined
}

/**
 * What DescribeTable reports for every secondary index, global or local: name, key schema, projection, size and item count.
 *
 * @example
 * ```ts
 * const index: IndexDescriptionBase = { IndexName: 'lsi1', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'createdAt', KeyType: 'RANGE' }], ItemCount: 0 }
 * ```
 */
export interface IndexDescriptionBase {
  IndexName?: string | undefined
  KeySchema?: KeySchemaElement[] | undefined
  Projection?: Projection | undefined
  IndexSizeBytes?: number | undefined
  ItemCount?: number | undefined
  IndexArn?: string | undefined
}

/**
 * A global secondary index as DescribeTable reports it, with its status, backfill flag and throughput.
 *
 * @example
 * ```ts
 * const index: GlobalSecondaryIndexDescription = await waitForIndexActive(client, 'app', 'gsi1')
 * console.log(index.IndexStatus, index.Backfilling, index.ItemCount)
 * ```
 */
export interface GlobalSecondaryIndexDescription extends IndexDescriptionBase {
  IndexStatus?: IndexStatus | undefined
  Backfilling?: boolean | undefined
  ProvisionedThroughput?: ProvisionedThroughputDescription | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

/**
 * A local secondary index as DescribeTable reports it.
 *
 * @example
 * ```ts
 * const { Table } = await client.describeTable({ TableName: 'app' })
 * const lsis: LocalSecondaryIndexDescription[] = Table?.LocalSecondaryIndexes ?? []
 * ```
 */
export type LocalSecondaryIndexDescription = IndexDescriptionBase

/**
 * A table as DescribeTable, CreateTable, UpdateTable and DeleteTable return it: key schema, status, indexes, streams, billing and sizes.
 *
 * @example
 * ```ts
 * const table: TableDescription = await waitForTableActive(client, 'app')
 * console.log(table.TableStatus, table.ItemCount, table.GlobalSecondaryIndexes?.map((index) => index.IndexName))
 * ```
 */
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
