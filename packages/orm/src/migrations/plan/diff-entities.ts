import type { KeyDesign, TableDesign } from '@dbtooling/schema'
import { canonicalJson } from './design-hash'
import { step } from './step-factory'
import type { MigrationStep } from './types'

/** Notes for changes that need no table change: entities and attributes added or removed. */
export function entityNotes(applied: TableDesign, next: TableDesign): string[] {
  const notes: string[] = []
  for (const name of Object.keys(next.entities).sort()) {
    const before = applied.entities[name]
    if (!before) {
      notes.push(`New entity ${name}: no table change (its items use the existing keys and indexes)`)
      continue
    }
    const after = next.entities[name]!
    for (const attribute of Object.keys(after.attributes).sort())
      if (!(attribute in before.attributes)) notes.push(`New attribute ${name}.${attribute}: no table change`)
    for (const attribute of Object.keys(before.attributes).sort())
      if (!(attribute in after.attributes))
        notes.push(
          `Attribute ${name}.${attribute} removed from the model: stored values stay on existing items`,
        )
  }
  for (const name of Object.keys(applied.entities).sort())
    if (!(name in next.entities))
      notes.push(`Entity ${name} removed from the models: its items stay in the table`)
  return notes
}

type BaseKeys = { partitionKey: KeyDesign; sortKey: KeyDesign }

/** Base keys of every item type: entities and edge (pivot) types, by type name. */
function baseKeysOf(design: TableDesign): Map<string, BaseKeys> {
  const out = new Map<string, BaseKeys>()
  for (const [name, entity] of Object.entries(design.entities)) out.set(name, entity)
  for (const pivot of Object.values(design.pivots)) out.set(pivot.entityType, pivot)
  return out
}

/**
 * Item types (entities, and edges whose owner key follows a renamed prefix) whose base key (pk/sk template)
 * changed: their items must move to new keys.
 */
export function rekeySteps(applied: TableDesign, next: TableDesign, itemCount: number): MigrationStep[] {
  const steps: MigrationStep[] = []
  const previous = baseKeysOf(applied)
  for (const [name, after] of [...baseKeysOf(next)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const before = previous.get(name)
    if (!before) continue
    const key = (entity: BaseKeys) => canonicalJson([entity.partitionKey, entity.sortKey])
    if (key(before) === key(after)) continue
    steps.push(
      step(
        `rekey:${name}`,
        { kind: 'rekey', entity: name },
        {
          what: `Move ${name} items from ${before.partitionKey.template} / ${before.sortKey.template} to ${after.partitionKey.template} / ${after.sortKey.template}`,
          why: `the base key of ${name} changed`,
          inverse: `rekey:${name} back to the previous templates`,
        },
        {
          destructive: true,
          items: itemCount,
          costNote:
            'scans the table; each item moves in one transaction (copy at the new key, unique guards re-pointed, old item deleted): 2 writes per item plus 1 per unique guard',
        },
      ),
    )
  }
  return steps
}

/** LSIs can only be set when a table is created: any difference is a copy-to-new-table job. */
export function localIndexSteps(applied: TableDesign, next: TableDesign, itemCount: number): MigrationStep[] {
  const signature = (design: TableDesign) =>
    new Map(
      design.localIndexes.map((index) => [index.name, canonicalJson([index.sortKey, index.projection])]),
    )
  const before = signature(applied)
  const after = signature(next)
  const added = [...after.keys()].filter((name) => before.get(name) !== after.get(name)).sort()
  const removed = [...before.keys()].filter((name) => before.get(name) !== after.get(name)).sort()
  if (added.length === 0 && removed.length === 0) return []
  return [
    step(
      'lsi-change',
      { kind: 'lsi-change', added, removed },
      {
        what: `Local indexes change (added/changed: ${added.join(', ') || 'none'}; removed: ${removed.join(', ') || 'none'}): create a new table with the new design, copy every item into it with its index keys, verify, record the new table name`,
        why: 'DynamoDB sets LSIs only at CreateTable: the data must move to a new table (create, copy, verify, switch the table name in config)',
        inverse: 'keep using the previous table (it is left as it was)',
      },
      {
        items: itemCount,
        costNote:
          'runs only with migrate(orm, { copyTable: {} }); reads every item and writes each once into the new table (BatchWriteItem); the old table stays until you drop it',
      },
    ),
  ]
}
