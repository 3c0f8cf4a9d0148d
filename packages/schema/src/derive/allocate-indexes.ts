import type { GlobalIndexDesign, LocalIndexDesign, Projection } from '../design/types'
import { IndexBudgetError } from '../errors/index-budget-error'
import { SchemaError } from '../errors/schema-error'
import { compare } from '../model/compare'
import type { DeriveContext } from './context'
import { indexBudgetPlan } from './index-budget'
import type { IndexNeed } from './index-needs'
import { numbered } from './options'
import { type PreferredSlot, previousSlots } from './previous-slots'

/** Where one need landed: index name and the key attributes it writes. */
export interface Slot {
  index: string
  partitionKey: string
  sortKey: string
}

export interface Allocation {
  globalIndexes: GlobalIndexDesign[]
  localIndexes: LocalIndexDesign[]
  /** `${entity}\u0000${needId}` -> slot. */
  slots: Map<string, Slot>
}

export function slotKey(entity: string, needId: string): string {
  return `${entity}\u0000${needId}`
}

/**
 * Overloads indexes: an entity's n-th need goes to the n-th GSI, so entities share `gsi1pk`/`gsi1sk`... and
 * the number of GSIs is the largest number of needs of any one entity (the minimum possible, since one entity
 * cannot use one GSI for two access paths). LSIs are packed the same way.
 */
export function allocateIndexes(context: DeriveContext, needs: readonly IndexNeed[]): Allocation {
  const slots = new Map<string, Slot>()
  const preferred = previousSlots(context, context.options.previous)
  const globals = pack(
    needs.filter((need) => need.kind === 'global'),
    preferred,
  )
  const locals = pack(
    needs.filter((need) => need.kind === 'local'),
    preferred,
  )
  const { gsiCount } = context.options
  if (gsiCount !== 'auto' && globals.length > gsiCount)
    throw overBudget(context, needs, globals.length, gsiCount, 0)
  while (gsiCount !== 'auto' && globals.length < gsiCount) globals.push([])
  const globalIndexes = globals.map((group, index) => globalIndex(context, group, index + 1, slots))
  const localIndexes = locals.map((group, index) => localIndex(context, group, index + 1, slots))
  for (const explicit of context.options.globalIndexes) globalIndexes.push(explicitGlobal(context, explicit))
  for (const explicit of context.options.localIndexes) {
    localIndexes.push({
      name: explicit.name,
      sortKey: explicit.sortKey,
      projection: copyProjection(explicit.projection ?? context.options.projection),
      serves: ['declared in config'],
    })
  }
  checkLimits(context, globalIndexes, localIndexes, needs)
  return { globalIndexes, localIndexes, slots }
}

/**
 * Slot n holds at most one need per entity. Needs first keep their slot from the previous design, then the
 * rest take each entity's lowest free slot. Slots left empty stay as spare indexes, so names never shift.
 */
function pack(needs: readonly IndexNeed[], preferred: PreferredSlot): IndexNeed[][] {
  const groups: IndexNeed[][] = []
  const used = new Map<string, Set<number>>()
  const place = (need: IndexNeed, slot: number) => {
    const taken = used.get(need.entity) ?? new Set<number>()
    taken.add(slot)
    used.set(need.entity, taken)
    for (let index = groups.length; index <= slot; index++) groups.push([])
    groups[slot]?.push(need)
  }
  const rest: IndexNeed[] = []
  for (const need of needs) {
    const slot = preferred(need)
    if (slot !== undefined && !used.get(need.entity)?.has(slot)) place(need, slot)
    else rest.push(need)
  }
  for (const need of rest) {
    const taken = used.get(need.entity)
    let slot = 0
    while (taken?.has(slot)) slot++
    place(need, slot)
  }
  for (const group of groups) group.sort((a, b) => compare(a.entity, b.entity) || compare(a.id, b.id))
  return groups
}

function globalIndex(
  context: DeriveContext,
  group: IndexNeed[],
  n: number,
  slots: Map<string, Slot>,
): GlobalIndexDesign {
  const { gsiNamePattern, gsiPartitionKeyPattern, gsiSortKeyPattern, projection, billing } = context.options
  const slot = {
    index: numbered(gsiNamePattern, n),
    partitionKey: numbered(gsiPartitionKeyPattern, n),
    sortKey: numbered(gsiSortKeyPattern, n),
  }
  for (const need of group) slots.set(slotKey(need.entity, need.id), slot)
  return {
    name: slot.index,
    partitionKey: slot.partitionKey,
    sortKey: slot.sortKey,
    projection: copyProjection(projection),
    throughput: billing.mode === 'PROVISIONED' ? { read: billing.read, write: billing.write } : null,
    serves: group.length > 0 ? group.map((need) => need.serves).sort(compare) : ['spare'],
  }
}

