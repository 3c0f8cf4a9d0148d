import type { CreateTableInput, Projection as WireProjection } from '@dbtooling/dynamo-client'
import type { Projection, TableDesign } from '@dbtooling/schema'

/**
 * The CreateTable request for a design: key schema, every GSI/LSI with its projection, billing, streams,
 * class, tags. Pure, so migrations and docs can show it without a network. Key attributes are strings
 * (every key value is a rendered template). TTL is not part of CreateTable: see `ttlInput`.
 *
 * @example
 * ```ts
 * const input = createTableInput(orm.design) // pure: no request
 * await orm.client.createTable(input)
 * ```
 */
export function createTableInput(design: TableDesign, tableName = design.tableName): CreateTableInput {
  const attributes = new Set([design.partitionKey, design.sortKey])
  for (const index of design.globalIndexes) attributes.add(index.partitionKey).add(index.sortKey)
  for (const index of design.localIndexes) attributes.add(index.sortKey)
  const provisioned = design.billing.mode === 'PROVISIONED' ? design.billing : null
  const input: CreateTableInput = {
    TableName: tableName,
    AttributeDefinitions: [...attributes].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: design.partitionKey, KeyType: 'HASH' },
      { AttributeName: design.sortKey, KeyType: 'RANGE' },
    ],
    BillingMode: design.billing.mode,
  }
  if (provisioned) {
    input.ProvisionedThroughput = {
      ReadCapacityUnits: provisioned.read,
      WriteCapacityUnits: provisioned.write,
    }
  }
  if (design.globalIndexes.length > 0) {
    input.GlobalSecondaryIndexes = design.globalIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: projection(index.projection),
      ...(provisioned
        ? {
            ProvisionedThroughput: {
              ReadCapacityUnits: index.throughput?.read ?? provisioned.read,
              WriteCapacityUnits: index.throughput?.write ?? provisioned.write,
            },
          }
        : {}),
    }))
  }
  if (design.localIndexes.length > 0) {
    input.LocalSecondaryIndexes = design.localIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: design.partitionKey, KeyType: 'HASH' },
        { AttributeName: index.sortKey, KeyType: 'RANGE' },
      ],
      Projection: projection(index.projection),
    }))
  }
  if (design.streams?.enabled) {
    input.StreamSpecification = { StreamEnabled: true, StreamViewType: design.streams.viewType }
  }
  if (design.tableClass !== 'STANDARD') input.TableClass = design.tableClass
  if (design.deletionProtection) input.DeletionProtectionEnabled = true
  const tags = Object.entries(design.tags)
  if (tags.length > 0) input.Tags = tags.map(([Key, Value]) => ({ Key, Value }))
  return input
}

/**
 * The UpdateTimeToLive request enabling the design's TTL attribute, or null when no entity uses TTL.
 *
 * @example
 * ```ts
 * const ttl = ttlInput(orm.design)
 * if (ttl) await orm.client.updateTimeToLive(ttl)
 * ```
 */
export function ttlInput(
  design: TableDesign,
  tableName = design.tableName,
): { TableName: string; TimeToLiveSpecification: { Enabled: true; AttributeName: string } } | null {
  if (design.ttlAttribute === null) return null
  return {
    TableName: tableName,
    TimeToLiveSpecification: { Enabled: true, AttributeName: design.ttlAttribute },
  }
}

function projection(value: Projection): WireProjection {
  if (value.type === 'INCLUDE') return { ProjectionType: 'INCLUDE', NonKeyAttributes: [...value.attributes] }
  return { ProjectionType: value.type }
}
