/**
 * The `type` an attribute of a Stacks model may declare. (The model shape these types describe is the raw one
 * users write in `app/Models/*.ts`: everything optional except the name, arrays `readonly` so
 * `defineModel({...} as const)` keeps literal types, unknown keys accepted and ignored.)
 *
 * @example
 * ```ts
 * const type: AttributeTypeName = 'datetime'
 * defineModel({ name: 'Event', attributes: { startsAt: { type, required: true } } } as const)
 * ```
 */
export type AttributeTypeName =
  | 'string'
  | 'text'
  | 'uuid'
  | 'email'
  | 'enum'
  | 'number'
  | 'integer'
  | 'float'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'timestamp'
  | 'json'
  | 'object'
  | 'array'
  | 'set'
  | 'binary'

/**
 * The `validation` of an attribute: a rule (a Stacks `schema.*()` chain, a rule string or a validator object)
 * and a message, or messages per rule name.
 *
 * @example
 * ```ts
 * const validation: ValidationDefinition = { rule: schema.string().min(3).max(255), message: { min: 'at least 3 characters' } }
 * ```
 */
export interface ValidationDefinition {
  /** A rule string (`'string|min:3'`) or a validator object (its `name` is recorded). */
  readonly rule?: unknown
  readonly message?: string | Readonly<Record<string, string>>
}

/**
 * One attribute of a model: type, and whether it is required, unique, fillable, hidden, plus validation and a factory.
 *
 * @example
 * ```ts
 * const email: AttributeDefinition = { type: 'string', unique: true, required: true, fillable: true }
 * ```
 */
export interface AttributeDefinition {
  readonly type?: AttributeTypeName
  readonly fillable?: boolean
  readonly unique?: boolean
  readonly required?: boolean
  readonly hidden?: boolean
  readonly nullable?: boolean
  readonly default?: unknown
  readonly validation?: ValidationDefinition
  readonly factory?: (...args: never[]) => unknown
  readonly get?: (...args: never[]) => unknown
  readonly set?: (...args: never[]) => unknown
  /** A cast name such as `'number'`, `'boolean'`, `'json'`, `'datetime'`, or a custom caster object. */
  readonly cast?: unknown
  /** Encrypt the value on the client before it is sent (AES-256-GCM envelope; never part of a key). */
  readonly encrypted?: boolean
  /** With `encrypted`: keep an HMAC blind index so `where(attribute, value)` finds items by equality. */
  readonly searchable?: boolean
  /** Show `***` instead of the value in `toJSON`, logs and errors. */
  readonly masked?: boolean
}

/**
 * A relation target written as an object: the related model and, where the defaults do not fit, the keys,
 * relation name, pivot, collection and morph settings.
 *
 * @example
 * ```ts
 * const posts: RelationObject = { model: 'Post', foreignKey: 'authorId', relationName: 'articles' }
 * defineModel({ name: 'User', hasMany: [posts] } as const)
 * ```
 */
export interface RelationObject {
  readonly model: string
  readonly foreignKey?: string
  readonly localKey?: string
  /** belongsToMany: the attribute on edge items holding the related model's id. */
  readonly relatedKey?: string
  readonly relationName?: string
  readonly pivot?: { readonly table?: string; readonly attributes?: readonly string[] }
  /** Stacks spelling of `pivot.table`. */
  readonly pivotTable?: string
  /** Also the Stacks spelling of `pivot.table` (belongsToMany, morphToMany, morphedByMany). */
  readonly table?: string
  /** Store the children inside the parent's item collection (same pk, hierarchical sk). */
  readonly collection?: boolean
  /**
   * morphOne / morphMany: the morph name on the child (`commentable`). morphToMany / morphedByMany: the
   * morph of the edges (`taggable`); defaults to the other side's name, else `<related>able` (`tagable`).
   */
  readonly morphName?: string
  /** morphToMany / morphedByMany: edge attribute holding the polymorphic model's type (`<morphName>Type`). */
  readonly type?: string
  /** morphToMany / morphedByMany: edge attribute holding the polymorphic model's id (`<morphName>Id`). */
  readonly id?: string
}

/**
 * One relation target: the related model's name, or a `RelationObject`.
 *
 * @example
 * ```ts
 * const targets: RelationTarget[] = ['Post', { model: 'Comment', collection: true }]
 * ```
 */
export type RelationTarget = string | RelationObject

/**
 * Stacks' keyed form, `{ tokens: { model: 'PersonalAccessToken' } }`: the key is the relation name.
 *
 * @example
 * ```ts
 * const hasMany: RelationMap = { tokens: { model: 'PersonalAccessToken' }, posts: 'Post' }
 * ```
 */
export type RelationMap = { readonly [relationName: string]: RelationTarget }

/**
 * Every form a relation kind accepts: a name, an object, a list of either, or a keyed map.
 *
 * @example
 * ```ts
 * defineModel({ name: 'User', hasMany: ['Post'], belongsTo: 'Team', hasOne: { profile: 'Profile' } } as const)
 * ```
 */
export type RelationTargets = RelationTarget | readonly RelationTarget[] | RelationMap

