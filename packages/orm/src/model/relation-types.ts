import type { ModelDefinition, RelationKindOf, RelationNames } from '@dbtooling/schema'
import type { EagerInput } from '../loading/eager-spec'
import type { BelongsToHandle, RelationHandle } from '../relations/access'
import type { BelongsToMany } from '../relations/belongs-to-many'
import type { RelationQuery } from '../relations/has-query'
import type { BelongsToRelation, HasOneQuery } from '../relations/named-relations'
import type { TreeNode, TreeOptions } from '../relations/tree'
import type { AnyDefinition } from './attribute-types'
import type { ModelBase } from './model-base'

/** Relation names of a definition (any string for a loosely typed one). */
export type RelationName<D> = D extends ModelDefinition ? RelationNames<D> & string : string

/** The kind of relation `N` of definition `D` (`'hasMany'`, `'belongsTo'`...). */
export type KindOf<D, N> = D extends ModelDefinition
  ? N extends RelationNames<D>
    ? RelationKindOf<D, N>
    : never
  : string

/** Relation kinds stored as edge items, all handled by `BelongsToMany`. */
type EdgeKind = 'belongsToMany' | 'morphToMany' | 'morphedByMany'

/** The handle `relation(name)` returns for a relation kind. */
export type RelationHandleOf<Kind> = Kind extends EdgeKind
  ? BelongsToMany
  : Kind extends 'belongsTo' | 'morphTo'
    ? BelongsToHandle
    : Kind extends 'hasMany' | 'hasOne' | 'morphMany' | 'morphOne'
      ? RelationQuery
      : RelationHandle

/** What `related(name)` resolves to for a relation kind. */
export type RelatedOf<Kind> = Kind extends 'hasMany' | 'morphMany' | EdgeKind
  ? ModelBase[]
  : Kind extends 'belongsTo' | 'morphTo' | 'hasOne' | 'morphOne'
    ? ModelBase | null
    : ModelBase | ModelBase[] | null

/** What a named accessor (`user.team()`) returns: `relation(name)`'s handle, awaitable for single relations. */
export type NamedRelationOf<Kind> = Kind extends 'belongsTo' | 'morphTo'
  ? BelongsToRelation
  : Kind extends 'hasOne' | 'morphOne'
    ? HasOneQuery
    : RelationHandleOf<Kind>

/**
 * One method per relation of `D`: `posts()` for `hasMany: ['Post']`, `team()` for `belongsTo: ['Team']`.
 * Empty for loosely typed definitions, whose relation names are not known to the compiler.
 */
export type RelationAccessors<D> =
  string extends RelationName<D> ? unknown : { [N in RelationName<D>]: () => NamedRelationOf<KindOf<D, N>> }

/** Relation methods of an instance of definition `D`, typed by the definition's relations. */
export interface TypedRelationMethods<D extends AnyDefinition> {
  /** The relation as a query builder (has*), edge API (belongsToMany) or GetItem handle (belongsTo). */
  relation<N extends RelationName<D>>(name: N): RelationHandleOf<KindOf<D, N>>
  /** Reads the relation now (one GetItem or one Query, plus one BatchGetItem for belongsToMany) and keeps it loaded. */
  related<N extends RelationName<D>>(name: N): Promise<RelatedOf<KindOf<D, N>>>
  /** Eager loads relations onto this model (`load('team', 'posts.comments')`). */
  load(...relations: EagerInput[]): Promise<this>
  /** A loaded relation value (or `<name>Count` from withCount); undefined when not loaded. */
  getRelation(name: string): unknown
  relationLoaded(name: string): boolean
  /** The edge attributes when read through a belongsToMany relation. */
  pivotAttributes(): Readonly<Record<string, unknown>> | undefined
  /** Self-referential trees: parent, grandparent, ... (one GetItem per level). */
  ancestors(options?: TreeOptions): Promise<ModelBase[]>
  /** Self-referential trees: every node below, breadth first (one Query per node). */
  descendants(options?: TreeOptions): Promise<ModelBase[]>
  getTree(options?: TreeOptions): Promise<TreeNode>
}

/** The same methods on `ModelBase` (rows of relation queries), where relation names are plain strings. */
export interface RelationMethods {
  relation(name: string): RelationHandle
  related(name: string): Promise<ModelBase | ModelBase[] | null>
  load(...relations: EagerInput[]): Promise<ModelBase>
  getRelation(name: string): unknown
  relationLoaded(name: string): boolean
  pivotAttributes(): Readonly<Record<string, unknown>> | undefined
  ancestors(options?: TreeOptions): Promise<ModelBase[]>
  descendants(options?: TreeOptions): Promise<ModelBase[]>
  getTree(options?: TreeOptions): Promise<TreeNode>
}
