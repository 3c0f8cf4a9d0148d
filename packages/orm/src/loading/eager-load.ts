import type { RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { FindOptions } from '../model/instance-types'
import type { ModelBase } from '../model/model-base'
import { keyAttributes } from '../model/read'
import { SOFT_DELETE_SCOPE } from '../model/scopes'
import { observeCall } from '../observability/observe-call'
import { type CollectionPlan, inCollection, planCollectionRead } from '../relations/collection-plan'
import { type CollectionItems, readCollection } from '../relations/collection-read'
import { setLoaded } from '../relations/loaded-store'
import { DEFAULT_CONCURRENCY, mapLimited } from '../relations/map-limited'
import { attributesOf, relationOf } from '../relations/resolve'
import type { EagerNode, EagerTree } from './eager-spec'
import { loadRelation } from './load-relation'

type Loaded = ModelBase | ModelBase[] | null

function groupByEntity(models: readonly ModelBase[]): Map<string, ModelBase[]> {
  const groups = new Map<string, ModelBase[]>()
  for (const model of models) {
    const name = model.$meta.name
    const group = groups.get(name)
    if (group) group.push(model)
    else groups.set(name, [model])
  }
  return groups
}

/**
 * Loads every relation of `tree` onto `models` (readable with `getRelation(name)`), level by level:
 * the children of all parents are gathered before the next level loads, so `posts.comments` over 50
 * users costs the posts requests plus the comments requests, never a request per (user, post) pair
 * beyond one Query per post. Two or more relations kept in each parent's item collection
 * (`with('comments', 'likes')`) cost one Query per parent together, not one each.
 *
 * @example
 * ```ts
 * const users = await User.query().get()
 * await eagerLoad([...users], parseEager(['posts.comments']))
 * ```
 */
export async function eagerLoad(
  models: readonly ModelBase[],
  tree: EagerTree,
  concurrency = DEFAULT_CONCURRENCY,
): Promise<void> {
  if (models.length === 0 || tree.size === 0) return
  for (const [entity, group] of groupByEntity(models)) {
    const ctx = (group[0] as ModelBase).$ctx
    const merged = await loadCollections(ctx, entity, group, tree, concurrency)
    for (const [name, node] of tree) {
      if (merged.has(name)) continue
      const relation = relationOf(ctx, entity, name)
      const load = () =>
        loadRelation(ctx, entity, group, relation, { constraint: node.constraint, concurrency })
      const loaded = await (ctx.options.observer
        ? observeCall(
            ctx,
            `${entity}.load(${name})`,
            { entity: relation.target ?? entity, pattern: `eager load ${entity}.${name}` },
            load,
          )
        : load())
      await store(loaded, name, node, concurrency)
    }
  }
}

/** Sets the loaded values, then loads the next level below them. */
async function store(
  loaded: ReadonlyMap<ModelBase, Loaded>,
  name: string,
  node: EagerNode,
  concurrency: number,
): Promise<void> {
  const next: ModelBase[] = []
  for (const [parent, value] of loaded) {
    setLoaded(parent, name, value)
    if (Array.isArray(value)) next.push(...value)
    else if (value) next.push(value)
  }
  if (node.children.size > 0) await eagerLoad(next, node.children, concurrency)
}

/**
 * Top-level relations of `tree` that a collection Query can answer: in-collection hasMany/hasOne without
 * a `with()` constraint on targets without custom global scopes (a Query cannot apply those per type).
 */
function collectionRelations(ctx: OrmContext, entity: string, tree: EagerTree): RelationDesign[] {
  const out: RelationDesign[] = []
  for (const [name, node] of tree) {
    if (node.constraint) continue
    const relation = relationOf(ctx, entity, name)
    if (!inCollection(relation)) continue
    const scopes = ctx.scopes.global(relation.target ?? '')
    if (scopes.some((scope) => scope.name !== SOFT_DELETE_SCOPE)) continue
    out.push(relation)
  }
  return out
}

/** Loaded parents with two or more collection relations: one Query per parent reads them all. */
async function loadCollections(
  ctx: OrmContext,
  entity: string,
  group: readonly ModelBase[],
  tree: EagerTree,
  concurrency: number,
): Promise<Set<string>> {
  const relations = collectionRelations(ctx, entity, tree)
  if (relations.length < 2) return new Set()
  const plans: CollectionPlan[] = []
  for (const parent of group) {
    const plan = planCollectionRead(ctx.design, entity, attributesOf(parent), relations, false)
    if (!plan) return new Set()
    plans.push(plan)
  }
  const read = await mapLimited(plans, concurrency, (plan) => readCollection(ctx, plan))
  return settleCollections(ctx, group, plans, read, tree, concurrency)
}

/** Hydrates what collection Queries read onto their parents and loads the levels below. */
async function settleCollections(
  ctx: OrmContext,
  parents: readonly ModelBase[],
  plans: readonly CollectionPlan[],
  read: readonly CollectionItems[],
  tree: EagerTree,
  concurrency: number,
): Promise<Set<string>> {
  const done = new Set<string>()
  for (const member of plans[0]?.members ?? []) {
    const { relation } = member
    const loaded = new Map<ModelBase, Loaded>()
    parents.forEach((parent, index) => {
      const items = read[index]?.related.get(relation.name) ?? []
      const rows = items.map((item) => ctx.hydrate(relation.target as string, item))
      loaded.set(parent, relation.kind === 'hasOne' ? (rows[0] ?? null) : rows)
    })
    const node = tree.get(relation.name)
    if (node) await store(loaded, relation.name, node, concurrency)
    done.add(relation.name)
  }
  return done
}

/** A model class (`orm.model('Post')`, `class Admin extends Model(def) {}`). */
/** A model class, as the finders take it (the instance type is what they resolve). */
export type ModelClassLike = abstract new (...args: never[]) => unknown

function isTrashed(ctx: OrmContext, entity: string, item: Readonly<Record<string, unknown>>): boolean {
  const attribute = ctx.entity(entity).softDeleteAttribute
  return attribute !== null && item[attribute] !== undefined && item[attribute] !== null
}

/** The widest collection Query for the parent and its collection relations: all of them, else one. */
function parentPlan(
  ctx: OrmContext,
  entity: string,
  key: Readonly<Record<string, unknown>>,
  relations: readonly RelationDesign[],
): CollectionPlan | null {
  const all = planCollectionRead(ctx.design, entity, key, relations, true)
  if (all || relations.length < 2) return all
  for (const relation of relations) {
    const one = planCollectionRead(ctx.design, entity, key, [relation], true)
    if (one) return one
  }
  return null
}

/**
 * `findWithRelations` for an already parsed tree (what a builder's `with()` recorded).
 *
 * @example
 * ```ts
 * const post = await findWithTree(Post, 'p1', parseEager(['comments']))
 * ```
 */
export async function findWithTree<C extends ModelClassLike>(
  cls: C,
  key: unknown,
  tree: EagerTree,
  options: FindOptions = {},
): Promise<InstanceType<C> | null> {
  const model = cls as unknown as typeof ModelBase
  const ctx = model.ctx()
  const entity = model.modelName
  const candidates = collectionRelations(ctx, entity, tree)
  const keyValues = keyAttributes(ctx.entity(entity), key)
  const plan = candidates.length > 0 ? parentPlan(ctx, entity, keyValues, candidates) : null
  if (!plan) {
    const found = await model.find(key, options)
    if (found) await eagerLoad([found], tree)
    return found as InstanceType<C> | null
  }
  const read = await readCollection(ctx, plan, options.consistentRead ?? ctx.options.consistentRead)
  if (!read.parent || (!options.withTrashed && isTrashed(ctx, entity, read.parent))) return null
  const parent = model.hydrate(read.parent)
  const done = await settleCollections(ctx, [parent], [plan], [read], tree, DEFAULT_CONCURRENCY)
  const rest = new Map([...tree].filter(([name]) => !done.has(name)))
  await eagerLoad([parent], rest)
  return parent as InstanceType<C>
}
