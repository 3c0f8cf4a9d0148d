import type { TableDesign } from '@dbtooling/schema'
import type { LiveTable } from '../../src/index'

/** The live summary of a table that exactly matches `design` (as after migrating to it). */
export function liveOf(design: TableDesign, overrides: Partial<LiveTable> = {}): LiveTable {
  return {
    status: 'ACTIVE',
    itemCount: 1200,
    partitionKey: design.partitionKey,
    sortKey: design.sortKey,
    globalIndexes: design.globalIndexes.map((index) => ({
      name: index.name,
      partitionKey: index.partitionKey,
      sortKey: index.sortKey,
      status: 'ACTIVE',
    })),
    localIndexes: design.localIndexes.map((index) => ({
      name: index.name,
      partitionKey: design.partitionKey,
      sortKey: index.sortKey,
      status: 'ACTIVE',
    })),
    billingMode: design.billing.mode,
    streams: { enabled: design.streams?.enabled ?? false, viewType: design.streams?.viewType ?? null },
    tableClass: design.tableClass,
    deletionProtection: design.deletionProtection,
    ttlAttribute: design.ttlAttribute,
    tags: { ...design.tags },
    pointInTimeRecovery: design.pointInTimeRecovery === true,
    ...overrides,
  }
}
