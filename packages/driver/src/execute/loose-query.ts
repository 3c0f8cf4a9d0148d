import { DriverError } from '../errors'
import type { DriverOrm } from '../orm-handle'

/**
 * The ORM's query builder as the driver drives it: with names only known at run time (from SQL), so the
 * typed field names of `Model.query()` are widened here, in one place.
 */
export interface LooseQuery {
  where(field: string, op: string, value: unknown): LooseQuery
  where(group: (query: LooseQuery) => LooseQuery): LooseQuery
  orWhere(group: (query: LooseQuery) => LooseQuery): LooseQuery
  whereNot(group: (query: LooseQuery) => LooseQuery): LooseQuery
  whereIn(field: string, values: readonly unknown[]): LooseQuery
  whereNotIn(field: string, values: readonly unknown[]): LooseQuery
  whereBetween(field: string, range: readonly [unknown, unknown]): LooseQuery
  whereNotBetween(field: string, range: readonly [unknown, unknown]): LooseQuery
  whereNull(field: string): LooseQuery
  whereNotNull(field: string): LooseQuery
  whereBeginsWith(field: string, prefix: string): LooseQuery
  whereContains(field: string, value: unknown): LooseQuery
  select(...fields: string[]): LooseQuery
  orderBy(field: string, direction: 'asc' | 'desc'): LooseQuery
  limit(count: number): LooseQuery
  with(...relations: string[]): LooseQuery
  get(): Promise<Iterable<LooseModel>>
  first(): Promise<LooseModel | null>
  count(): Promise<number>
  exists(): Promise<boolean>
  update(changes: Readonly<Record<string, unknown>>): Promise<number>
  delete(): Promise<number>
  explain(): unknown
  toQuery(): unknown
}

/** A model instance as the driver reads it. */
export interface LooseModel {
  toJSON(): Record<string, unknown>
  get(field: string): unknown
  readonly exists: boolean
}

/** A model class as the driver calls it. */
export interface LooseModelClass {
  query(): LooseQuery
  create(attributes: Readonly<Record<string, unknown>>): Promise<LooseModel>
}

/** The ORM's transaction collector (`orm.transaction(trx => ...)`) as the driver calls it. */
export interface LooseTransaction {
  create(model: LooseModelClass, attributes: Readonly<Record<string, unknown>>): Promise<LooseModel>
  update(model: LooseModel, changes: Readonly<Record<string, unknown>>): Promise<boolean>
  delete(model: LooseModel): Promise<boolean>
}

/** The model class of a name, from the ORM. */
export function modelClass(orm: DriverOrm, name: string): LooseModelClass {
  const found = orm.model(name)
  if (typeof found === 'function' && 'query' in found) return found as unknown as LooseModelClass
  throw new DriverError('UNKNOWN_TABLE', `The ORM has no model ${name}`, {
    hint: 'pass the ORM the driver was created with, built from the same models',
  })
}
