import type {
  AttributeDefinition,
  AttributeTypeName,
  ModelDefinition,
  MorphToDefinition,
  RelationTarget,
} from './definition'

/**
 * Maps attribute types (and casts) to TypeScript types.
 *
 * @example
 * ```ts
 * type When = AttributeTypeMap['datetime'] // string (ISO text)
 * type Blob = AttributeTypeMap['binary'] // Uint8Array
 * ```
 */
export interface AttributeTypeMap {
  string: string
  text: string
  uuid: string
  email: string
  enum: string
  number: number
  integer: number
  float: number
  decimal: number
  boolean: boolean
  date: string
  datetime: string
  timestamp: string
  json: Record<string, unknown>
  object: Record<string, unknown>
  array: unknown[]
  set: string[]
  binary: Uint8Array
}

type Widen<T> = T extends string ? string : T extends number ? number : T extends boolean ? boolean : T

type RuleHead<R> = R extends `${infer Head}|${string}` ? Head : R

type IsAny<T> = 0 extends 1 & T ? true : false

/**
 * The value type a validation rule object declares: a Standard Schema's output (valibot, zod, arktype),
 * or the values of a Stacks `schema.enum([...])` rule; `unknown` when it declares none.
 *
 * @example
 * ```ts
 * const status = schema.enum(['draft', 'published'])
 * type Status = RuleOutput<typeof status> // 'draft' | 'published'
 * ```
 */
export type RuleOutput<R> = R extends { readonly '~standard': { readonly types?: infer T } }
  ? NonNullable<T> extends { readonly output: infer O }
    ? O
    : unknown
  : R extends { readonly '~output'?: infer O }
    ? unknown extends O
      ? unknown
      : O
    : unknown

/** The rule's output where it narrows `Base` (an enum rule on a string attribute), else `Base`. */
type NarrowByRule<Base, A> = A extends { readonly validation: { readonly rule: infer R } }
  ? IsAny<RuleOutput<R>> extends true
    ? Base
    : [RuleOutput<R>] extends [Base]
      ? [RuleOutput<R>] extends [never]
        ? Base
        : RuleOutput<R>
      : Base
  : Base

/** The type from `type`, `cast`, a rule string or the default, before rule objects narrow it. */
type DeclaredType<A> = A extends { readonly type: infer T extends AttributeTypeName }
  ? AttributeTypeMap[T]
  : A extends { readonly cast: infer C extends AttributeTypeName }
    ? AttributeTypeMap[C]
    : A extends { readonly validation: { readonly rule: infer R extends string } }
      ? RuleHead<R> extends infer H extends AttributeTypeName
        ? AttributeTypeMap[H]
        : string
      : A extends { readonly default: infer D }
        ? Widen<D>
        : A extends { readonly validation: { readonly rule: infer R } }
          ? unknown extends RuleOutput<R>
            ? string
            : RuleOutput<R>
          : string

/**
 * An attribute's value type: its `type`, else its `cast`, else its rule string, else its default, else
 * string; a rule object declaring a narrower type (`schema.enum(['a', 'b'])`, `v.picklist([...])`)
 * narrows it to that. `unknown` for a definition that is not a literal (models loaded at run time).
 *
 * @example
 * ```ts
 * type Age = InferAttributeType<{ type: 'integer' }> // number
 * type Status = InferAttributeType<{ type: 'string'; validation: { rule: typeof statusRule } }> // the rule's values
 * ```
 */
export type InferAttributeType<A> = AttributeDefinition extends A
  ? // not a literal definition (e.g. a model loaded from a folder at run time): nothing is known statically
    unknown
  : NarrowByRule<DeclaredType<A>, A>

type Attrs<M> = M extends { readonly attributes: infer A } ? A : Record<never, never>

type RequiredNames<A> = {
  [K in keyof A]: A[K] extends { readonly required: true } ? K : never
}[keyof A]

type PrimaryKeyNames<M> = M extends { readonly primaryKey: infer P }
  ? P extends string
    ? P
    : P extends readonly (infer Q extends string)[]
      ? Q
      : never
  : 'id'

type TimestampFields<M> = M extends { readonly traits: { readonly useTimestamps: infer T } }
  ? T extends false
    ? Record<never, never>
    : {
        [K in T extends { readonly createdAt: infer C extends string } ? C : 'createdAt']?: string | number
      } & {
        [K in T extends { readonly updatedAt: infer U extends string } ? U : 'updatedAt']?: string | number
      }
  : Record<never, never>

type SoftDeleteFields<M> = M extends { readonly traits: { readonly useSoftDeletes: infer S } }
  ? S extends false
    ? Record<never, never>
    : {
        [K in S extends { readonly attribute: infer N extends string } ? N : 'deletedAt']?:
          | string
          | number
          | null
      }
  : Record<never, never>

