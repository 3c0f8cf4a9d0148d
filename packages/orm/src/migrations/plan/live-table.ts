import type {
  DescribeContinuousBackupsOutput,
  DescribeTimeToLiveOutput,
  TableDescription,
  Tag,
} from '@dbtooling/dynamo-client'

/**
 * One index of the live table, as DynamoDB describes it.
 *
 * @example
 * ```ts
 * const live = await readLiveTable(orm)
 * const gsi: LiveIndex | undefined = live?.globalIndexes[0]
 * console.log(gsi?.name, gsi?.status)
 * ```
 */
export interface LiveIndex {
  name: string
  partitionKey: string | null
  sortKey: string | null
  status: string
}

/**
 * What the table looks like now, summarised from DescribeTable / DescribeTimeToLive / ListTagsOfResource.
 * A field is null when the service did not say (DynamoDB Local has no tagging, for one): the planner then
 * falls back to the recorded design for it.
 *
 * @example
 * ```ts
 * const live: LiveTable | null = await readLiveTable(orm)
 * console.log(live?.status, live?.itemCount, live?.billingMode)
 * ```
 */
export interface LiveTable {
  status: string
  itemCount: number
  partitionKey: string | null
  sortKey: string | null
  globalIndexes: LiveIndex[]
  localIndexes: LiveIndex[]
  billingMode: 'PAY_PER_REQUEST' | 'PROVISIONED'
  streams: { enabled: boolean; viewType: string | null }
  tableClass: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS'
  deletionProtection: boolean
  ttlAttribute: string | null
  tags: Record<string, string> | null
  /** Point-in-time recovery, null when DescribeContinuousBackups was not answered (DynamoDB Local). */
  pointInTimeRecovery: boolean | null
}

function keyOf(schema: ReadonlyArray<{ AttributeName: string; KeyType: string }> | undefined, type: string) {
  return schema?.find((key) => key.KeyType === type)?.AttributeName ?? null
}

/**
 * Pure: the live summary from the describe answers (tags null when they could not be listed).
 *
 * @example
 * ```ts
 * const { Table } = await orm.client.describeTable({ TableName: orm.tableName })
 * const live = Table ? liveTableFrom(Table, null, null) : null
 * ```
 */
export function liveTableFrom(
  table: TableDescription,
  ttl: DescribeTimeToLiveOutput | null,
  tags: readonly Tag[] | null,
  backups: DescribeContinuousBackupsOutput | null = null,
): LiveTable {
  const pitr =
    backups?.ContinuousBackupsDescription?.PointInTimeRecoveryDescription?.PointInTimeRecoveryStatus
  const ttlStatus = ttl?.TimeToLiveDescription?.TimeToLiveStatus
  return {
    status: table.TableStatus ?? 'ACTIVE',
    itemCount: table.ItemCount ?? 0,
    partitionKey: keyOf(table.KeySchema, 'HASH'),
    sortKey: keyOf(table.KeySchema, 'RANGE'),
    globalIndexes: (table.GlobalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName ?? '',
      partitionKey: keyOf(index.KeySchema, 'HASH'),
      sortKey: keyOf(index.KeySchema, 'RANGE'),
      status: index.IndexStatus ?? 'ACTIVE',
    })),
    localIndexes: (table.LocalSecondaryIndexes ?? []).map((index) => ({
      name: index.IndexName ?? '',
      partitionKey: keyOf(index.KeySchema, 'HASH'),
      sortKey: keyOf(index.KeySchema, 'RANGE'),
      status: 'ACTIVE',
    })),
    billingMode: table.BillingModeSummary?.BillingMode ?? 'PROVISIONED',
    streams: {
      enabled: table.StreamSpecification?.StreamEnabled ?? false,
      viewType: table.StreamSpecification?.StreamViewType ?? null,
    },
    tableClass: table.TableClassSummary?.TableClass ?? 'STANDARD',
    deletionProtection: table.DeletionProtectionEnabled ?? false,
    ttlAttribute:
      ttlStatus === 'ENABLED' || ttlStatus === 'ENABLING'
        ? (ttl?.TimeToLiveDescription?.AttributeName ?? null)
        : null,
    tags: tags ? Object.fromEntries(tags.map((tag) => [tag.Key, tag.Value])) : null,
    pointInTimeRecovery: pitr === undefined ? null : pitr === 'ENABLED',
  }
}
