import type { EntityDesign } from '@dbtooling/schema'
import {
  anyYearMonthPredicate,
  dayPeriod,
  monthOf,
  monthPeriod,
  periodPredicate,
  yearPeriod,
} from './date-predicates'
import {
  addClause,
  type Comparator,
  type ComparisonOperator,
  type Predicate,
  type QueryDescription,
  type WhereClause,
  withChanges,
} from './description'
import { QueryError } from './errors'
import type { AttributeName, ElementOf, FieldValue, WhereObject } from './types'
import {
  betweenPredicate,
  fieldPredicate,
  inPredicate,
  invalidWhere,
  notBetweenPredicate,
} from './where-args'

type Bool = WhereClause['boolean']
type DateArgs = [string | Date] | [ComparisonOperator, string | Date]
type YearArgs = [number | string] | [ComparisonOperator, number | string]

/**
 * The where-clause half of the builder. Subclasses say how to make a new builder (`derive`); every
 * method here returns one instead of changing `this`.
 */
export abstract class WhereBuilder<A extends object> {
  constructor(readonly description: QueryDescription) {}

  protected abstract derive(description: QueryDescription): this
  protected abstract entityDesign(): EntityDesign | undefined

  protected add(predicate: Predicate, boolean: Bool = 'and'): this {
    return this.derive(addClause(this.description, Object.freeze({ boolean, predicate })))
  }

