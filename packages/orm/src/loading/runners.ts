import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// Eager loading (with(), load(), withCount(), has()) loads on first use (lazy-writes.ts): a query that
// asks for no relation never compiles it. Each has the type and the documentation of the function it runs.

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
export const eagerLoad = lazyCall(() => writeChunk().then((m) => m.eagerLoad))
/**
 * `findWithRelations` for an already parsed tree (what a builder's `with()` recorded).
 *
 * @example
 * ```ts
 * const post = await findWithTree(Post, 'p1', parseEager(['comments']))
 * ```
 */
export const findWithTree = lazyCall(() => writeChunk().then((m) => m.findWithTree))
/**
 * Parents passing every filter; one Limit-1 Query (or GetItem) per parent and filter, `concurrency` at a time.
 *
 * @example
 * ```ts
 * const withoutPosts = await filterByExistence(users, [{ relation: 'posts', exists: false, constraint: null }], 8)
 * ```
 */
export const filterByExistence = lazyCall(() => writeChunk().then((m) => m.filterByExistence))
/**
 * `withCount`: sets `<name>Count` on each parent (`getRelation('postsCount')`); one COUNT Query per parent.
 *
 * @example
 * ```ts
 * await loadCounts(users, new Map([['posts', null]]), 8)
 * console.log(users[0]?.getRelation('postsCount'))
 * ```
 */
export const loadCounts = lazyCall(() => writeChunk().then((m) => m.loadCounts))
/**
 * One relation for many parents, never one request per parent where a batch exists:
 * - belongsTo/morphTo: distinct parent keys, ceil(distinct / 100) BatchGetItem (one GetItem for one);
 * - hasMany/hasOne/morph*: one Query per parent (Limit 1 for the "one" kinds), `concurrency` at a time;
 * - belongsToMany/morphToMany/morphedByMany: one edge Query per parent, then ceil(distinct related / 100)
 *   BatchGetItem (morph edges are read under the relation's type prefix, so `tag.posts` never sees videos).
 *
 * @example
 * ```ts
 * const byParent = await loadRelation(orm.ctx, 'User', users, relationOf(orm.ctx, 'User', 'posts'), { constraint: null, concurrency: 8 })
 * ```
 */
export const loadRelation = lazyCall(() => writeChunk().then((m) => m.loadRelation))
/**
 * Existence filters, then `with()` loads, then `withCount()` counts, on the model rows of a read; rows
 * that are not models pass through untouched. Filtering first means relations are only loaded onto
 * rows that are kept.
 */
export const finishRows = lazyCall(() => writeChunk().then((m) => m.finishRows))
