import type { GlobalIndexDesign, TableDesign } from '@dbtooling/schema'
import { canonicalJson } from './design-hash'
import { indexWritersOf } from './index-writers'
import type { LiveTable } from './live-table'
import { indexAttributes, scanCost, servesText, step } from './step-factory'
import type { MigrationStep } from './types'

export interface IndexSteps {
  additions: MigrationStep[]
  removals: MigrationStep[]
}

function sameSchema(a: GlobalIndexDesign, b: GlobalIndexDesign): boolean {
  return (
    a.partitionKey === b.partitionKey &&
    a.sortKey === b.sortKey &&
    canonicalJson(a.projection) === canonicalJson(b.projection)
  )
}

/** Item types whose entries on `index` differ between the designs (added, removed or changed). */
function changedTypes(applied: TableDesign, next: TableDesign, index: string): string[] {
  const signatures = (design: TableDesign) => {
    const out = new Map<string, string>()
    for (const [type, list] of indexWritersOf(design)) {
      const own = list.filter((entry) => entry.index === index).map((entry) => entry.signature)
      if (own.length > 0) out.set(type, own.sort().join('|'))
    }
    return out
  }
  const before = signatures(applied)
  const after = signatures(next)
  const known = new Set([
    ...Object.keys(applied.entities),
    ...Object.values(applied.pivots).map((p) => p.entityType),
  ])
  const types = new Set([...before.keys(), ...after.keys()])
  // A type new to the design has no items yet: nothing to backfill for it.
  return [...types].filter((type) => known.has(type) && before.get(type) !== after.get(type)).sort()
}

function typesWriting(design: TableDesign, index: string): string[] {
  const types: string[] = []
  for (const [type, list] of indexWritersOf(design))
    if (list.some((entry) => entry.index === index)) types.push(type)
  return types.sort()
}

function backfill(
  next: TableDesign,
  index: GlobalIndexDesign,
  types: string[],
  why: string,
  live: LiveTable | null,
) {
  const attributes = indexAttributes(next, index)
  return step(
    `backfill:${index.name}`,
    { kind: 'backfill', index: index.name, attributes, entities: types },
    {
      what: `Write ${attributes.join(', ')} on existing ${types.join(', ')} items`,
      why,
      inverse: `cleanup of ${attributes.join(', ')} by the previous design`,
    },
    scanCost(live),
  )
}

function createIndex(index: GlobalIndexDesign, why: string): MigrationStep {
  return step(
    `create-gsi:${index.name}`,
    { kind: 'create-gsi', index: index.name },
    {
      what: `Create GSI ${index.name} (${index.partitionKey}, ${index.sortKey}) and wait until ACTIVE`,
      why,
      inverse: `delete-gsi ${index.name}`,
    },
    { costNote: 'DynamoDB builds the index from items that already carry its keys' },
  )
}

function removeIndex(
  applied: TableDesign,
  index: GlobalIndexDesign,
  why: string,
  live: LiveTable | null,
): MigrationStep[] {
  const attributes = indexAttributes(applied, index)
  const types = typesWriting(applied, index.name)
  const steps = [
    step(
      `delete-gsi:${index.name}`,
      { kind: 'delete-gsi', index: index.name },
      {
        what: `Delete GSI ${index.name}`,
        why: `${why}; it served: ${servesText(index)}`,
        inverse: `create-gsi ${index.name} + backfill`,
      },
      { destructive: true, costNote: 'queries on this index fail from now on' },
    ),
  ]
  if (types.length > 0) {
    steps.push(
      step(
        `cleanup:${index.name}`,
        { kind: 'cleanup', index: index.name, attributes, entities: types },
        {
          what: `Remove orphaned ${attributes.join(', ')} from ${types.join(', ')} items`,
          why: `no entry of the new design writes them on ${index.name}`,
          inverse: `backfill:${index.name}`,
        },
        scanCost(live),
      ),
    )
  }
  return steps
}

/**
 * GSI steps: creates one at a time (each followed by its backfill), entry changes on kept indexes as
 * backfills, removals (destructive) with a cleanup pass. `applied` null means an unmanaged table: existing
 * indexes are trusted, missing ones are created and backfilled.
 */
export function diffGlobalIndexes(
  applied: TableDesign | null,
  next: TableDesign,
  live: LiveTable | null,
): IndexSteps {
  const additions: MigrationStep[] = []
  const removals: MigrationStep[] = []
  const before = new Map((applied?.globalIndexes ?? []).map((index) => [index.name, index]))
  const liveNames = new Set((live?.globalIndexes ?? []).map((index) => index.name))
  for (const index of next.globalIndexes) {
    const previous = before.get(index.name)
    if (previous && sameSchema(previous, index)) {
      const types = applied ? changedTypes(applied, next, index.name) : []
      if (types.length > 0)
        additions.push(backfill(next, index, types, `entries on ${index.name} changed`, live))
      continue
    }
    // Same name, new schema: the old index must go before the new one can be created.
    if (previous)
      additions.push(removeIndex(applied!, previous, 'its key schema or projection changed', live)[0]!)
    const fresh = !liveNames.has(index.name) || previous !== undefined
    if (fresh) additions.push(createIndex(index, `new index serving: ${servesText(index)}`))
    const types = typesWriting(next, index.name)
    if (types.length > 0 && (applied !== null || fresh))
      additions.push(
        backfill(next, index, types, `items written before ${index.name} existed lack its keys`, live),
      )
  }
  const nextNames = new Set(next.globalIndexes.map((index) => index.name))
  for (const index of applied?.globalIndexes ?? []) {
    if (!nextNames.has(index.name))
      removals.push(...removeIndex(applied!, index, 'the new design has no such index', live))
  }
  // Every index first, then the backfills (the executor runs consecutive backfills as one scan); every
  // deletion first, then the cleanups.
  const backfillsLast = (steps: MigrationStep[]) =>
    [...steps].sort(
      (a, b) =>
        Number(a.action.kind === 'backfill' || a.action.kind === 'cleanup') -
        Number(b.action.kind === 'backfill' || b.action.kind === 'cleanup'),
    )
  return { additions: backfillsLast(additions), removals: backfillsLast(removals) }
}
