import type { TableDesign } from '@dbtooling/schema'
import type { Predicate, QueryDescription, WhereClause } from '../description'
import { type CompiledQuery, type CompileOptions, compileQuery, planHoldsFor, rebind } from './compile-query'

/**
 * Compiled queries by shape, like a prepared statement: queries that differ only in their values share one
 * compiled plan, and each call binds its own values into the plan's request.
 *
 * How: the first query of a shape is compiled with a placeholder text (`\uE000<n>\uE001`) in place of
 * each distinct value, and the result is kept; a query of that shape then gets the kept plan with the
 * placeholders in its ExpressionAttributeValues replaced by its values. That is exact only where the
 * compiler treats a value as opaque text, so a shape is only taken when every value is a non-empty string
 * without the key delimiter, a backslash or the placeholder characters (key templates then embed it
 * verbatim, range conditions accept it, and no conversion applies), and no global-scope filter takes
 * part. Anything else is compiled as before. The one step that reads such values, the entity guard
 * (which compares key text with other entities' key templates on the same index), is worked out again
 * for each bound query, and a query it would treat differently is compiled in full; so is a bound request
 * whose values now coincide (the compiler would have given them one placeholder). Property-tested against
 * `compileQuery` (test/query/compile-memo.test.ts).
 */
export class CompileMemo {
  readonly #plans = new Map<string, CompiledQuery>()

  /** Queries answered from a kept plan, and queries compiled in full (for tests and diagnostics). */
  readonly counts = { bound: 0, compiled: 0 }

  constructor(private readonly design: TableDesign) {}

  compile(description: QueryDescription, options: CompileOptions): CompiledQuery {
    if (options.scopeFilters !== undefined && options.scopeFilters.length > 0) {
      return this.#fresh(description, options)
    }
    const shape = shapeOf(description, this.design.delimiter)
    if (shape === null) return this.#fresh(description, options)
    const key = `${options.tableName ?? ''}\u0000${options.averageItemBytes ?? ''}\u0000${shape.signature}`
    let plan = this.#plans.get(key)
    if (plan === undefined) {
      plan = compileQuery(this.design, withPlaceholders(description, shape.values), options)
      if (this.#plans.size >= MAX_PLANS) this.#plans.clear()
      this.#plans.set(key, plan)
    }
    // A fan-out has a request per branch; binding only rewrites one, so it is compiled in full.
    if (plan.fanOut !== null) return this.#fresh(description, options)
    // A point read's guard key holds the value itself: it is compiled for each query (it is cheap).
    if (plan.pointRead !== null) return this.#fresh(description, options)
    const bound = bind(this.design, plan, description, shape.values)
    if (bound === null) return this.#fresh(description, options)
    this.counts.bound++
    return bound
  }

  #fresh(description: QueryDescription, options: CompileOptions): CompiledQuery {
    this.counts.compiled++
    return compileQuery(this.design, description, options)
  }
}

const memos = new WeakMap<TableDesign, CompileMemo>()

/** The memo of one table design (one per ORM context). */
export function compileMemoFor(design: TableDesign): CompileMemo {
  let memo = memos.get(design)
  if (memo === undefined) {
    memo = new CompileMemo(design)
    memos.set(design, memo)
  }
  return memo
}

/** Distinct shapes kept per design; past it the memo starts over (shapes are few in a real app). */
const MAX_PLANS = 500

const OPEN = '\uE000'
const CLOSE = '\uE001'

interface Shape {
  readonly signature: string
  /** Distinct values in order of first appearance: placeholder n stands for values[n]. */
  readonly values: string[]
}

function isPlain(value: unknown, delimiter: string): value is string {
  return (
    typeof value === 'string' &&
    value !== '' &&
    !value.includes(delimiter) &&
    !value.includes('\\') &&
    !value.includes(OPEN) &&
    !value.includes(CLOSE)
  )
}

/** Everything the compiler reads from a description, with values as their placeholder numbers. */
function shapeOf(description: QueryDescription, delimiter: string): Shape | null {
  const slots = new Slots(delimiter)
  const where = clausesShape(description.where, slots)
  if (where === null) return null
  const { order, select, withoutScopes: scopes } = description
  const signature =
    `${description.entity}\u0000${where}\u0000${select === null ? '' : select.join('\u0001')}` +
    `\u0000${order === null ? '' : `${order.field}\u0001${order.direction}\u0001${description.sortInMemory === true}`}` +
    `\u0000${description.limit}\u0000${description.pageSize}\u0000${description.maxPages}` +
    `\u0000${description.index}\u0000${description.forceScan}\u0000${description.consistentRead}` +
    `\u0000${description.trashed}\u0000${scopes === true ? '*' : scopes.join('\u0001')}`
  return { signature, values: slots.values }
}

