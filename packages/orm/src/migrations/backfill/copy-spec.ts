import type { TableDesign } from '@dbtooling/schema'
import { type IndexWriter, indexWritersOf } from '../plan/index-writers'

type Item = Readonly<Record<string, unknown>>

/** What a table copy writes: every item as it is, with every index key the target design computes for it. */
export interface CopySpec {
  readonly sourceTable: string
  readonly targetTable: string
  readonly partitionKey: string
  readonly sortKey: string
  readonly entityTypeAttribute: string
  /** Writers of every GSI and LSI entry of the target design, by item type. */
  readonly writers: ReadonlyMap<string, readonly IndexWriter[]>
}

export function copySpec(design: TableDesign, sourceTable: string, targetTable: string): CopySpec {
  return {
    sourceTable,
    targetTable,
    partitionKey: design.partitionKey,
    sortKey: design.sortKey,
    entityTypeAttribute: design.entityTypeAttribute,
    writers: indexWritersOf(design),
  }
}

/** The attributes `item` should hold for its index entries (undefined: absent); the table key is never touched. */
export function indexValuesOf(spec: CopySpec, item: Item): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>()
  const type = item[spec.entityTypeAttribute]
  if (typeof type !== 'string') return values
  const tableKeys = new Set([spec.partitionKey, spec.sortKey])
  for (const writer of spec.writers.get(type) ?? []) {
    const keys = writer.render(item)
    for (const [attribute, value] of [
      [writer.partitionAttribute, keys?.partition],
      [writer.sortAttribute, keys?.sort],
    ] as const) {
      if (tableKeys.has(attribute)) continue
      // An attribute shared by entries (overloaded indexes) keeps the value of the entry that renders one.
      if (value !== undefined || !values.has(attribute)) values.set(attribute, value)
    }
  }
  return values
}

/** The item as the copy writes it: same key and attributes, index keys recomputed (sparse ones removed). Pure. */
export function copiedItem(spec: CopySpec, item: Item): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...item }
  for (const [attribute, value] of indexValuesOf(spec, item)) {
    if (value === undefined) delete copy[attribute]
    else copy[attribute] = value
  }
  return copy
}

/** True when `item` (as read from the new table) holds exactly the index keys the design computes. */
export function isCopiedRight(spec: CopySpec, item: Item): boolean {
  for (const [attribute, value] of indexValuesOf(spec, item)) if (item[attribute] !== value) return false
  return true
}
