import { compileKeyTemplate, type EntityDesign } from '@dbtooling/schema'
import type { Predicate } from '../description'
import type { IndexCandidate } from './candidates'
import { type FieldInfo, fieldInfo, storedValue } from './field-values'
import type { KeyText, SortCondition } from './key-plan'

export interface SortRange {
  /** The predicates the key condition is built from. */
  readonly predicates: readonly Predicate[]
  readonly sort: SortCondition
  /** True when the key condition answers the predicates exactly (they leave the filter). */
  readonly exact: boolean
  /** True when the choice compared values (several bounds on one side): other values may choose otherwise. */
  readonly comparedValues: boolean
}

/** One side of a range, as key text. */
interface Bound {
  readonly text: string
  readonly inclusive: boolean
  readonly predicate: Predicate
}

/**
 * A range or prefix condition on the first open sort-key field. Key text sorts as strings, so numbers
 * never get one; ranges need the field to end the template or hold times (ISO text sorts by time).
 *
 * DynamoDB allows one comparison per key attribute, so a lower and an upper bound (`>= a` with `< b`, or
 * `> a` with `<= b`) become one `BETWEEN low AND high`: the narrowest read a key condition can express.
 * BETWEEN includes both ends, so an exclusive end reads at most the items equal to it more; every range
 * predicate also stays in the filter (key text only brackets the value), which drops those.
 */
export function rangeOn(
  entity: EntityDesign,
  candidate: IndexCandidate,
  field: string,
  prefix: string,
  conjuncts: readonly Predicate[],
  keyText: KeyText,
): SortRange | null {
  const info = fieldInfo(entity, field)
  if (info.numeric) return null
  const last = candidate.sk.fields[candidate.sk.fields.length - 1] === field && endsWithField(candidate)
  const onField = conjuncts.filter((predicate) => 'field' in predicate && predicate.field === field)
  for (const predicate of onField) {
    if (predicate.kind === 'beginsWith' && predicate.prefix !== '') {
      const value = prefix + escapeText(predicate.prefix, keyText)
      return {
        predicates: [predicate],
        sort: { kind: 'beginsWith', value },
        exact: true,
        comparedValues: false,
      }
    }
  }
  if (!last && info.time === null) return null
  const lower: Bound[] = []
  const upper: Bound[] = []
  for (const predicate of onField) collectBounds(predicate, info, prefix, last, keyText, lower, upper)
  const range = combine(tightest(lower, 'lower'), tightest(upper, 'upper'))
  return range && (lower.length > 1 || upper.length > 1) ? { ...range, comparedValues: true } : range
}

function collectBounds(
  predicate: Predicate,
  info: FieldInfo,
  prefix: string,
  last: boolean,
  { delimiter }: KeyText,
  lower: Bound[],
  upper: Bound[],
): void {
  const safe = (value: unknown): value is string =>
    typeof value === 'string' && value !== '' && !value.includes(delimiter) && !value.includes('\\')
  // Past every `prefix + value + delimiter + ...` when the field is followed by more key text.
  const above = (value: string) => (last ? prefix + value : prefix + value + successor(delimiter))
  if (predicate.kind === 'between') {
    const low = storedValue(info, predicate.low)
    const high = storedValue(info, predicate.high)
    if (!safe(low) || !safe(high)) return
    lower.push({ text: prefix + low, inclusive: true, predicate })
    upper.push({ text: above(high), inclusive: true, predicate })
    return
  }
  if (predicate.kind !== 'compare' || predicate.op === '=' || predicate.op === '<>') return
  const value = storedValue(info, predicate.value)
  if (!safe(value)) return
  if (predicate.op === '>' || predicate.op === '>=') {
    lower.push({ text: prefix + value, inclusive: predicate.op === '>=', predicate })
  } else if (predicate.op === '<') {
    upper.push({ text: prefix + value, inclusive: false, predicate })
  } else {
    upper.push({ text: above(value), inclusive: last, predicate })
  }
}

/** The bound that lets the fewest items through (on equal text, the exclusive one). */
function tightest(bounds: readonly Bound[], side: 'lower' | 'upper'): Bound | null {
  let best: Bound | null = null
  for (const bound of bounds) {
    if (best === null) best = bound
    else if (bound.text === best.text) best = bound.inclusive ? best : bound
    else if (side === 'lower' ? bound.text > best.text : bound.text < best.text) best = bound
  }
  return best
}

function combine(low: Bound | null, high: Bound | null): SortRange | null {
  if (low && high && low.text <= high.text) {
    const predicates = low.predicate === high.predicate ? [low.predicate] : [low.predicate, high.predicate]
    const sort = { kind: 'between', low: low.text, high: high.text } as const
    return { predicates, sort, exact: false, comparedValues: false }
  }
  // An empty range (low above high) matches nothing; DynamoDB rejects such a BETWEEN, so one side serves.
  const bound = low ?? high
  if (bound === null) return null
  const op = bound === low ? (bound.inclusive ? '>=' : '>') : bound.inclusive ? '<=' : '<'
  const sort = { kind: 'compare', op, value: bound.text } as const
  // Only one side of a pair is kept when the range is empty: a decision other values would not make.
  return { predicates: [bound.predicate], sort, exact: false, comparedValues: low !== null && high !== null }
}

function escapeText(value: string, { delimiter, policy }: KeyText): string {
  return compileKeyTemplate('{value}', delimiter, policy).render({ value })
}

function endsWithField(candidate: IndexCandidate): boolean {
  return candidate.sk.template.template.endsWith('}')
}

/** The character right after the delimiter's first one: `P + v + succ` is above every `P + v + delimiter...`. */
function successor(delimiter: string): string {
  return String.fromCharCode(delimiter.charCodeAt(0) + 1)
}
