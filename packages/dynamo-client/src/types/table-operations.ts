import type { Tag } from './common'
import type {
  AttributeDefinition,
  BillingMode,
  GlobalSecondaryIndex,
  KeySchemaElement,
  LocalSecondaryIndex,
  OnDemandThroughput,
  Projection,
  ProvisionedThroughput,
  SSESpecification,
  StreamSpecification,
  TableClass,
  TableDescription,
} from './table-description'

/**
 * Input of CreateTable: name, key attributes and schema, billing, indexes, streams, encryption, tags and table class.
 *
 * @example
 * ```ts
 * const input: CreateTableInput = {
 *   TableName: 'app',
 *   AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
 *   KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
 *   BillingMode: 'PAY_PER_REQUEST',
 * }
 * await client.createTable(input)
 * ```
 */
export interface CreateTableInput {
  TableName: string
  AttributeDefinitions: AttributeDefinition[]
  KeySchema: KeySchemaElement[]
  BillingMode?: BillingMode | undefined
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  GlobalSecondaryIndexes?: GlobalSecondaryIndex[] | undefined
  LocalSecondaryIndexes?: LocalSecondaryIndex[] | undefined
  StreamSpecification?: StreamSpecification | undefined
  SSESpecification?: SSESpecification | undefined
  Tags?: Tag[] | undefined
  TableClass?: TableClass | undefined
  DeletionProtectionEnabled?: boolean | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

/**
 * Output of CreateTable: the new table's description, usually still `CREATING` (see waitForTableActive).
 *
 * @example
 * ```ts
 * const { TableDescription }: CreateTableOutput = await client.createTable(input)
 * console.log(TableDescription?.TableStatus) // 'CREATING'
 * ```
 */
export interface CreateTableOutput {
  TableDescription?: TableDescription | undefined
}

/**
 * Input of DeleteTable: the table to delete (refused while DeletionProtectionEnabled is on).
 *
 * @example
 * ```ts
 * const input: DeleteTableInput = { TableName: 'app-test' }
 * await client.deleteTable(input)
 * ```
 */
export interface DeleteTableInput {
  TableName: string
}

/**
 * Output of DeleteTable: the table's description, usually `DELETING` (see waitForTableDeleted).
 *
 * @example
 * ```ts
 * const { TableDescription }: DeleteTableOutput = await client.deleteTable({ TableName: 'app-test' })
 * console.log(TableDescription?.TableStatus) // 'DELETING'
 * ```
 */
export interface DeleteTableOutput {
  TableDescription?: TableDescription | undefined
}

/**
 * Input of DescribeTable: the table's name (or ARN).
 *
 * @example
 * ```ts
 * const input: DescribeTableInput = { TableName: 'app' }
 * const { Table } = await client.describeTable(input)
 * ```
 */
export interface DescribeTableInput {
  TableName: string
}

/**
 * Output of DescribeTable: the table's current description. A missing table throws ResourceNotFoundException instead.
 *
 * @example
 * ```ts
 * const { Table }: DescribeTableOutput = await client.describeTable({ TableName: 'app' })
 * console.log(Table?.TableStatus, Table?.ItemCount)
 * ```
 */
export interface DescribeTableOutput {
  Table?: TableDescription | undefined
}

/**
 * Input of ListTables: where to resume (the previous page's LastEvaluatedTableName) and how many names per page (at most 100).
 *
 * @example
 * ```ts
 * const input: ListTablesInput = { Limit: 100 }
 * const { TableNames, LastEvaluatedTableName } = await client.listTables(input)
 * ```
 */
export interface ListTablesInput {
  ExclusiveStartTableName?: string | undefined
  Limit?: number | undefined
}

/**
 * Output of ListTables: one page of table names, and LastEvaluatedTableName while more remain.
 *
 * @example
 * ```ts
 * let page: ListTablesOutput = await client.listTables({})
 * while (page.LastEvaluatedTableName) page = await client.listTables({ ExclusiveStartTableName: page.LastEvaluatedTableName })
 * ```
 */
export interface ListTablesOutput {
  TableNames?: string[] | undefined
  LastEvaluatedTableName?: string | undefined
}

/**
 * One change to a table's global secondary indexes in UpdateTable: create an index, change its throughput, or delete it.
 *
 * @example
 * ```ts
 * const updates: GlobalSecondaryIndexUpdate[] = [
 *   { Create: { IndexName: 'gsi2', KeySchema: [{ AttributeName: 'gsi2pk', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } } },
 *   { Delete: { IndexName: 'gsi-old' } },
 * ]
 * ```
 */
export type GlobalSecondaryIndexUpdate =
  | {
      Create: {
        IndexName: string
        KeySchema: KeySchemaElement[]
        Projection: Projection
        ProvisionedThroughput?: ProvisionedThroughput | undefined
        OnDemandThroughput?: OnDemandThroughput | undefined
      }
    }
  | {
      Update: {
        IndexName: string
        ProvisionedThroughput?: ProvisionedThroughput | undefined
        OnDemandThroughput?: OnDemandThroughput | undefined
      }
    }
  | { Delete: { IndexName: string } }

/**
 * Input of UpdateTable: billing, throughput, index changes, streams, encryption, class or deletion protection of one table (one index change per call).
 *
 * @example
 * ```ts
 * const input: UpdateTableInput = {
 *   TableName: 'app',
 *   AttributeDefinitions: [{ AttributeName: 'gsi2pk', AttributeType: 'S' }],
 *   GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'gsi2', KeySchema: [{ AttributeName: 'gsi2pk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
 * }
 * await client.updateTable(input)
 * await waitForIndexActive(client, 'app', 'gsi2')
 * ```
 */
export interface UpdateTableInput {
  TableName: string
  AttributeDefinitions?: AttributeDefinition[] | undefined
  BillingMode?: BillingMode | undefined
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  GlobalSecondaryIndexUpdates?: GlobalSecondaryIndexUpdate[] | undefined
  StreamSpecification?: StreamSpecification | undefined
  SSESpecification?: SSESpecification | undefined
  TableClass?: TableClass | undefined
  DeletionProtectionEnabled?: boolean | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
}

/**
 * Output of UpdateTable: the table's description, usually `UPDATING` while the change is applied.
 *
 * @example
 * ```ts
 * const { TableDescription }: UpdateTableOutput = await client.updateTable({ TableName: 'app', DeletionProtectionEnabled: true })
 * ```
 */
export interface UpdateTableOutput {
  TableDescription?: TableDescription | undefined
}

/**
 * Whether TTL is on and which attribute holds each item's expiry time (epoch seconds).
 *
 * @example
 * ```ts
 * const ttl: TimeToLiveSpecification = { Enabled: true, AttributeName: 'expiresAt' }
 * await client.updateTimeToLive({ TableName: 'app', TimeToLiveSpecification: ttl })
 * ```
 */
export interface TimeToLiveSpecification {
  Enabled: boolean
  AttributeName: string
}

/**
 * Input of UpdateTimeToLive: turns TTL on or off for a table.
 *
 * @example
 * ```ts
 * const input: UpdateTimeToLiveInput = { TableName: 'app', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } }
 * await client.updateTimeToLive(input)
 * ```
 */
export interface UpdateTimeToLiveInput {
  TableName: string
  TimeToLiveSpecification: TimeToLiveSpecification
}

/**
 * Output of UpdateTimeToLive: the TTL settings as applied.
 *
 * @example
 * ```ts
 * const { TimeToLiveSpecification }: UpdateTimeToLiveOutput = await client.updateTimeToLive(input)
 * ```
 */
export interface UpdateTimeToLiveOutput {
  TimeToLiveSpecification?: TimeToLiveSpecification | undefined
}

/**
 * Input of DescribeTimeToLive: the table whose TTL settings to read.
 *
 * @example
 * ```ts
 * const input: DescribeTimeToLiveInput = { TableName: 'app' }
 * const { TimeToLiveDescription } = await client.describeTimeToLive(input)
 * ```
 */
export interface DescribeTimeToLiveInput {
  TableName: string
}

/**
 * Output of DescribeTimeToLive: the TTL status and attribute name.
 *
 * @example
 * ```ts
 * const { TimeToLiveDescription }: DescribeTimeToLiveOutput = await client.describeTimeToLive({ TableName: 'app' })
 * if (TimeToLiveDescription?.TimeToLiveStatus === 'ENABLED') console.log('expires on', TimeToLiveDescription.AttributeName)
 * ```
 */
export interface DescribeTimeToLiveOutput {
  TimeToLiveDescription?: {
    TimeToLiveStatus?: 'ENABLING' | 'DISABLING' | 'ENABLED' | 'DISABLED' | undefined
    AttributeName?: string | undefined
  }
}

/**
 * Input of TagResource: tags to add to a table (by ARN).
 *
 * @example
 * ```ts
 * const input: TagResourceInput = { ResourceArn: table.TableArn!, Tags: [{ Key: 'team', Value: 'checkout' }] }
 * await client.tagResource(input)
 * ```
 */
export interface TagResourceInput {
  ResourceArn: string
  Tags: Tag[]
}

/**
 * Output of TagResource: an empty object.
 *
 * @example
 * ```ts
 * const output: TagResourceOutput = await client.tagResource({ ResourceArn: arn, Tags: [{ Key: 'env', Value: 'prod' }] }) // {}
 * ```
 */
export type TagResourceOutput = Record<string, never>

/**
 * Input of UntagResource: the tag keys to remove from a table (by ARN).
 *
 * @example
 * ```ts
 * const input: UntagResourceInput = { ResourceArn: arn, TagKeys: ['team'] }
 * await client.untagResource(input)
 * ```
 */
export interface UntagResourceInput {
  ResourceArn: string
  TagKeys: string[]
}

/**
 * Output of UntagResource: an empty object.
 *
 * @example
 * ```ts
 * const output: UntagResourceOutput = await client.untagResource({ ResourceArn: arn, TagKeys: ['team'] }) // {}
 * ```
 */
export type UntagResourceOutput = Record<string, never>

/**
 * Input of ListTagsOfResource: the table (by ARN) and where to resume.
 *
 * @example
 * ```ts
 * const input: ListTagsOfResourceInput = { ResourceArn: arn }
 * const { Tags } = await client.listTagsOfResource(input)
 * ```
 */
export interface ListTagsOfResourceInput {
  ResourceArn: string
  NextToken?: string | undefined
}

/**
 * Output of ListTagsOfResource: one page of tags, and NextToken while more remain.
 *
 * @example
 * ```ts
 * const { Tags, NextToken }: ListTagsOfResourceOutput = await client.listTagsOfResource({ ResourceArn: arn })
 * console.log(Tags?.map((tag) => `${tag.Key}=${tag.Value}`))
 * ```
 */
export interface ListTagsOfResourceOutput {
  Tags?: Tag[] | undefined
  NextToken?: string | undefined
}
