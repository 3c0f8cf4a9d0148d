import type { ModelDefinition } from '@dbtooling/schema'

/** Attribute names of a row type. */
export type AttributeName<A> = Extract<keyof A, string>

/** What a where value may be for an attribute: its type, or a Date where it holds text (times). */
export type FieldValue<A, K extends keyof A> = WhereValue<NonNullable<A[K]>>

type WhereValue<T> = T extends string ? T | Date : T

/** What `contains` looks for: an element of a list or set, or a substring of text. */
export type ElementOf<T> = T extends readonly (infer E)[] ? E : T extends string ? string : never

/** Attribute names holding numbers (for `sum`, `avg`, `min`, `max`). */
export type NumericAttribute<A> = {
  [K in AttributeName<A>]: NonNullable<A[K]> extends number ? K : never
}[AttributeName<A>]

/** Index names a model declares in `indexes: [{ name }]`. */
export type ModelIndexName<Def> = Def extends { readonly indexes: readonly (infer I)[] }
  ? I extends { readonly name: infer N extends string }
    ? N
    : never
  : never

/**
 * What `useIndex()` accepts: the model's own index names, the physical generated names (`GSI1`, `LSI1`),
 * or `table`/`primary` for the base table.
 */
export type QueryIndexName<Def extends ModelDefinition> =
  | ModelIndexName<Def>
  | 'table'
  | 'primary'
  | `GSI${number}`
  | `LSI${number}`

/** Where-object form: `where({ status: 'active', teamId })`. */
export type WhereObject<A> = { readonly [K in AttributeName<A>]?: FieldValue<A, K> | null }
