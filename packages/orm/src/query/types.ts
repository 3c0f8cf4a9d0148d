import type { ModelDefinition } from '@dbtooling/schema'

/**
 * Attribute names of a row type.
 *
 * @example
 * ```ts
 * const field: AttributeName<{ name: string; age: number }> = 'age'
 * ```
 */
export type AttributeName<A> = Extract<keyof A, string>

/**
 * What a where value may be for an attribute: its type, or a Date where it holds text (times).
 *
 * @example
 * ```ts
 * type CreatedAt = FieldValue<{ createdAt: string }, 'createdAt'> // string | Date
 * const since: CreatedAt = new Date('2026-01-01')
 * ```
 */
export type FieldValue<A, K extends keyof A> = WhereValue<NonNullable<A[K]>>

type WhereValue<T> = T extends string ? T | Date : T

/** What `contains` looks for: an element of a list or set, or a substring of text. */
export type ElementOf<T> = T extends readonly (infer E)[] ? E : T extends string ? string : never

/**
 * Attribute names holding numbers (for `sum`, `avg`, `min`, `max`).
 *
 * @example
 * ```ts
 * const field: NumericAttribute<{ total: number; name: string }> = 'total'
 * const revenue = await Order.where('customerId', 'c1').sum('total')
 * ```
 */
export type NumericAttribute<A> = {
  [K in AttributeName<A>]: NonNullable<A[K]> extends number ? K : never
}[AttributeName<A>]

/**
 * Index names a model declares in `indexes: [{ name }]`.
 *
 * @example
 * ```ts
 * type Indexes = ModelIndexName<typeof taskDefinition> // e.g. 'byStatusDue'
 * const tasks = await Task.query().useIndex('byStatusDue').get()
 * ```
 */
export type ModelIndexName<Def> = Def extends { readonly indexes: readonly (infer I)[] }
  ? I extends { readonly name: infer N extends string }
    ? N
    : never
  : never

/**
 * What `useIndex()` accepts: the model's own index names, the physical generated names (`GSI1`, `LSI1`),
 * or `table`/`primary` for the base table.
 *
 * @example
 * ```ts
 * const index: QueryIndexName<typeof taskDefinition> = 'GSI1'
 * const tasks = await Task.query().useIndex(index).get()
 * ```
 */
export type QueryIndexName<Def extends ModelDefinition> =
  | ModelIndexName<Def>
  | 'table'
  | 'primary'
  | `GSI${number}`
  | `LSI${number}`

/**
 * Where-object form: `where({ status: 'active', teamId })`.
 *
 * @example
 * ```ts
 * const filter: WhereObject<{ status: string; teamId: string }> = { status: 'active', teamId: 't1' }
 * const projects = await Project.where(filter).get()
 * ```
 */
export type WhereObject<A> = { readonly [K in AttributeName<A>]?: FieldValue<A, K> | null }
