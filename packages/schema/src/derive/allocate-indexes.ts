import type { GlobalIndexDesign, LocalIndexDesign } from '../design/types'
import { SchemaError } from '../errors/schema-error'
import { compare } from '../model/compare'
import type { DeriveContext } from './context'
import type { IndexNeed } from './index-needs'

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
  const globals = pack(needs.filter((need) => need.kind === 'global'))
  const locals = pack(needs.filter((need) => need.kind === 'local'))
  const globalIndexes = globals.map((group, index) => globalIndex(context, group, index + 1, slots))
  const localIndexes = locals.map((group, index) => localIndex(context, group, index + 1, slots))
  for (const explicit of context.options.globalIndexes) globalIndexes.push(explicitGlobal(context, explicit))
  for (const explicit of context.options.localIndexes) {
    localIndexes.push({
      name: explicit.name,
      sortKey: explicit.sortKey,
      projection: explicit.projection ?? context.options.projection,
      serves: ['declared in config'],
    })
  }
  checkLimits(context, globalIndexes, localIndexes, needs)
  return { globalIndexes, localIndexes, slots }
}

function pack(needs: readonly IndexNeed[]): IndexNeed[][] {
  const groups: IndexNeed[][] = []
  const used = new Map<string, number>()
  for (const need of needs) {
    const position = used.get(need.entity) ?? 0
    used.set(need.entity, position + 1)
    groups[position] ??= []
    groups[position].push(need)
  }
  return groups
}

function globalIndex(
  context: DeriveContext,
  group: IndexNeed[],
  n: number,
  slots: Map<string, Slot>,
): GlobalIndexDesign {
  const { globalIndexPrefix, projection, billing } = context.options
  const attribute = globalIndexPrefix.toLowerCase()
  const slot = {
    index: `${globalIndexPrefix}${n}`,
    partitionKey: `${attribute}${n}pk`,
    sortKey: `${attribute}${n}sk`,
  }
  for (const need of group) slots.set(slotKey(need.entity, need.id), slot)
  return {
    name: slot.index,
    partitionKey: slot.partitionKey,
    sortKey: slot.sortKey,
    projection,
    throughput: billing.mode === 'PROVISIONED' ? { read: billing.read, write: billing.write } : null,
    serves: group.map((need) => need.serves).sort(compare),
  }
}

function localIndex(
  context: DeriveContext,
  group: IndexNeed[],
  n: number,
  slots: Map<string, Slot>,
): LocalIndexDesign {
  const { localIndexPrefix, projection, partitionKey } = context.options
  const slot = {
    index: `${localIndexPrefix}${n}`,
    partitionKey,
    sortKey: `${localIndexPrefix.toLowerCase()}${n}sk`,
  }
  for (const need of group) slots.set(slotKey(need.entity, need.id), slot)
  return {
    name: slot.index,
    sortKey: slot.sortKey,
    projection,
    serves: group.map((need) => need.serves).sort(compare),
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
    projection: explicit.projection ?? projection,
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
        hint: `generated indexes are named ${context.options.globalIndexPrefix}1.. and ${context.options.localIndexPrefix}1..; rename the explicit one`,
      })
    }
    names.add(index.name)
  }
  const busiest = (kind: IndexNeed['kind']) => {
    const counts = new Map<string, number>()
    for (const need of needs)
      if (need.kind === kind) counts.set(need.entity, (counts.get(need.entity) ?? 0) + 1)
    return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]
  }
  if (globals.length > context.options.maxGlobalIndexes) {
    const [entity = '', count = 0] = busiest('global') ?? []
    throw tooMany(
      context,
      'TOO_MANY_GSIS',
      globals.length,
      context.options.maxGlobalIndexes,
      entity,
      count,
      'global',
    )
  }
  if (locals.length > context.options.maxLocalIndexes) {
    const [entity = '', count = 0] = busiest('local') ?? []
    throw tooMany(
      context,
      'TOO_MANY_LSIS',
      locals.length,
      context.options.maxLocalIndexes,
      entity,
      count,
      'local',
    )
  }
}

function tooMany(
  context: DeriveContext,
  code: 'TOO_MANY_GSIS' | 'TOO_MANY_LSIS',
  count: number,
  max: number,
  entity: string,
  entityCount: number,
  kind: string,
): SchemaError {
  return new SchemaError(code, `the design needs ${count} ${kind} secondary indexes, the limit is ${max}`, {
    model: entity || null,
    source: context.models.get(entity)?.source ?? null,
    key: 'indexes',
    hint: `'${entity}' alone needs ${entityCount}; drop declared indexes, store children in their parent's collection, or turn off typeIndex`,
  })
}
