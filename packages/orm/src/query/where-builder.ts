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
import { betweenPredicate, fieldPredicate, inPredicate, invalidWhere } from './where-args'

type Bool = WhereClause['boolean']

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
  andWhere(group: (query: this) => this): this
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
  orWhere<K extends AttributeName<A>>(field: K, op: 'begins_with', prefix: string): this
  orWhere(group: (query: this) => this): this
  orWhere(values: WhereObject<A>): this
  orWhere(...args: unknown[]): this {
    return this.add(this.#predicate(args), 'or')
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

  whereNotIn<K extends AttributeName<A>>(field: K, values: readonly FieldValue<A, K>[]): this {
    return this.add(inPredicate(this.description.entity, field, values, true))
  }

  orWhereIn<K extends AttributeName<A>>(field: K, values: readonly FieldValue<A, K>[]): this {
    return this.add(inPredicate(this.description.entity, field, values, false), 'or')
  }

  whereBetween<K extends AttributeName<A>>(
    field: K,
    range: readonly [FieldValue<A, K>, FieldValue<A, K>],
  ): this {
    return this.add(betweenPredicate(this.description.entity, field, range[0], range[1]))
  }

  whereNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: false })
  }

  whereNotNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: true })
  }

  orWhereNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: false }, 'or')
  }

  orWhereNotNull(field: AttributeName<A>): this {
    return this.add({ kind: 'null', field, negate: true }, 'or')
  }

  whereBeginsWith(field: AttributeName<A>, prefix: string): this {
    return this.add(fieldPredicate(this.description.entity, field, ['begins_with', prefix]))
  }

  /** Substring of text, or element of a list or set. */
  whereContains<K extends AttributeName<A>>(field: K, value: ElementOf<NonNullable<A[K]>>): this {
    return this.add(fieldPredicate(this.description.entity, field, ['contains', value]))
  }

  /** The attribute is stored at all (even as null). */
  whereExists(field: AttributeName<A>): this {
    return this.add({ kind: 'exists', field, negate: false })
  }

  whereNotExists(field: AttributeName<A>): this {
    return this.add({ kind: 'exists', field, negate: true })
  }

  /** Same calendar day (UTC). On a time-ordered sort key this is a key condition, else a filter. */
  whereDate(field: AttributeName<A>, date: string | Date): this
  whereDate(field: AttributeName<A>, op: ComparisonOperator, date: string | Date): this
  whereDate(field: AttributeName<A>, ...args: [string | Date] | [ComparisonOperator, string | Date]): this {
    const [op, value] = args.length === 1 ? (['=', args[0]] as const) : args
    const period = dayPeriod(value, this.description.entity)
    return this.add(periodPredicate(this.#entity(), field, comparator(op), period))
  }

  /** A month: `('2024-03')`, `(3, 2024)` or `(3)` for March of any year (ISO text only, as a filter). */
  whereMonth(field: AttributeName<A>, month: number | string | Date, year?: number): this {
    const entity = this.description.entity
    if (typeof month === 'number' && year === undefined)
      return this.add(anyYearMonthPredicate(this.#entity(), field, month))
    const period = typeof month === 'number' ? monthPeriod(year!, month, entity) : monthOf(month, entity)
    return this.add(periodPredicate(this.#entity(), field, '=', period))
  }

  whereYear(field: AttributeName<A>, year: number | string): this
  whereYear(field: AttributeName<A>, op: ComparisonOperator, year: number | string): this
  whereYear(
    field: AttributeName<A>,
    ...args: [number | string] | [ComparisonOperator, number | string]
  ): this {
    const [op, year] = args.length === 1 ? (['=', args[0]] as const) : args
    const period = yearPeriod(Number(year), this.description.entity)
    return this.add(periodPredicate(this.#entity(), field, comparator(op), period))
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
