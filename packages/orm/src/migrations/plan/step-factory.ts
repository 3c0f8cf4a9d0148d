import type { GlobalIndexDesign, TableDesign } from '@dbtooling/schema'
import type { LiveTable } from './live-table'
import type { MigrationStep, StepAction } from './types'

/** Builds a step with its fields in a fixed order, so the JSON rendering is stable. */
export function step(
  id: string,
  action: StepAction,
  text: { what: string; why: string; inverse: string | null },
  flags: { destructive?: boolean; executable?: boolean; items?: number; costNote?: string } = {},
): MigrationStep {
  return {
    id,
    action,
    what: text.what,
    why: text.why,
    cost: { itemsToRewrite: flags.items ?? 0, note: flags.costNote ?? 'no item is rewritten' },
    destructive: flags.destructive ?? false,
    executable: flags.executable ?? true,
    inverse: text.inverse,
  }
}

/** The scan a backfill does costs at most every item of the table. */
export function scanCost(live: LiveTable | null): { items: number; costNote: string } {
  const items = live?.itemCount ?? 0
  return {
    items,
    costNote: `scans the table (${items} items per DescribeTable, refreshed about every 6 hours) and rewrites only items whose keys differ`,
  }
}

/** Index key attributes a backfill may write: never the table's own key. */
export function indexAttributes(design: TableDesign, index: GlobalIndexDesign): string[] {
  const table = new Set([design.partitionKey, design.sortKey])
  return [...new Set([index.partitionKey, index.sortKey])].filter((name) => !table.has(name))
}

export function servesText(index: GlobalIndexDesign): string {
  return index.serves.length > 0 ? index.serves.join('; ') : 'no recorded access path'
}
