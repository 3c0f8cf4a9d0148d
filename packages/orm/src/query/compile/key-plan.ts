import { compileKeyTemplate, type DelimiterPolicy, type EntityDesign } from '@dbtooling/schema'
import type { Predicate } from '../description'
import type { IndexCandidate } from './candidates'
import { fieldInfo, storedValue } from './field-values'

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
    if (range.exact) consumed.add(range.predicate)
    return {
      candidate,
      partitionValue,
      sort: range.sort,
      consumed,
      sortField: open,
      score: score + 3,
      prefixOnly: false,
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

interface Range {
  readonly predicate: Predicate
  readonly sort: SortCondition
  readonly exact: boolean
}

/**
 * A range or prefix condition on the first open sort-key field. Key text sorts as strings, so numbers
 * never get one; ranges need the field to end the template or hold times (ISO text sorts by time), and
 * stay in the filter too because key text only brackets them.
 */
function rangeOn(
  entity: EntityDesign,
  candidate: IndexCandidate,
  field: string,
  prefix: string,
  conjuncts: readonly Predicate[],
  { delimiter, policy }: KeyText,
): Range | null {
  const info = fieldInfo(entity, field)
  if (info.numeric) return null
  const last = candidate.sk.fields[candidate.sk.fields.length - 1] === field && endsWithField(candidate)
  const escapeText = (value: string) => compileKeyTemplate('{value}', delimiter, policy).render({ value })
  const safe = (value: unknown): value is string =>
    typeof value === 'string' && value !== '' && !value.includes(delimiter) && !value.includes('\\')
  const upper = (value: string) => (last ? prefix + value : prefix + value + successor(delimiter))
  for (const predicate of conjuncts) {
    if (!('field' in predicate) || predicate.field !== field) continue
    if (predicate.kind === 'beginsWith' && predicate.prefix !== '') {
      return {
        predicate,
        sort: { kind: 'beginsWith', value: prefix + escapeText(predicate.prefix) },
        exact: true,
      }
    }
    if (!last && info.time === null) continue
    if (predicate.kind === 'between') {
      const low = storedValue(info, predicate.low)
      const high = storedValue(info, predicate.high)
      if (!safe(low) || !safe(high)) continue
      return { predicate, sort: { kind: 'between', low: prefix + low, high: upper(high) }, exact: false }
    }
    if (predicate.kind === 'compare' && predicate.op !== '=' && predicate.op !== '<>') {
      const value = storedValue(info, predicate.value)
      if (!safe(value)) continue
      const sort: SortCondition =
        predicate.op === '<=' && !last
          ? { kind: 'compare', op: '<', value: upper(value) }
          : { kind: 'compare', op: predicate.op, value: prefix + value }
      return { predicate, sort, exact: false }
    }
  }
  return null
}

function endsWithField(candidate: IndexCandidate): boolean {
  return candidate.sk.template.template.endsWith('}')
}

/** The character right after the delimiter's first one: `P + v + succ` is above every `P + v + delimiter...`. */
function successor(delimiter: string): string {
  return String.fromCharCode(delimiter.charCodeAt(0) + 1)
}
