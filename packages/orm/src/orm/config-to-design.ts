import { type DesignOptions, physicalTableName, type ResolvedConfig } from '@dbtooling/schema'

/** The derivation options a resolved config implies (table name, key names, trait defaults, capacity...). */
export function designOptionsFromConfig(config: ResolvedConfig): DesignOptions {
  const std = config.singleTableDesign
  const qb = config.queryBuilder
  const capacity = config.capacity
  return {
    tableName: physicalTableName(config),
    partitionKey: std.partitionKey,
    sortKey: std.sortKey,
    entityTypeAttribute: std.entityTypeAttribute,
    delimiter: std.delimiter,
    gsiCount: std.gsiCount,
    gsiNamePattern: std.gsiNamePattern,
    gsiPartitionKeyPattern: std.gsiPartitionKeyPattern,
    gsiSortKeyPattern: std.gsiSortKeyPattern,
    lsiNamePattern: std.lsiNamePattern,
    lsiSortKeyPattern: std.lsiSortKeyPattern,
    prefixes: std.keyPrefixes,
    traitDefaults: {
      createdAt: qb.createdAtAttribute,
      updatedAt: qb.updatedAtAttribute,
      timestampFormat: qb.timestampFormat,
      softDeleteAttribute: qb.softDeletes.attribute,
      softDeletesByDefault: qb.softDeletes.enabled,
      versionAttribute: qb.versionAttribute,
      ttlAttribute: config.ttl.attribute,
    },
    billing:
      capacity.billingMode === 'PROVISIONED'
        ? {
            mode: 'PROVISIONED',
            read: capacity.read,
            write: capacity.write,
            autoScaling: capacity.autoScaling
              ? {
                  minRead: capacity.autoScaling.min,
                  maxRead: capacity.autoScaling.max,
                  minWrite: capacity.autoScaling.min,
                  maxWrite: capacity.autoScaling.max,
                  targetUtilization: capacity.autoScaling.targetUtilization,
                }
              : null,
          }
        : { mode: 'PAY_PER_REQUEST' },
    ttlAttribute: config.ttl.enabled ? config.ttl.attribute : null,
    streams: config.streams.enabled ? { enabled: true, viewType: config.streams.viewType } : null,
    tableClass: config.tableClass,
    deletionProtection: config.deletionProtection,
    contributorInsights: config.contributorInsights,
    tags: config.tags,
    globalIndexes: config.globalSecondaryIndexes.map((index) => ({
      name: index.name,
      partitionKey: index.partitionKey,
      sortKey: index.sortKey ?? std.sortKey,
      projection: index.projection,
    })),
    localIndexes: config.localSecondaryIndexes.map((index) => ({
      name: index.name,
      sortKey: index.sortKey,
      projection: index.projection,
    })),
  }
}
