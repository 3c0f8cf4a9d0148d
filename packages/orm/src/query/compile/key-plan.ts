import type { DelimiterPolicy, EntityDesign } from '@dbtooling/schema'
import type { Predicate } from '../description'
import type { IndexCandidate } from './candidates'
import { fieldInfo, storedValue } from './field-values'
import { rangeOn } from './sort-range'

/** The sort-key part of a key condition, on rendered key text. */
export type SortCondition =
  | { readonly kind: 'eq'; readonly value: string }
  | { readonly kind: 'beginsWith'; readonly value: string }
  | { readonly kind: 'between'; readonly low: string; readonly high: string }
  | { readonly kind: 'compare'; readonly op: '<' | '<=' | '>' | '>='; readonly value: string }

/** How one candidate would serve a query: its key condition, what it covers, and how well. */
export interface KeyPlan {
  readonly candidate: IndexCandidate
  readonly partitionValue: string
  readonly sort: SortCondition | null
  /** Predicates the key condition answers exactly (left out of the filter). */
  readonly consumed: ReadonlySet<Predicate>
  /** The attribute results come back sorted by; null when at most one item can match. */
  readonly sortField: string | null
  /** Higher is a narrower read. */
  readonly score: number
  /** True when the sort condition is only the template's fixed prefix (kept only to separate entity types). */
  readonly prefixOnly: boolean
  /** True when building the sort condition compared the query's values (see SortRange.comparedValues). */
  readonly comparedValues?: boolean
}

/** The design's delimiter and what to do with it inside values. */
export interface KeyText {
  readonly delimiter: string
  readonly policy: DelimiterPolicy
}

const KIND_BONUS = { table: 0.5, lsi: 0.25, gsi: 0 } as const

/** Equality predicates usable in keys, by field (the first one wins). */
export function equalities(conjuncts: readonly Predicate[]): Map<string, Predicate & { kind: 'compare' }> {
  const out = new Map<string, Predicate & { kind: 'compare' }>()
  for (const predicate of conjuncts) {
    if (predicate.kind !== 'compare' || predicate.op !== '=' || predicate.value === null) continue
    if (predicate.value === undefined || out.has(predicate.field)) continue
    out.set(predicate.field, predicate)
  }
  return out
}

/** The key plan of one candidate, or null when the conjuncts do not fix its partition key. */
export function planKey(
  entity: EntityDesign,
  candidate: IndexCandidate,
  conjuncts: readonly Predicate[],
  eqs: ReadonlyMap<string, Predicate & { kind: 'compare' }>,
  keyText: KeyText,
): KeyPlan | null {
  // Most candidates do not apply to a given query: find out before building anything for them.
  for (const field of candidate.pk.fields) if (!eqs.has(field)) return null
  const values: Record<string, unknown> = {}
  const consumed = new Set<Predicate>()
  for (const field of candidate.pk.fields) {
    const predicate = eqs.get(field)!
    values[field] = storedValue(fieldInfo(entity, field), predicate.value)
    consumed.add(predicate)
  }
  const partitionValue = candidate.pk.template.render(values)
  const sortFields = candidate.sk.fields
  const open = sortFields.find((field) => !eqs.has(field))
  for (const field of sortFields) {
    const predicate = eqs.get(field)
    if (!predicate) break
    values[field] = storedValue(fieldInfo(entity, field), predicate.value)
    consumed.add(predicate)
  }
  let score = (candidate.pk.fields.length > 0 ? 8 : 0) + candidate.pk.fields.length * 4
  score += KIND_BONUS[candidate.kind]
  if (open === undefined) {
    const value = candidate.sk.template.render(values)
    const sort = { kind: 'eq', value } as const
    return { candidate, partitionValue, sort, consumed, sortField: null, score: score + 6, prefixOnly: false }
  }
  const prefix = candidate.sk.template.renderPrefix(values)
  const range = rangeOn(entity, candidate, open, prefix, conjuncts, keyText)
  if (range) {
    if (range.exact) for (const predicate of range.predicates) consumed.add(predicate)
    return {
      candidate,
      partitionValue,
      sort: range.sort,
      consumed,
      sortField: open,
      score: score + 3,
      prefixOnly: false,
      comparedValues: range.comparedValues,
    }
  }
  const sort: SortCondition | null = prefix === '' ? null : { kind: 'beginsWith', value: prefix }
  const narrowed = prefix.length > staticLength(candidate.sk.template.template)
  return {
    candidate,
    partitionValue,
    sort,
    consumed,
    sortField: open,
    score: score + (narrowed ? 2 : 0),
    prefixOnly: sort !== null && !narrowed,
  }
}

function staticLength(template: string): number {
  const open = template.indexOf('{')
  return open === -1 ? template.length : open
}
