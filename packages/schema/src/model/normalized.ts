import type { AttributeType, RelationKind, ValidationRuleDesign } from '../design/types'
import type { ModelNote } from './model-notes'

/**
 * A model after `normalizeModel`: every default filled in, every list in a fixed order.
 *
 * @example
 * ```ts
 * const model: NormalizedModel = normalizeModel({ name: 'Tag', attributes: { label: { type: 'string' } } })
 * console.log(model.name, model.primaryKey, model.attributes.map((a) => a.name)) // Tag ['id'] ['label']
 * ```
 */
export interface NormalizedModel {
  name: string
  source: string | null
  table: string | null
  primaryKey: string[]
  autoIncrement: boolean
  /** False when the model declares no attributes at all (then attribute checks are skipped). */
  declaresAttributes: boolean
  attributes: NormalizedAttribute[]
  traits: NormalizedTraits
  relations: NormalizedRelation[]
  indexes: NormalizedIndex[]
  keys: { pk: string; sk: string | null } | null
  bucket: string | null
  /** Framework traits and options the model declares that dbtooling reads but does not apply. */
  notes: ModelNote[]
  /** Write shards of the list-by-type entry; null takes the design default (`DesignOptions.shards`). */
  shards: number | null
  /** False drops the list-by-type entry (its GSI write) for types nobody lists. */
  typeIndex: boolean
}

/**
 * One attribute of a `NormalizedModel`: its design type, flags, default, validation rules and factory.
 *
 * @example
 * ```ts
 * const [label]: NormalizedAttribute[] = normalizeModel({ name: 'Tag', attributes: { label: { type: 'text', required: true } } }).attributes
 * // { name: 'label', type: 'string', required: true, unique: false, fillable: false, hidden: false, defaultValue: null, ... }
 * ```
 */
export interface NormalizedAttribute {
  name: string
  type: AttributeType
  required: boolean
  unique: boolean
  fillable: boolean
  hidden: boolean
  defaultValue: string | number | boolean | null
  validation: ValidationRuleDesign[]
  /** Present (true) only when set, so designs without security flags stay byte-identical. */
  encrypted?: true
  searchable?: true
  masked?: true
  /**
   * The attribute's `factory` function, kept for factories and seeders; never copied into the design
   * (which stays JSON).
   */
  factory: ((...args: never[]) => unknown) | null
}

/**
 * The traits of a `NormalizedModel`, each resolved to its settings or null when off.
 *
 * @example
 * ```ts
 * const traits: NormalizedTraits = normalizeModel({ name: 'Post', traits: { useTimestamps: true } }).traits
 * console.log(traits.timestamps) // { createdAt: 'createdAt', updatedAt: 'updatedAt', format: 'iso' }
 * ```
 */
export interface NormalizedTraits {
  timestamps: { createdAt: string; updatedAt: string; format: 'iso' | 'unix' | 'unixMs' } | null
  softDeletes: { attribute: string } | null
  uuid: { kind: 'uuid' | 'uuidv7' | 'ulid' | 'nanoid' } | null
  ttl: { attribute: string } | null
  versioning: { attribute: string } | null
  /** `useSeeder` (or `seedable`): how many rows the seeders create (10 unless `count` says otherwise). */
  seeder: { count: number } | null
  /** `useSearch` column lists, resolved to attribute names; read for reporting, not applied by the design. */
  search: {
    displayable: string[]
    filterable: string[]
    searchable: string[]
    sortable: string[]
  } | null
}

/**
 * One relation of a `NormalizedModel`: kind, name, target, keys, pivot and morph settings, and where the model
 * declares it.
 *
 * @example
 * ```ts
 * const [team]: NormalizedRelation[] = normalizeModel({ name: 'User', belongsTo: ['Team'] }).relations
 * // { kind: 'belongsTo', name: 'team', target: 'Team', foreignKey: 'teamId', ... }
 * ```
 */
export interface NormalizedRelation {
  kind: RelationKind
  name: string
  /** Target model; null for morphTo. */
  target: string | null
  /** Child-side attribute holding the parent id (belongsToMany: the owner's id on edge items). */
  foreignKey: string
  /** Parent-side attribute; null = the target's primary key, resolved during derivation. */
  localKey: string | null
  /** belongsToMany: edge attribute holding the related id. */
  relatedKey: string | null
  collection: boolean
  pivot: { table: string | null; attributes: string[] } | null
  /** morph relations: the morph name (`commentable`). */
  morphName: string | null
  morph: { typeAttribute: string; idAttribute: string } | null
  /**
   * morphToMany/morphedByMany: true when the declaration named no morph, so `morphName` is the default
   * (`tagable`) and derivation may take the name the other side declares instead.
   */
  morphInferred: boolean
  /** Where in the model it was declared, for error messages (`hasMany[1]`). */
  path: string
}

/**
 * One index a `NormalizedModel` declares: name, columns, whether it is local, its shard count and where it is
 * declared.
 *
 * @example
 * ```ts
 * const [byStatus]: NormalizedIndex[] = normalizeModel({ name: 'Post', attributes: { status: { type: 'string' } }, indexes: [{ name: 'byStatus', columns: ['status'] }] }).indexes
 * // { name: 'byStatus', columns: ['status'], local: false, shards: 1, path: 'indexes[0]' }
 * ```
 */
export interface NormalizedIndex {
  name: string
  columns: string[]
  local: boolean
  /** Write shards of the index partition (1 = unsharded). */
  shards: number
  path: string
}