type Simplify<T> = { [K in keyof T]: T[K] } & {}

type DeclaredAttributes<A> = { [K in RequiredNames<A> & string]: InferAttributeType<A[K]> } & {
  [K in Exclude<keyof A, RequiredNames<A>> & string]?: InferAttributeType<A[K]>
}

/** The entries of a relation kind in either form: a list (or single entry), or a map keyed by relation name. */
type EntriesOf<R, Single extends string> = IsListForm<R, Single> extends true ? List<R> : R[keyof R]

/** Foreign keys of `belongsTo` entries (`teamId`, or the declared `foreignKey`), in list or keyed form. */
type BelongsToKeys<M> = M extends { readonly belongsTo: infer R }
  ? EntriesOf<R, 'model'> extends infer E
    ? E extends { readonly foreignKey: infer F extends string }
      ? F
      : E extends RelationTarget
        ? `${Uncapitalize<TargetModel<E>>}Id`
        : never
    : never
  : never

/** Type and id attributes of `morphTo` entries (`commentableType`, `commentableId`); keyed by morph name too. */
type MorphKeys<M> = M extends { readonly morphTo: infer R }
  ? IsListForm<R, 'name'> extends true
    ? MorphEntryKeys<List<R>>
    : {
        [K in keyof R & string]: MorphEntryKeys<R[K], K>
      }[keyof R & string]
  : never

type MorphEntryKeys<E, Key extends string = never> = E extends string
  ? `${E}Type` | `${E}Id`
  : (E extends { readonly name: infer N extends string } ? N : Key) extends infer N extends string
    ?
        | (E extends { readonly type: infer T extends string } ? T : `${N}Type`)
        | (E extends { readonly id: infer I extends string } ? I : `${N}Id`)
    : never

/**
 * Attributes a model gets from its relations: belongsTo foreign keys and morphTo type/id fields.
 *
 * @example
 * ```ts
 * const comment = defineModel({ name: 'Comment', belongsTo: ['Post'], morphTo: 'commentable' } as const)
 * type Keys = InferForeignKeys<typeof comment> // 'postId' | 'commentableType' | 'commentableId'
 * ```
 */
export type InferForeignKeys<M extends ModelDefinition> = BelongsToKeys<M> | MorphKeys<M>

/**
 * The item type of a model: declared attributes, the primary key, undeclared foreign keys and morph fields
 * (optional strings), timestamps and soft-delete fields.
 *
 * @example
 * ```ts
 * type User = InferAttributes<typeof userDefinition> // { id: string; email: string; name?: string; ... }
 * ```
 */
export type InferAttributes<M extends ModelDefinition> = Simplify<
  DeclaredAttributes<Attrs<M>> & {
    [K in Exclude<PrimaryKeyNames<M>, keyof Attrs<M>>]: string
  } & {
    [K in Exclude<BelongsToKeys<M> | MorphKeys<M>, keyof Attrs<M> | PrimaryKeyNames<M>>]?: string
  } & TimestampFields<M> &
    SoftDeleteFields<M>
>

type NamesWhere<A, Flag extends string> = {
  [K in keyof A]: A[K] extends { readonly [P in Flag]: true } ? K : never
}[keyof A] &
  string

/**
 * Attribute names with `fillable: true`.
 *
 * @example
 * ```ts
 * type Fillable = InferFillable<typeof userDefinition> // 'email' | 'name'
 * ```
 */
export type InferFillable<M extends ModelDefinition> = NamesWhere<Attrs<M>, 'fillable'>
/**
 * Attribute names with `hidden: true`.
 *
 * @example
 * ```ts
 * type Hidden = InferHidden<typeof userDefinition> // 'password'
 * ```
 */
export type InferHidden<M extends ModelDefinition> = NamesWhere<Attrs<M>, 'hidden'>
/**
 * Attribute names with `unique: true`.
 *
 * @example
 * ```ts
 * type Unique = InferUnique<typeof userDefinition> // 'email'
 * ```
 */
export type InferUnique<M extends ModelDefinition> = NamesWhere<Attrs<M>, 'unique'>
/**
 * The model's name literal, e.g. `'User'`.
 *
 * @example
 * ```ts
 * type Name = ModelName<typeof userDefinition> // 'User'
 * ```
 */
export type ModelName<M extends ModelDefinition> = M['name']

/**
 * Same rule as the runtime `pluralize()`.
 *
 * @example
 * ```ts
 * type A = Pluralize<'post'> // 'posts'
 * type B = Pluralize<'category'> // 'categories'
 * type C = Pluralize<'box'> // 'boxes'
 * ```
 */
