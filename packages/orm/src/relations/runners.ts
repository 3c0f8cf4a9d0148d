import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// Reading relations loads on first use (lazy-writes.ts): a query without with()/load() never compiles
// the loaders. Each has the type and the documentation of the function it runs.

/**
 * Reads the relation now: a model or null for belongsTo/morphTo/hasOne/morphOne (one GetItem or one
 * Query with Limit 1), a list of models for hasMany/morphMany and the edge kinds.
 *
 * @example
 * ```ts
 * const posts = await fetchRelation(user, 'posts') // ModelBase[]
 * const team = await fetchRelation(user, 'team') // ModelBase | null
 * ```
 */
export const fetchRelation = lazyCall(() => writeChunk().then((m) => m.fetchRelation))
/**
 * The parent of each child through a belongsTo relation (morphTo: the parent named by the child's type
 * attribute). Distinct parents are read once: one GetItem for a single parent, else
 * ceil(distinct parents / 100) BatchGetItem requests. Children without a parent map to null.
 *
 * @example
 * ```ts
 * const authors = await loadBelongsTo(orm.ctx, posts, relationOf(orm.ctx, 'Post', 'author'), 'Post')
 * ```
 */
export const loadBelongsTo = lazyCall(() => writeChunk().then((m) => m.loadBelongsTo))
/**
 * Related models of several parents: edges per parent (from `readEdgesOf`), then every distinct related
 * model read once with ceil(distinct / 100) BatchGetItem requests. Results keep edge order.
 *
 * @example
 * ```ts
 * const rolesPerUser = await loadManyToMany(orm.ctx, users, relationDesign, readEdges)
 * ```
 */
export const loadManyToMany = lazyCall(() => writeChunk().then((m) => m.loadManyToMany))
/**
 * The edge items of one parent through a belongsToMany relation: one Query on the relation's access path
 * (the table for the owner side, the inverse GSI for the other side), pages followed until done, filtered
 * on the edge entity type so other items sharing the prefix never leak in. With `stats`, each page is
 * counted into it (pages, items read, capacity).
 */
export const readEdges = lazyCall(() => writeChunk().then((m) => m.readEdges))
/**
 * Parent, grandparent, ... up to the root: one GetItem per level (cached inside `unitOfWork()`).
 *
 * @example
 * ```ts
 * const path = await ancestors(folder) // parent, grandparent, ... up to the root
 * ```
 */
export const ancestors = lazyCall(() => writeChunk().then((m) => m.ancestors))
/**
 * Every node below `model`, level by level (breadth first): each level costs one Query per node of the
 * level before, `concurrency` at a time. Each node's `children` relation is set on the way, so the
 * result doubles as a loaded tree (`getRelation('children')`).
 *
 * @example
 * ```ts
 * const below = await descendants(folder, { concurrency: 4 })
 * ```
 */
export const descendants = lazyCall(() => writeChunk().then((m) => m.descendants))
/**
 * `model` with all its descendants as nested nodes.
 *
 * @example
 * ```ts
 * const tree = await getTree(rootFolder)
 * console.log(tree.children.map((node) => node.model.getAttribute('name')))
 * ```
 */
export const getTree = lazyCall(() => writeChunk().then((m) => m.getTree))
// The edge writes of a belongsToMany (attach, detach, sync, toggle, updateExistingPivot).
export const attachEdges = lazyCall(() => writeChunk().then((m) => m.attachEdges))
export const detachEdges = lazyCall(() => writeChunk().then((m) => m.detachEdges))
export const syncEdges = lazyCall(() => writeChunk().then((m) => m.syncEdges))
export const toggleEdges = lazyCall(() => writeChunk().then((m) => m.toggleEdges))
export const updatePivot = lazyCall(() => writeChunk().then((m) => m.updatePivot))
