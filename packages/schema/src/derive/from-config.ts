import type { ResolvedConfig } from '../config/types'
import type { BillingDesign } from '../design/types'
import type { DesignOptions } from './options'

/**
 * Maps a resolved `dbtooling.config.ts` onto the options derivation reads. The physical table name
 * (prefix + name + suffix) is what the design records, since that is the table migrations create.
 *
 * @example
 * ```ts
 * const design = deriveDesign(models, designOptionsFromConfig(await loadConfig()))
 * ```
 */
export function designOptionsFromConfig(config: ResolvedConfig): DesignOptions {
  const std = config.singleTableDesign
  const qb = config.queryBuilder
  return {
    tableName: `${config.tableNamePrefix}${config.tableName}${config.tableNameSuffix}`,
    partitionKey: std.partitionKey,
    sortKey: std.sortKey,
    entityTypeAttribute: std.entityTypeAttribute,
    delimiter: std.delimiter,
    gsiCount: std.gsiCount,
    shards: std.typeIndexShards,
    gsiNamePattern: std.gsiNamePattern,
    gsiPartitionKeyPattern: std.gsiPartitionKeyPattern,
    gsiSortKeyPattern: std.gsiSortKeyPattern,
    lsiNamePattern: std.lsiNamePattern,
    lsiSortKeyPattern: std.lsiSortKeyPattern,
    prefixes: { ...std.keyPrefixes },
    billing: billing(config),
    ttlAttribute: config.ttl.enabled ? config.ttl.attribute : null,
    streams: config.streams.enabled ? { enabled: true, viewType: config.streams.viewType } : null,
    tableClass: config.tableClass,
    deletionProtection: config.deletionProtection,
    pointInTimeRecovery: config.pointInTimeRecovery,
    contributorInsights: config.contributorInsights,
    tags: { ...config.tags },
    globalIndexes: config.globalSecondaryIndexes.map((index) => ({
      name: index.name,
      partitionKey: index.partitionKey,
      sortKey: index.sortKey ?? '',
      projection: index.projection,
    })),
    localIndexes: config.localSecondaryIndexes.map((index) => ({
      name: index.name,
      sortKey: index.sortKey,
      projection: index.projection,
    })),
    strict: qb.strict,
    traitDefaults: {
      createdAt: qb.createdAtAttribute,
      updatedAt: qb.updatedAtAttribute,
      timestampFormat: qb.timestampFormat,
      softDeleteAttribute: qb.softDeletes.attribute,
      softDeletesByDefault: qb.softDeletes.enabled,
      ttlAttribute: config.ttl.attribute,
      versionAttribute: qb.versionAttribute,
    },
  }
}

function billing(config: ResolvedConfig): BillingDesign {
  const capacity = config.capacity
  if (capacity.billingMode === 'PAY_PER_REQUEST') return { mode: 'PAY_PER_REQUEST' }
  const scaling = capacity.autoScaling
  return {
    mode: 'PROVISIONED',
    read: capacity.read,
    write: capacity.write,
    autoScaling: scaling
      ? {
          minRead: scaling.min,
          maxRead: scaling.max,
          minWrite: scaling.min,
          maxWrite: scaling.max,
          targetUtilization: scaling.targetUtilization,
        }
      : null,
  }
}
