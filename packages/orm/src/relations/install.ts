import type { ModelDefinition, RelationKindOf, RelationNames } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import { eagerLoad } from '../loading/eager-load'
import { type EagerInput, parseEager } from '../loading/eager-spec'
import type { AnyDefinition } from '../model/attribute-types'
import { ModelBase } from '../model/model-base'
import { type BelongsToHandle, fetchRelation, type RelationHandle, relation } from './access'
import type { BelongsToMany } from './belongs-to-many'
import type { RelationQuery } from './has-query'
import { getLoaded, isLoaded, setLoaded } from './loaded-store'
import { pivotOf } from './pivot-store'
import { ancestors, descendants, getTree, type TreeNode, type TreeOptions } from './tree'

type RelationName<D> = D extends ModelDefinition ? RelationNames<D> & string : string

/** The handle `relation(name)` returns for a relation kind. */
export type RelationHandleOf<Kind> = Kind extends 'belongsToMany'
  ? BelongsToMany
  : Kind extends 'belongsTo' | 'morphTo'
    ? BelongsToHandle
    : Kind extends 'hasMany' | 'hasOne' | 'morphMany' | 'morphOne'
      ? RelationQuery
      : RelationHandle

/** What `related(name)` resolves to for a relation kind. */
export type RelatedOf<Kind> = Kind extends 'hasMany' | 'morphMany' | 'belongsToMany'
  ? ModelBase[]
  : Kind extends 'belongsTo' | 'morphTo' | 'hasOne' | 'morphOne'
    ? ModelBase | null
    : ModelBase | ModelBase[] | null

type KindOf<D, N> = D extends ModelDefinition
  ? N extends RelationNames<D>
    ? RelationKindOf<D, N>
    : never
  : string

declare module '../model/instance-types' {
  interface ModelMethods<D extends AnyDefinition> {
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
}

declare module '../model/model-base' {
  interface ModelBase extends RelationMethods {}
}

interface RelationMethods {
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

const methods: RelationMethods & ThisType<ModelBase> = {
  relation(name) {
    return relation(this, name)
  },
  async related(name) {
    const value = await fetchRelation(this, name)
    setLoaded(this, name, value)
    return value
  },
  async load(...relations) {
    await eagerLoad([this], parseEager(relations))
    return this
  },
  getRelation(name) {
    return getLoaded(this, name)
  },
  relationLoaded(name) {
    return isLoaded(this, name)
  },
  pivotAttributes() {
    return pivotOf(this)
  },
  ancestors(options) {
    return ancestors(this, options)
  },
  descendants(options) {
    return descendants(this, options)
  },
  getTree(options) {
    return getTree(this, options)
  },
}

const designsDone = new WeakSet<object>()

/**
 * Named relation methods (`user.posts()`, `post.user()`) for every relation of a design, defined on the
 * model base prototype the first time a model class resolves its context. Names that are already methods
 * or attributes are left alone (use `relation(name)` for those).
 */
function installNamedRelations(ctx: OrmContext): void {
  if (designsDone.has(ctx.design)) return
  designsDone.add(ctx.design)
  const proto = ModelBase.prototype as unknown as Record<string, unknown>
  for (const entity of Object.values(ctx.design.entities)) {
    for (const name of Object.keys(entity.relations)) {
      if (name in proto || Object.values(ctx.design.entities).some((e) => name in e.attributes)) continue
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value(this: ModelBase) {
          return relation(this, name)
        },
      })
    }
  }
}

let installed = false

/** Adds the relation methods to every model instance (idempotent). */
export function installRelations(): void {
  if (installed) return
  installed = true
  for (const [name, value] of Object.entries(methods))
    Object.defineProperty(ModelBase.prototype, name, { configurable: true, writable: true, value })
  const original = ModelBase.ctx
  ModelBase.ctx = function (this: typeof ModelBase) {
    const ctx = original.call(this)
    installNamedRelations(ctx)
    return ctx
  }
}
