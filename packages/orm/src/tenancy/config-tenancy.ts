import type { MultiTenancyConfig, TableDesign } from '@dbtooling/schema'
import type { TenancyOptions } from './tenancy'

function fillPattern(pattern: string, table: string, tenant: string): string {
  return pattern.replaceAll('{table}', table).replaceAll('{tenant}', tenant)
}

/**
 * The `enableTenancy` options a config's `multiTenancy` section stands for, or null when it is disabled:
 * `strategy`, `resolver` (the tenant outside `withTenant`), `keyPrefix` (the segment before the tenant id
 * in keys), `tableNamePattern` (`{table}`/`{tenant}`, table strategy) and `tenantAttribute` (attribute
 * strategy; a declared GSI whose partition key is that attribute becomes the tenant index).
 */
export function tenancyFromConfig(config: MultiTenancyConfig, design: TableDesign): TenancyOptions | null {
  if (!config.enabled) return null
  const shared = {
    keyPrefix: config.keyPrefix,
    ...(config.resolver ? { tenantResolver: config.resolver } : {}),
  }
  switch (config.strategy) {
    case 'table':
      return {
        ...shared,
        strategy: 'table',
        tableName: (table, tenant) => fillPattern(config.tableNamePattern, table, tenant),
      }
    case 'prefix':
      return { ...shared, strategy: 'prefix' }
    case 'attribute': {
      const index = design.globalIndexes.find((gsi) => gsi.partitionKey === config.tenantAttribute)
      return {
        ...shared,
        strategy: 'attribute',
        attribute: config.tenantAttribute,
        ...(index ? { index: index.name } : {}),
      }
    }
  }
}
