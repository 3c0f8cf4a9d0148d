import type { InferAttributes, ModelDefinition, RelationKindOf, RelationNames } from '@dbtooling/schema'
import type { EagerInput } from '../loading/eager-spec'
import type {
  RegisteredDefinition,
  RegisteredModels,
  RelationNameOf,
  RelationPath,
  RelationTargetName,
} from '../query/relation-paths'
import type { BelongsToHandle, RelationHandle } from '../relations/access'
import type { BelongsToMany } from '../relations/belongs-to-many'
import type { RelationQuery } from '../relations/has-query'
import type { BelongsToRelation, HasOneQuery } from '../relations/named-relations'
import type { TreeNode, TreeOptions } from '../relations/tree'
import type { AnyDefinition } from './attribute-types'
import type { ModelInstance } from './instance-types'
import type { ModelBase } from './model-base'

/** Relation names of a definition (any string for a loosely typed one). */
export type RelationName<D> = RelationNameOf<D>

/** The kind of relation `N` of definition `D` (`'hasMany'`, `'belongsTo'`...). */
export type KindOf<D, N> = D extends ModelDefinition
  ? N extends RelationNames<D>
    ? RelationKindOf<D, N>
    : never
  : string

/** Relation kinds stored as edge items, all handled by `BelongsToMany`. */
type EdgeKind = 'belongsToMany' | 'morphToMany' | 'morphedByMany'

/**
 * What the types know about a relation's target: its model type, attributes and relation paths.
 *
 * @example
 * ```ts
 * interface PostTypes extends RelatedTypes {
 *   readonly model: InstanceType<typeof Post>
 *   readonly attributes: { title: string }
 *   readonly paths: 'author'
 * }
 * ```
 */
export interface RelatedTypes {
  readonly model: unknown
  readonly attributes: object
  readonly paths: string
}

/**
 * A target the types know nothing about (not in `RegisteredModels`, or a morphTo).
 *
 * @example
 * ```ts
 * const target: UnknownRelated['model'] = await comment.related('commentable') as ModelBase
 * ```
 */
export interface UnknownRelated {
  readonly model: ModelBase
  readonly attributes: Record<string, unknown>
  readonly paths: string
}

type InstanceOfRegistered<X> = X extends abstract new (
  ...args: never[]
) => infer I
  ? I
  : X extends AnyDefinition
    ? ModelInstance<X>
    : ModelBase

/** The registered class (or definition) relation `N` of `D` points at. */
type RegisteredTarget<D, N> =
  RelationTargetName<D, N> extends infer T extends keyof RegisteredModels ? RegisteredModels[T] : never

/**
 * The target of relation `N` of `D`: its class's instances when `RegisteredModels` names it.
 *
 * @example
 * ```ts
 * type PostsOfUser = RelatedTypesOf<typeof userDefinition, 'posts'>['model'] // a Post instance when Post is registered
 * ```
 */
export type RelatedTypesOf<D, N> = [RegisteredDefinition<RelationTargetName<D, N>>] extends [never]
  ? UnknownRelated
  : {
      readonly model: InstanceOfRegistered<RegisteredTarget<D, N>>
      readonly attributes: InferAttributes<RegisteredDefinition<RelationTargetName<D, N>>>
      readonly paths: RelationPath<RegisteredDefinition<RelationTargetName<D, N>>>
    }

/**
 * The handle `relation(name)` returns for a relation kind.
 *
 * @example
 * ```ts
 * const roles = user.relation('roles') // RelationHandleOf<'belongsToMany', ...>: the edge API
 * await roles.attach('r1', { grantedAt: new Date().toISOString() })
 * ```
 */
export type RelationHandleOf<Kind, T extends RelatedTypes = UnknownRelated> = Kind extends EdgeKind
  ? BelongsToMany<T['model']>
  : Kind extends 'belongsTo' | 'morphTo'
    ? BelongsToHandle<T['model']>
    : Kind extends 'hasMany' | 'hasOne' | 'morphMany' | 'morphOne'
      ? RelationQuery<T['model'], T['attributes'], T['paths']>
      : RelationHandle

/**
 * What `related(name)` resolves to for a relation kind.
 *
 * @example
 * ```ts
 * type Posts = RelatedOf<'hasMany', InstanceType<typeof Post>> // Post[]
 * type Team = RelatedOf<'belongsTo', InstanceType<typeof Team>> // Team | null
 * ```
 */