  where<K extends AttributeName<A>>(field: K, value: FieldValue<A, K> | null): this
  where<K extends AttributeName<A>>(field: K, op: ComparisonOperator, value: FieldValue<A, K> | null): this
  where<K extends AttributeName<A>>(field: K, op: 'in' | 'not in', values: readonly FieldValue<A, K>[]): this
  where<K extends AttributeName<A>>(
    field: K,
    op: 'between',
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this
  where<K extends AttributeName<A>>(field: K, op: 'begins_with', prefix: string): this
  where<K extends AttributeName<A>>(field: K, op: 'contains', value: ElementOf<NonNullable<A[K]>>): this
  where(group: (query: this) => this): this
  where(values: WhereObject<A>): this
  where(...args: unknown[]): this {
    return this.add(this.#predicate(args), 'and')
  }

  /** Same as `where`. */
  andWhere<K extends AttributeName<A>>(field: K, value: FieldValue<A, K> | null): this
  andWhere<K extends AttributeName<A>>(field: K, op: ComparisonOperator, value: FieldValue<A, K> | null): this
  andWhere<K extends AttributeName<A>>(
    field: K,
    op: 'in' | 'not in',
    values: readonly FieldValue<A, K>[],
  ): this
  andWhere<K extends AttributeName<A>>(
    field: K,
    op: 'between',
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this
  andWhere<K extends AttributeName<A>>(field: K, op: 'begins_with', prefix: string): this
  andWhere<K extends AttributeName<A>>(field: K, op: 'contains', value: ElementOf<NonNullable<A[K]>>): this
  andWhere(group: (query: this) => this): this
  andWhere(values: WhereObject<A>): this
  andWhere(...args: unknown[]): this {
    return this.add(this.#predicate(args), 'and')
  }

  /** OR-ed with everything before it (`a AND b OR c` is `(a AND b) OR c`). */
  orWhere<K extends AttributeName<A>>(field: K, value: FieldValue<A, K> | null): this
  orWhere<K extends AttributeName<A>>(field: K, op: ComparisonOperator, value: FieldValue<A, K> | null): this
  orWhere<K extends AttributeName<A>>(
    field: K,
    op: 'in' | 'not in',
    values: readonly FieldValue<A, K>[],
  ): this
  orWhere<K extends AttributeName<A>>(
    field: K,
    op: 'between',
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this
  orWhere<K extends AttributeName<A>>(field: K, op: 'begins_with', prefix: string): this
  orWhere<K extends AttributeName<A>>(field: K, op: 'contains', value: ElementOf<NonNullable<A[K]>>): this
  orWhere(group: (query: this) => this): this
  orWhere(values: WhereObject<A>): this
  orWhere(...args: unknown[]): this {
    return this.add(this.#predicate(args), 'or')
  }

  /**
   * NOT of the condition(s), AND-ed with what came before: `whereNot('status', 'draft')`,
   * `whereNot(q => q.where('a', 1).orWhere('b', 2))`. Always a filter (a key condition cannot negate).
   */
  whereNot<K extends AttributeName<A>>(field: K, value: FieldValue<A, K> | null): this
  whereNot<K extends AttributeName<A>>(field: K, op: ComparisonOperator, value: FieldValue<A, K> | null): this
  whereNot(group: (query: this) => this): this
  whereNot(values: WhereObject<A>): this
  whereNot(...args: unknown[]): this {
    return this.add(negated(this.#predicate(args)), 'and')
  }

  /** NOT of the condition(s), OR-ed with everything before it. */
  orWhereNot<K extends AttributeName<A>>(field: K, value: FieldValue<A, K> | null): this
  orWhereNot<K extends AttributeName<A>>(
    field: K,
    op: ComparisonOperator,
    value: FieldValue<A, K> | null,
  ): this
  orWhereNot(group: (query: this) => this): this
  orWhereNot(values: WhereObject<A>): this
  orWhereNot(...args: unknown[]): this {
    return this.add(negated(this.#predicate(args)), 'or')
  }

  #predicate(args: readonly unknown[]): Predicate {
    const [first, ...rest] = args
    const entity = this.description.entity
    if (typeof first === 'function') {
      const empty = this.derive(withChanges(this.description, { where: Object.freeze([]) }))
      const inner = (first as (query: this) => unknown)(empty)
      if (!(inner instanceof WhereBuilder))
        throw invalidWhere(entity, '(group)', 'the callback must return the query')
      return { kind: 'group', clauses: inner.description.where }
    }
    if (typeof first === 'object' && first !== null) {
      const clauses = Object.entries(first)
        .filter(([, value]) => value !== undefined)
        .map(
          ([field, value]): WhereClause => ({
            boolean: 'and',
            predicate: fieldPredicate(entity, field, [value]),
          }),
        )
      return { kind: 'group', clauses }
    }
    if (typeof first !== 'string') throw invalidWhere(entity, String(first), 'the field must be a string')
    if (rest.length === 0 || rest.length > 2)
      throw invalidWhere(entity, first, 'pass a value, or an operator and a value')
    return fieldPredicate(entity, first, rest)
  }

  whereIn<K extends AttributeName<A>>(field: K, values: readonly FieldValue<A, K>[]): this {
    return this.add(inPredicate(this.description.entity, field, values, false))
  }

  orWhereIn<K extends AttributeName<A>>(field: K, values: readonly FieldValue<A, K>[]): this {
    return this.add(inPredicate(this.description.entity, field, values, false), 'or')
  }

  whereNotIn<K extends AttributeName<A>>(field: K, values: readonly FieldValue<A, K>[]): this {
    return this.add(inPredicate(this.description.entity, field, values, true))
  }

  orWhereNotIn<K extends AttributeName<A>>(field: K, values: readonly FieldValue<A, K>[]): this {
    return this.add(inPredicate(this.description.entity, field, values, true), 'or')
  }

  /** `low <= field <= high` (on a sort key this is a key condition). */
  whereBetween<K extends AttributeName<A>>(
    field: K,
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this {
    return this.add(betweenPredicate(this.description.entity, field, range[0], range[1]))
  }

  orWhereBetween<K extends AttributeName<A>>(
    field: K,
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this {
    return this.add(betweenPredicate(this.description.entity, field, range[0], range[1]), 'or')
  }

  /** `field < low OR field > high`: like SQL, an item without the attribute matches neither. */
  whereNotBetween<K extends AttributeName<A>>(
    field: K,
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this {
    return this.add(notBetweenPredicate(this.description.entity, field, range[0], range[1]))
  }

  orWhereNotBetween<K extends AttributeName<A>>(
    field: K,
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this {
    return this.add(notBetweenPredicate(this.description.entity, field, range[0], range[1]), 'or')
  }

  whereNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: false })
  }

  orWhereNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: false }, 'or')
  }

  whereNotNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: true })
  }

  orWhereNotNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: true }, 'or')
  }

  whereBeginsWith(field: AttributeName<A>, prefix: string): this {
    return this.add(fieldPredicate(this.description.entity, field, ['begins_with', prefix]))
  }

  orWhereBeginsWith(field: AttributeName<A>, prefix: string): this {
    return this.add(fieldPredicate(this.description.entity, field, ['begins_with', prefix]), 'or')
  }

  /** Substring of text, or element of a list or set. */
  whereContains<K extends AttributeName<A>>(field: K, value: ElementOf<NonNullable<A[K]>>): this {
    return this.add(fieldPredicate(this.description.entity, field, ['contains', value]))
  }

  orWhereContains<K extends AttributeName<A>>(field: K, value: ElementOf<NonNullable<A[K]>>): this {
    return this.add(fieldPredicate(this.description.entity, field, ['contains', value]), 'or')
  }

  /** The attribute is stored at all (even as null). */
  whereExists(field: AttributeName<A>): this {
    return this.add({ kind: 'exists', field, negate: false })
  }

  orWhereExists(field: AttributeName<A>): this {
    return this.add({ kind: 'exists', field, negate: false }, 'or')
  }

  whereNotExists(field: AttributeName<A>): this {
    return this.add({ kind: 'exists', field, negate: true })
  }

  orWhereNotExists(field: AttributeName<A>): this {
    return this.add({ kind: 'exists', field, negate: true }, 'or')
  }

  /** Same calendar day (UTC). On a time-ordered sort key this is a key condition, else a filter. */
  whereDate(field: AttributeName<A>, date: string | Date): this
  whereDate(field: AttributeName<A>, op: ComparisonOperator, date: string | Date): this
  whereDate(field: AttributeName<A>, ...args: DateArgs): this {
    return this.add(this.#datePredicate(field, args))
  }

  orWhereDate(field: AttributeName<A>, date: string | Date): this
  orWhereDate(field: AttributeName<A>, op: ComparisonOperator, date: string | Date): this
  orWhereDate(field: AttributeName<A>, ...args: DateArgs): this {
    return this.add(this.#datePredicate(field, args), 'or')
  }

  /** A month: `('2024-03')`, `(3, 2024)` or `(3)` for March of any year (ISO text only, as a filter). */
  whereMonth(field: AttributeName<A>, month: number | string | Date, year?: number): this {
    return this.add(this.#monthPredicate(field, month, year))
  }

  orWhereMonth(field: AttributeName<A>, month: number | string | Date, year?: number): this {
    return this.add(this.#monthPredicate(field, month, year), 'or')
  }

  whereYear(field: AttributeName<A>, year: number | string): this
  whereYear(field: AttributeName<A>, op: ComparisonOperator, year: number | string): this
  whereYear(field: AttributeName<A>, ...args: YearArgs): this {
    return this.add(this.#yearPredicate(field, args))
  }

  orWhereYear(field: AttributeName<A>, year: number | string): this
  orWhereYear(field: AttributeName<A>, op: ComparisonOperator, year: number | string): this
  orWhereYear(field: AttributeName<A>, ...args: YearArgs): this {
    return this.add(this.#yearPredicate(field, args), 'or')
  }

  #datePredicate(field: string, args: DateArgs): Predicate {
    const [op, value] = args.length === 1 ? (['=', args[0]] as const) : args
    const period = dayPeriod(value, this.description.entity)
    return periodPredicate(this.#entity(), field, comparator(op), period)
  }

  #monthPredicate(field: string, month: number | string | Date, year: number | undefined): Predicate {
    const entity = this.description.entity
    if (typeof month === 'number' && year === undefined)
      return anyYearMonthPredicate(this.#entity(), field, month)
    const period = typeof month === 'number' ? monthPeriod(year!, month, entity) : monthOf(month, entity)
    return periodPredicate(this.#entity(), field, '=', period)
  }

  #yearPredicate(field: string, args: YearArgs): Predicate {
    const [op, year] = args.length === 1 ? (['=', args[0]] as const) : args
    const period = yearPeriod(Number(year), this.description.entity)
    return periodPredicate(this.#entity(), field, comparator(op), period)
  }

  #entity(): EntityDesign {
    const entity = this.entityDesign()
    if (entity) return entity
    throw new QueryError('UNKNOWN_ENTITY', `the design has no entity '${this.description.entity}'`, {
      hint: 'create the builder through the model or orm.model(name)',
    })
  }
}

function comparator(op: ComparisonOperator): Comparator {
  return op === '!=' ? '<>' : op
}

/** A predicate wrapped in a negated group. */
function negated(predicate: Predicate): Predicate {
  const clauses =
    predicate.kind === 'group' && predicate.negate !== true
      ? predicate.clauses
      : [{ boolean: 'and' as const, predicate }]
  return { kind: 'group', clauses: Object.freeze(clauses), negate: true }
}
