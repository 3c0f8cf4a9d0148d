import * as v from 'valibot'
import { attributeName, int, numberedPattern, stringRecord } from './schema-helpers'

export const MAX_GSIS = 20
export const MAX_LSIS = 5

function singleTableDesignSchema() {
  return v.strictObject({
    partitionKey: v.optional(attributeName(), 'pk'),
    sortKey: v.optional(attributeName(), 'sk'),
    gsiPartitionKeyPattern: v.optional(numberedPattern('gsi{n}pk'), 'gsi{n}pk'),
    gsiSortKeyPattern: v.optional(numberedPattern('gsi{n}sk'), 'gsi{n}sk'),
    gsiNamePattern: v.optional(numberedPattern('GSI{n}'), 'GSI{n}'),
    gsiCount: v.optional(
      v.union([v.literal('auto'), int(1, MAX_GSIS)], `use 'auto' or a whole number from 1 to ${MAX_GSIS}`),
      'auto',
    ),
    typeIndexShards: v.optional(int(1, 100), 1),
    lsiSortKeyPattern: v.optional(numberedPattern('lsi{n}sk'), 'lsi{n}sk'),
    lsiNamePattern: v.optional(numberedPattern('LSI{n}'), 'LSI{n}'),
    entityTypeAttribute: v.optional(attributeName(), '_et'),
    dataAttribute: v.optional(v.nullable(attributeName()), null),
    keyPrefixes: v.optional(
      v.record(v.string(), v.pipe(v.string(), v.minLength(1, 'use a non-empty key prefix'))),
      {},
    ),
    delimiter: v.optional(
      v.pipe(
        v.string(),
        v.minLength(1, "use a non-empty delimiter such as '#'"),
        v.maxLength(8, "use a short delimiter such as '#'"),
      ),
      '#',
    ),
  })
}

function autoScalingSchema() {
  return v.strictObject({
    min: v.optional(int(1, 40_000), 5),
    max: v.optional(int(1, 40_000), 100),
    targetUtilization: v.optional(
      v.pipe(
        v.number(),
        v.minValue(20, 'use a percentage from 20 to 90'),
        v.maxValue(90, 'use a percentage from 20 to 90'),
      ),
      70,
    ),
  })
}

function capacitySchema() {
  return v.strictObject({
    billingMode: v.optional(v.picklist(['PAY_PER_REQUEST', 'PROVISIONED']), 'PAY_PER_REQUEST'),
    read: v.optional(v.nullable(int(1, 40_000)), null),
    write: v.optional(v.nullable(int(1, 40_000)), null),
    autoScaling: v.optional(v.nullable(autoScalingSchema()), null),
  })
}

function streamsSchema() {
  return v.strictObject({
    enabled: v.optional(v.boolean(), false),
    viewType: v.optional(
      v.picklist(['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY']),
      'NEW_AND_OLD_IMAGES',
    ),
  })
}

function ttlSchema() {
  return v.strictObject({
    enabled: v.optional(v.boolean(), false),
    attribute: v.optional(attributeName(), 'ttl'),
  })
}

function projectionSchema() {
  return v.variant('type', [
    v.strictObject({ type: v.literal('ALL') }),
    v.strictObject({ type: v.literal('KEYS_ONLY') }),
    v.strictObject({
      type: v.literal('INCLUDE'),
      attributes: v.pipe(v.array(attributeName()), v.minLength(1, 'list at least one attribute to project')),
    }),
  ])
}

function globalIndexSchema() {
  return v.strictObject({
    name: v.pipe(attributeName('index name'), v.minLength(3, 'use an index name of 3 to 255 characters')),
    partitionKey: attributeName(),
    sortKey: v.optional(v.nullable(attributeName()), null),
    projection: v.optional(projectionSchema(), { type: 'ALL' }),
    read: v.optional(v.nullable(int(1, 40_000)), null),
    write: v.optional(v.nullable(int(1, 40_000)), null),
  })
}

function localIndexSchema() {
  return v.strictObject({
    name: v.pipe(attributeName('index name'), v.minLength(3, 'use an index name of 3 to 255 characters')),
    sortKey: attributeName(),
    projection: v.optional(projectionSchema(), { type: 'ALL' }),
  })
}

function tagsSchema() {
  return v.pipe(
    stringRecord(),
    v.check((tags) => Object.keys(tags).length <= 50, 'use at most 50 tags (the DynamoDB limit)'),
  )
}

/** The table options of the config schema, built when the schema is (see configSchemaOf). */
export function tableEntries() {
  return {
    tableName: v.optional(attributeName('table name'), 'dbtooling'),
    tableNamePrefix: v.optional(v.string(), ''),
    tableNameSuffix: v.optional(v.string(), ''),
    singleTableDesign: v.optional(singleTableDesignSchema(), {}),
    capacity: v.optional(capacitySchema(), {}),
    streams: v.optional(streamsSchema(), {}),
    ttl: v.optional(ttlSchema(), {}),
    tableClass: v.optional(v.picklist(['STANDARD', 'STANDARD_INFREQUENT_ACCESS']), 'STANDARD'),
    deletionProtection: v.optional(v.boolean(), false),
    pointInTimeRecovery: v.optional(v.boolean(), false),
    contributorInsights: v.optional(v.boolean(), false),
    tags: v.optional(tagsSchema(), {}),
    returnConsumedCapacity: v.optional(v.picklist(['INDEXES', 'TOTAL', 'NONE']), 'TOTAL'),
    returnItemCollectionMetrics: v.optional(v.picklist(['SIZE', 'NONE']), 'NONE'),
    consistentRead: v.optional(v.boolean(), false),
    globalSecondaryIndexes: v.optional(v.array(globalIndexSchema()), []),
    localSecondaryIndexes: v.optional(v.array(localIndexSchema()), []),
  }
}