export type RelatedOf<Kind, M = ModelBase> = Kind extends 'hasMany' | 'morphMany' | EdgeKind
  ? M[]
  : Kind extends 'belongsTo' | 'morphTo' | 'hasOne' | 'morphOne'
    ? M | null
    : M | M[] | null

/**
 * What a named accessor (`user.team()`) returns: `relation(name)`'s handle, awaitable for single relations.
 *
 * @example
 * ```ts
 * const team = await user.team() // NamedRelationOf<'belongsTo', ...>: awaitable for single relations
 * const posts = await user.posts().where('published', true).get()
 * ```
 */
export type NamedRelationOf<Kind, T extends RelatedTypes = UnknownRelated> = Kind extends
  | 'belongsTo'
  | 'morphTo'
  ? BelongsToRelation<T['model']>
  : Kind extends 'hasOne' | 'morphOne'
    ? HasOneQuery<T['model'], T['attributes'], T['paths']>
    : RelationHandleOf<Kind, T>

/**
 * What `getRelation(name)` gives: the loaded relation when its target is in `RegisteredModels` (`unknown`
 * otherwise, so code that casts it to its own class keeps compiling), or the `<name>Count` from `withCount`.
 *
 * @example
 * ```ts
 * type LoadedTeam = LoadedRelationOf<typeof userDefinition, 'team'>
 * const team = user.getRelation('team') as LoadedTeam
 * ```
 */
export type LoadedRelationOf<D, N> =
  string extends RelationName<D>
    ? unknown
    : N extends RelationName<D>
      ? [RegisteredDefinition<RelationTargetName<D, N>>] extends [never]
        ? unknown
        : RelatedOf<KindOf<D, N>, RelatedTypesOf<D, N>['model']> | undefined
      : number | undefined

/**
 * One method per relation of `D`: `posts()` for `hasMany: ['Post']`, `team()` for `belongsTo: ['Team']`.
 * Empty for loosely typed definitions, whose relation names are not known to the compiler.
 *
 * @example
 * ```ts
 * type Accessors = RelationAccessors<typeof userDefinition> // { posts(): ..., team(): ... }
 * const posts = await user.posts().get()
 * ```
 */
export type RelationAccessors<D> =
  string extends RelationName<D>
    ? unknown
    : { [N in RelationName<D>]: () => NamedRelationOf<KindOf<D, N>, RelatedTypesOf<D, N>> }

/**
 * Relation methods of an instance of definition `D`, typed by the definition's relations.
 *
 * @example
 * ```ts
 * const posts = await user.related('posts') // Post[]
 * const team = user.getRelation('team')
 * ```
 */
export interface TypedRelationMethods<D extends AnyDefinition> {
  /** The relation as a query builder (has*), edge API (belongsToMany) or GetItem handle (belongsTo). */
  relation<N extends RelationName<D>>(name: N): RelationHandleOf<KindOf<D, N>, RelatedTypesOf<D, N>>
  /** Reads the relation now (one GetItem or one Query, plus one BatchGetItem for belongsToMany) and keeps it loaded. */
  related<N extends RelationName<D>>(name: N): Promise<RelatedOf<KindOf<D, N>, RelatedTypesOf<D, N>['model']>>
  /** Eager loads relations onto this model (`load('team', 'posts.comments')`). */
  load(...relations: EagerInput<RelationPath<D>>[]): Promise<this>
  /** A loaded relation value (or `<name>Count` from withCount); undefined when not loaded. */
  getRelation<N extends RelationName<D> | `${RelationName<D>}Count`>(name: N): LoadedRelationOf<D, N>
  relationLoaded(name: string): boolean
  /** The edge attributes when read through a belongsToMany relation. */
  pivotAttributes(): Readonly<Record<string, unknown>> | undefined
  /** Self-referential trees: parent, grandparent, ... (one GetItem per level). */
  ancestors(options?: TreeOptions): Promise<ModelBase[]>
  /** Self-referential trees: every node below, breadth first (one Query per node). */
  descendants(options?: TreeOptions): Promise<ModelBase[]>
  getTree(options?: TreeOptions): Promise<TreeNode>
}

/**
 * The same methods on `ModelBase` (rows of relation queries), where relation names are plain strings.
 *
 * @example
 * ```ts
 * const row = (await Post.query().first())!
 * const author = await row.related('author')
 * console.log(row.relationLoaded('author'))
 * ```
 */
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