/**
 * One `morphTo` relation: the morph name, or an object naming it and, where they differ from `<name>Type` and
 * `<name>Id`, its type and id attributes.
 *
 * @example
 * ```ts
 * const commentable: MorphToDefinition = { name: 'commentable', type: 'parentType', id: 'parentId' }
 * ```
 */
export type MorphToDefinition =
  | string
  | { readonly name: string; readonly type?: string; readonly id?: string; readonly relationName?: string }

/**
 * morphTo in any form: a morph name, an object, a list, or keyed by relation name (the key is the morph name).
 *
 * @example
 * ```ts
 * defineModel({ name: 'Comment', morphTo: 'commentable' } as const)
 * defineModel({ name: 'Image', morphTo: [{ name: 'imageable' }] } as const)
 * ```
 */
export type MorphToTargets =
  | MorphToDefinition
  | readonly MorphToDefinition[]
  | {
      readonly [relationName: string]:
        | string
        | {
            readonly name?: string
            readonly type?: string
            readonly id?: string
            readonly relationName?: string
          }
    }

/**
 * An index a model declares: its name and the columns it sorts by (the first one partitions).
 *
 * @example
 * ```ts
 * const byStatus: IndexDefinition = { name: 'byStatus', columns: ['status', 'createdAt'] }
 * ```
 */
export interface IndexDefinition {
  readonly name: string
  readonly columns: readonly string[]
  /** Put the index on an LSI (sort within the item collection) instead of a GSI. */
  readonly local?: boolean
  /** Spread the index partition over N write shards (reads fan out over all N); GSIs only. */
  readonly shards?: number
}

/**
 * The `useTimestamps` trait written as an object: the attribute names and the format of `createdAt` and
 * `updatedAt`.
 *
 * @example
 * ```ts
 * const timestamps: TimestampsTrait = { createdAt: 'created', updatedAt: 'modified', format: 'unixMs' }
 * defineModel({ name: 'Event', traits: { useTimestamps: timestamps } } as const)
 * ```
 */
export interface TimestampsTrait {
  readonly createdAt?: string
  readonly updatedAt?: string
  readonly format?: 'iso' | 'unix' | 'unixMs'
}

/**
 * The traits of a model: timestamps, soft deletes, generated ids, versioning, TTL and the like.
 *
 * @example
 * ```ts
 * const traits: ModelTraits = { useTimestamps: true, useSoftDeletes: true, useUuid: true }
 * ```
 */
export interface ModelTraits {
  readonly useTimestamps?: boolean | TimestampsTrait
  readonly timestampable?: boolean | TimestampsTrait
  readonly useSoftDeletes?: boolean | { readonly attribute?: string }
  readonly softDeletable?: boolean | { readonly attribute?: string }
  readonly useUuid?: boolean | { readonly kind?: 'uuid' | 'uuidv7' | 'ulid' | 'nanoid' }
  readonly useTtl?: boolean | { readonly attribute?: string }
  readonly useVersioning?: boolean | { readonly attribute?: string }
  readonly useSeeder?: boolean | { readonly count?: number }
  readonly useSearch?: unknown
  readonly useApi?: unknown
  readonly useAuth?: unknown
  readonly useSocials?: unknown
  readonly [trait: string]: unknown
}

/**
 * A model as Stacks writes it (or `defineModel` checks it): name, traits, attributes, indexes and relations.
 *
 * @example
 * ```ts
 * const definition: ModelDefinition = { name: 'Tag', attributes: { label: { type: 'string', unique: true } } }
 * const design = deriveDesign([definition])
 * ```
 */
export interface ModelDefinition {
  readonly name: string
  readonly table?: string
  readonly primaryKey?: string | readonly string[]
  readonly autoIncrement?: boolean
  readonly traits?: ModelTraits
  readonly attributes?: Readonly<Record<string, AttributeDefinition>>
  readonly hasOne?: RelationTargets
  readonly hasMany?: RelationTargets
  readonly belongsTo?: RelationTargets
  readonly belongsToMany?: RelationTargets
  readonly morphOne?: RelationTargets
  readonly morphMany?: RelationTargets
  readonly morphTo?: MorphToTargets
  /** Polymorphic many-to-many (`Post` and `Video` both `morphToMany: ['Tag']` through `taggable`). */
  readonly morphToMany?: RelationTargets
  /** The inverse of morphToMany, on the shared side (`Tag`: `morphedByMany: ['Post', 'Video']`). */
  readonly morphedByMany?: RelationTargets
  readonly indexes?: readonly IndexDefinition[]
  /** Custom key templates overriding `PREFIX#{id}`; placeholders must name attributes. */
  readonly keys?: { readonly pk: string; readonly sk?: string }
  /** Storage bucket name for file attributes; kept, not used by the design. */
  readonly bucket?: string
  /** Write shards of the list-by-type entry (default: the design's `shards` option, 1). */
  readonly shards?: number
  /** `false` drops the list-by-type entry (and its GSI write) for types nobody lists (logs, events). */
  readonly typeIndex?: boolean
  readonly [option: string]: unknown
}

export const RELATION_KINDS = [
  'hasOne',
  'hasMany',
  'belongsTo',
  'belongsToMany',
  'morphOne',
  'morphMany',
  'morphTo',
  'morphToMany',
  'morphedByMany',
] as const