function localIndex(
  context: DeriveContext,
  group: IndexNeed[],
  n: number,
  slots: Map<string, Slot>,
): LocalIndexDesign {
  const { lsiNamePattern, lsiSortKeyPattern, projection, partitionKey } = context.options
  const slot = { index: numbered(lsiNamePattern, n), partitionKey, sortKey: numbered(lsiSortKeyPattern, n) }
  for (const need of group) slots.set(slotKey(need.entity, need.id), slot)
  return {
    name: slot.index,
    sortKey: slot.sortKey,
    projection: copyProjection(projection),
    serves:
      group.length > 0
        ? group.map((need) => need.serves).sort(compare)
        : ['spare (kept from the previous design)'],
  }
}

function explicitGlobal(
  context: DeriveContext,
  explicit: DeriveContext['options']['globalIndexes'][number],
): GlobalIndexDesign {
  const { billing, projection } = context.options
  return {
    name: explicit.name,
    partitionKey: explicit.partitionKey,
    sortKey: explicit.sortKey,
    projection: copyProjection(explicit.projection ?? projection),
    throughput: billing.mode === 'PROVISIONED' ? { read: billing.read, write: billing.write } : null,
    serves: ['declared in config'],
  }
}

function checkLimits(
  context: DeriveContext,
  globals: readonly GlobalIndexDesign[],
  locals: readonly LocalIndexDesign[],
  needs: readonly IndexNeed[],
): void {
  const names = new Set<string>()
  for (const index of [...globals, ...locals]) {
    if (names.has(index.name)) {
      throw new SchemaError('INVALID_OPTIONS', `index name '${index.name}' is used twice`, {
        key: 'globalIndexes',
        hint: `generated indexes are named ${numbered(context.options.gsiNamePattern, 1)}.. and ${numbered(context.options.lsiNamePattern, 1)}..; rename the explicit one`,
      })
    }
    names.add(index.name)
  }
  const { maxGlobalIndexes, maxLocalIndexes } = context.options
  if (globals.length > maxGlobalIndexes) {
    const explicit = context.options.globalIndexes.length
    throw overBudget(context, needs, globals.length, maxGlobalIndexes, explicit)
  }
  if (locals.length > maxLocalIndexes) {
    throw tooMany(context, 'TOO_MANY_LSIS', locals.length, maxLocalIndexes, busiest(needs, 'local'), 'local')
  }
}

/** The entity with the most needs of a kind, and how many: why the design needs that many indexes. */
function busiest(needs: readonly IndexNeed[], kind: IndexNeed['kind']): [string, number] {
  const counts = new Map<string, number>()
  for (const need of needs)
    if (need.kind === kind) counts.set(need.entity, (counts.get(need.entity) ?? 0) + 1)
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
  return top ?? ['', 0]
}

/** `TOO_MANY_GSIS` with the plan that makes the generated GSIs fit next to `explicit` ones from config. */
function overBudget(
  context: DeriveContext,
  needs: readonly IndexNeed[],
  count: number,
  max: number,
  explicit: number,
): IndexBudgetError {
  const [entity] = busiest(needs, 'global')
  return new IndexBudgetError(`the design needs ${count} global secondary indexes, the limit is ${max}`, {
    model: entity || null,
    source: context.models.get(entity)?.source ?? null,
    needed: count,
    limit: max,
    plan: indexBudgetPlan(context, needs, Math.max(0, max - explicit)),
  })
}

function tooMany(
  context: DeriveContext,
  code: 'TOO_MANY_LSIS',
  count: number,
  max: number,
  [entity, entityCount]: [string, number],
  kind: string,
): SchemaError {
  return new SchemaError(code, `the design needs ${count} ${kind} secondary indexes, the limit is ${max}`, {
    model: entity || null,
    source: context.models.get(entity)?.source ?? null,
    key: 'indexes',
    hint: `'${entity}' alone needs ${entityCount}; drop declared indexes, store children in their parent's collection, or turn off typeIndex`,
  })
}

/** Each index gets its own projection object, so editing one design never leaks into another. */
function copyProjection(projection: Projection): Projection {
  return projection.type === 'INCLUDE'
    ? { type: 'INCLUDE', attributes: [...projection.attributes] }
    : { type: projection.type }
}