export type Pluralize<W extends string> = W extends `${string}${'a' | 'e' | 'i' | 'o' | 'u'}y`
  ? `${W}s`
  : W extends `${infer Stem}y`
    ? Stem extends ''
      ? `${W}s`
      : `${Stem}ies`
    : W extends `${string}${'s' | 'x' | 'z' | 'ch' | 'sh'}`
      ? `${W}es`
      : `${W}s`

type List<T> = T extends readonly unknown[] ? T[number] : T

type TargetName<E, Plural extends boolean> = E extends { readonly relationName: infer N extends string }
  ? N
  : E extends { readonly model: infer T extends string }
    ? Plural extends true
      ? Pluralize<Uncapitalize<T>>
      : Uncapitalize<T>
    : E extends string
      ? Plural extends true
        ? Pluralize<Uncapitalize<E>>
        : Uncapitalize<E>
      : never

type TargetModel<E> = E extends { readonly model: infer T extends string } ? T : E extends string ? E : never

/** Stacks' keyed form `{ tokens: { model: 'PersonalAccessToken' } }`: the key names the relation. */
type KeyedEntries<R, Kind extends string> = {
  [K in keyof R & string]: R[K] extends RelationTarget
    ? {
        name: R[K] extends { readonly relationName: infer N extends string } ? N : K
        kind: Kind
        target: TargetModel<R[K]>
      }
    : never
}[keyof R & string]

type IsListForm<R, Single extends string> = R extends
  | string
  | readonly unknown[]
  | { readonly [S in Single]: string }
  ? true
  : false

type RelationEntries<M, Kind extends string, Plural extends boolean> = M extends {
  readonly [K in Kind]: infer R
}
  ? IsListForm<R, 'model'> extends false
    ? KeyedEntries<R, Kind>
    : List<R> extends infer E
      ? E extends RelationTarget
        ? { name: TargetName<E, Plural>; kind: Kind; target: TargetModel<E> }
        : never
      : never
  : never

type MorphToEntries<M> = M extends { readonly morphTo: infer R }
  ? IsListForm<R, 'name'> extends false
    ? {
        [K in keyof R & string]: {
          name: R[K] extends { readonly relationName: infer N extends string } ? N : K
          kind: 'morphTo'
          target: null
        }
      }[keyof R & string]
    : List<R> extends infer E
      ? E extends MorphToDefinition
        ? {
            name: E extends string
              ? E
              : E extends { readonly relationName: infer N extends string }
                ? N
                : E extends { readonly name: infer N extends string }
                  ? N
                  : never
            kind: 'morphTo'
            target: null
          }
        : never
      : never
  : never

/**
 * Every relation of a model as `{ name, kind, target }`, e.g. `{ name: 'posts'; kind: 'hasMany'; target: 'Post' }`.
 *
 * @example
 * ```ts
 * type Relations = InferRelations<typeof userDefinition>
 * // { name: 'posts'; kind: 'hasMany'; target: 'Post' } | { name: 'team'; kind: 'belongsTo'; target: 'Team' } | ...
 * ```
 */
export type InferRelations<M extends ModelDefinition> =
  | RelationEntries<M, 'hasOne', false>
  | RelationEntries<M, 'hasMany', true>
  | RelationEntries<M, 'belongsTo', false>
  | RelationEntries<M, 'belongsToMany', true>
  | RelationEntries<M, 'morphOne', false>
  | RelationEntries<M, 'morphMany', true>
  | MorphToEntries<M>
  | RelationEntries<M, 'morphToMany', true>
  | RelationEntries<M, 'morphedByMany', true>

/**
 * Relation names of a model, e.g. `'posts' | 'team'`.
 *
 * @example
 * ```ts
 * type Relations = RelationNames<typeof userDefinition> // 'team' | 'posts' | 'roles'
 * ```
 */
export type RelationNames<M extends ModelDefinition> = InferRelations<M>['name']

/**
 * Target model of a named relation: `RelationTargetOf<typeof User, 'posts'>` = `'Post'`.
 *
 * @example
 * ```ts
 * type Target = RelationTargetOf<typeof userDefinition, 'posts'> // 'Post'
 * ```
 */
export type RelationTargetOf<M extends ModelDefinition, Name extends RelationNames<M>> = Extract<
  InferRelations<M>,
  { name: Name }
>['target']

/**
 * Relation kind of a named relation.
 *
 * @example
 * ```ts
 * type Kind = RelationKindOf<typeof userDefinition, 'posts'> // 'hasMany'
 * ```
 */
export type RelationKindOf<M extends ModelDefinition, Name extends RelationNames<M>> = Extract<
  InferRelations<M>,
  { name: Name }
>['kind']

export type { AttributeDefinition }
