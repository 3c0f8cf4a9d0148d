import type { EntityDesign } from '@dbtooling/schema'
import type { Predicate } from '../description'
import type { IndexCandidate } from './candidates'
import type { KeyPlan } from './key-plan'

/**
 * What a compiled read costs, in the five classes the docs and `explain()` name. A whole-type Query reads
 * the entity's list-by-type partition (every item of the type) and a Scan reads the whole table; both
 * warn when they read more than they return, and `strict` refuses them.
 *
 * @example
 * ```ts
 * const cost: CostClass = User.where('email', 'ada@example.com').explain().costClass // 'GetItem' (unique)
 * if (cost === 'Scan' || cost === 'Query (whole type)') console.warn('broad read')
 * ```
 */
export type CostClass =
  | 'GetItem'
  | 'BatchGetItem'
  | 'Query (bounded partition)'
  | 'Query (whole type)'
  | 'Scan'

/**
 * A Query is whole-type when its partition key names no attribute value (the list-by-type entry) and no
 * sort-key range narrows it: it then reads every item of the type. A range on that entry's sort key
 * (`whereDate('createdAt', ...)`) bounds the read and counts as bounded.
 */
export function costClassOf(key: KeyPlan | null): CostClass {
  if (key === null) return 'Scan'
  const wholePartition = key.candidate.pk.fields.length === 0
  if (wholePartition && (key.sort === null || key.prefixOnly)) return 'Query (whole type)'
  return 'Query (bounded partition)'
}

/** True for the classes that warn (and that `strict` refuses) when they over-read. */
export function isBroadRead(cost: CostClass): boolean {
  return cost === 'Query (whole type)' || cost === 'Scan'
}

/** How many items a read may touch compared with what it returns, in words (for `explain()`). */
export function readsVersusReturns(
  entity: EntityDesign,
  cost: CostClass,
  key: KeyPlan | null,
  filtered: boolean,
): string {
  if (key?.sort?.kind === 'eq' && key.sortField === null)
    return 'reads at most 1 item and returns it if it matches'
  const after = filtered ? ', returning only those that pass the filter' : ', returning every item it reads'
  switch (cost) {
    case 'Scan':
      return `reads every item in the table (every entity type) to return matching ${entity.name} items`
    case 'Query (whole type)':
      return `reads every ${entity.name}${after}`
    default:
      return `reads every item in the key range${after}`
  }
}

/** What the caller can change so the query reads only what it returns; null when nothing better exists. */
export function suggestedFix(
  entity: EntityDesign,
  candidates: readonly IndexCandidate[],
  leftover: readonly Predicate[],
  present: ReadonlySet<string>,
): string | null {
  const equalFields = new Set<string>()
  for (const predicate of leftover) {
    if (predicate.kind === 'compare' && predicate.op === '=' && predicate.value != null) {
      equalFields.add(predicate.field)
    }
  }
  for (const candidate of candidates) {
    if (!candidate.sparse || candidate.pk.fields.length === 0) continue
    if (!candidate.pk.fields.every((field) => equalFields.has(field))) continue
    const missing = [...candidate.pk.fields, ...candidate.sk.fields].filter((field) => !present.has(field))
    if (missing.length === 0) continue
    const calls = missing.map((field) => `whereNotNull('${field}')`).join('.')
    return `${candidate.label} (${candidate.reason}) holds only ${entity.name} items that have ${missing.join(', ')}: add .${calls} to the query when only those are wanted, or give ${missing.map((field) => `'${field}'`).join(', ')} a default value in the ${entity.name} model so every item is indexed`
  }
  const [field] = equalFields
  if (field !== undefined) {
    const range = leftover.find(
      (p) => p.kind !== 'group' && p.kind !== 'null' && 'field' in p && p.field !== field,
    )
    const columns = [field, ...(range && 'field' in range ? [range.field] : [])]
    const name = `by${capitalize(field)}`
    return `add \`indexes: [{ name: '${name}', columns: [${columns.map((c) => `'${c}'`).join(', ')}] }]\` to ${entity.name}`
  }
  return `add a where() on an attribute that keys an index of ${entity.name} (${keyedFields(candidates)}), or an index on the attribute you filter by`
}

function keyedFields(candidates: readonly IndexCandidate[]): string {
  const fields = new Set<string>()
  for (const candidate of candidates) for (const field of candidate.pk.fields) fields.add(field)
  return fields.size === 0 ? 'none' : [...fields].join(', ')
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The query's shape for messages: fields and operators, never values (warnings go once per shape). */
export function queryShape(entity: string, where: readonly Predicate[] | null): string {
  if (where === null) return `${entity}.where(... orWhere ...)`
  const parts = where.map(predicateShape)
  return parts.length === 0 ? `${entity}.query()` : `${entity}.${parts.join('.')}`
}

function predicateShape(predicate: Predicate): string {
  switch (predicate.kind) {
    case 'compare':
      return predicate.op === '='
        ? `where('${predicate.field}', ?)`
        : `where('${predicate.field}', '${predicate.op}', ?)`
    case 'in':
      return `${predicate.negate ? 'whereNotIn' : 'whereIn'}('${predicate.field}', [...])`
    case 'between':
      return `whereBetween('${predicate.field}', [?, ?])`
    case 'beginsWith':
      return `where('${predicate.field}', 'begins_with', ?)`
    case 'contains':
      return `where('${predicate.field}', 'contains', ?)`
    case 'null':
      return `${predicate.negate ? 'whereNotNull' : 'whereNull'}('${predicate.field}')`
    case 'exists':
      return `${predicate.negate ? 'whereNotExists' : 'whereExists'}('${predicate.field}')`
    case 'group':
      return 'where((q) => ...)'
  }
}