/** Numbers the distinct values of a description; `null` for a value the memo must not take. */
class Slots {
  readonly values: string[] = []
  constructor(private readonly delimiter: string) {}

  slot(value: unknown): string | null {
    if (!isPlain(value, this.delimiter)) return null
    let index = this.values.indexOf(value)
    if (index === -1) index = this.values.push(value) - 1
    return `$${index}`
  }
}

function clausesShape(clauses: readonly WhereClause[], slots: Slots): string | null {
  let out = ''
  for (const clause of clauses) {
    const predicate = predicateShape(clause.predicate, slots)
    if (predicate === null) return null
    out += `(${clause.boolean} ${predicate})`
  }
  return out
}

function predicateShape(predicate: Predicate, slots: Slots): string | null {
  switch (predicate.kind) {
    case 'compare':
    case 'contains': {
      const value = slots.slot(predicate.value)
      const op = predicate.kind === 'compare' ? predicate.op : 'contains'
      return value === null ? null : `${op} ${predicate.field} ${value}`
    }
    case 'beginsWith': {
      const prefix = slots.slot(predicate.prefix)
      return prefix === null ? null : `begins ${predicate.field} ${prefix}`
    }
    case 'between':
      // Whether low is above high decides the filter (an empty range matches nothing): a value decision.
      return null
    case 'in': {
      let out = `in ${predicate.field} ${predicate.negate}`
      for (const value of predicate.values) {
        const text = slots.slot(value)
        if (text === null) return null
        out += ` ${text}`
      }
      return out
    }
    case 'null':
    case 'exists':
      return `${predicate.kind} ${predicate.field} ${predicate.negate}`
    case 'group': {
      const inner = clausesShape(predicate.clauses, slots)
      return inner === null ? null : `group ${predicate.negate === true} [${inner}]`
    }
    default:
      return null
  }
}

const placeholder = (index: number) => `${OPEN}${index}${CLOSE}`

/** The description with each value replaced by its placeholder text. */
function withPlaceholders(description: QueryDescription, values: readonly string[]): QueryDescription {
  const swap = (value: unknown) => placeholder(values.indexOf(value as string))
  const clauses = (list: readonly WhereClause[]): WhereClause[] =>
    list.map((clause) => ({ boolean: clause.boolean, predicate: swapPredicate(clause.predicate) }))
  const swapPredicate = (predicate: Predicate): Predicate => {
    switch (predicate.kind) {
      case 'compare':
      case 'contains':
        return { ...predicate, value: swap(predicate.value) }
      case 'beginsWith':
        return { ...predicate, prefix: swap(predicate.prefix) }
      case 'between':
        return { ...predicate, low: swap(predicate.low), high: swap(predicate.high) }
      case 'in':
        return { ...predicate, values: predicate.values.map(swap) }
      case 'group':
        return { ...predicate, clauses: clauses(predicate.clauses) }
      default:
        return predicate
    }
  }
  return { ...description, where: clauses(description.where) }
}

/**
 * The plan with `values` in place of its placeholders, or null when two bound values now coincide
 * (the compiler gives equal values one placeholder, so the request would not be the one it makes).
 */
function bind(
  design: TableDesign,
  plan: CompiledQuery,
  description: QueryDescription,
  values: readonly string[],
): CompiledQuery | null {
  const text = (planned: string) => substitute(planned, values)
  if (!planHoldsFor(plan, design, text)) return null
  const planned = plan.request.ExpressionAttributeValues as Record<string, unknown> | undefined
  if (planned === undefined) return rebind(plan, plan.request, description)
  const bound: Record<string, unknown> = {}
  // A bound value may now equal another value of the request (bound or not); a lone value cannot.
  let count = 0
  for (const _ in planned) if (++count > 1) break
  const seen = count > 1 ? new Set<unknown>() : null
  for (const name in planned) {
    const value = planned[name]
    const boundValue = typeof value === 'string' ? text(value) : value
    if (seen !== null) {
      if (seen.has(boundValue)) return null
      seen.add(boundValue)
    }
    bound[name] = boundValue
  }
  return rebind(plan, { ...plan.request, ExpressionAttributeValues: bound }, description)
}

/** `planned` with each placeholder text replaced by its value (no regular expression: this runs per query). */
function substitute(planned: string, values: readonly string[]): string {
  let open = planned.indexOf(OPEN)
  if (open === -1) return planned
  let out = ''
  let from = 0
  while (open !== -1) {
    const close = planned.indexOf(CLOSE, open)
    out += planned.slice(from, open) + values[Number(planned.slice(open + 1, close))]
    from = close + 1
    open = planned.indexOf(OPEN, from)
  }
  return out + planned.slice(from)
}
