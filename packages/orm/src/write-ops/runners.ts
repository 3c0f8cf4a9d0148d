import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// The write helpers load on their first call (see lazy-writes.ts); each has the type and the documentation
// of the function it runs (write-ops/insert.ts, upsert.ts, counters.ts, collections.ts, ...).

/**
 * Inserts one new item: PutItem failing when the key exists (with its unique guards in one transaction),
 * ids/timestamps/validation as in `save()`, no lifecycle hooks and no mass-assignment filter (like
 * Eloquent's `insert`). `condition` adds a check on the item being replaced (only meaningful with
 * `ifNotExists: false`).
 *
 * @example
 * ```ts
 * const user = await insert(User, { id: 'u1', email: 'ada@example.com' }) // fails if u1 exists
 * ```
 */
export const insert = lazyCall(() => writeChunk().then((m) => m.insert))
/**
 * Inserts many items. Without unique attributes or conditions: BatchWriteItem (25 per request, replaces
 * existing keys, unprocessed writes retried; leftovers raise UnprocessedWritesError with the rows not
 * written). With unique attributes, `ifNotExists` or `condition`: TransactWriteItems of up to 100 actions
 * each (an item with its guards never spans two), so guards and conditions hold; each transaction is
 * atomic, the whole call is not. Returns the stored instances in row order.
 *
 * @example
 * ```ts
 * const posts = await insertMany(Post, [{ title: 'One' }, { title: 'Two' }])
 * ```
 */
export const insertMany = lazyCall(() => writeChunk().then((m) => m.insertMany))
/**
 * Creates the item or updates the given attributes of the existing one, in one UpdateItem: attributes
 * not given keep their stored values (defaults and `createdAt` apply only when the item is new). Models
 * with unique attributes read the item first so their guards move in the same transaction. Accepts
 * `ifExists` / `expectVersion` / `condition`. Resolves to the stored item as an instance.
 *
 * @example
 * ```ts
 * const user = await upsert(User, { id: 'u1', name: 'Ada' }) // creates u1, or updates only its name
 * ```
 */
export const upsert = lazyCall(() => writeChunk().then((m) => m.upsert))
/**
 * Adds `by` (default 1) to a number attribute server side (`ADD`), so concurrent increments never lose
 * one; a missing attribute counts as 0. Only number attributes compile. Touches `updatedAt`, bumps the
 * version of versioned models, and fails with ConditionalCheckFailedError when the item does not exist.
 * An `ADD` whose answer is lost after DynamoDB applied it is applied again by the retry: pass
 * `{ idempotent: true }` where a double count matters (see AtomicWriteOptions).
 *
 * ```ts
 * await increment(post, 'views')                  // instance: post.views is the new stored value
 * const p = await increment(Post, 'p1', 'views', 5) // by key: returns the updated Post
 * ```
 *
 * @example
 * ```ts
 * await increment(post, 'views')
 * const p = await increment(Post, 'p1', 'views', 5)
 * ```
 */
export const increment = lazyCall(() => writeChunk().then((m) => m.increment))
/**
 * Subtracts `by` (default 1) from a number attribute server side; see `increment`.
 *
 * @example
 * ```ts
 * await decrement(product, 'stock') // by 1
 * await decrement(Product, 'p1', 'stock', 3, { condition: ge('stock', 3) })
 * ```
 */
export const decrement = lazyCall(() => writeChunk().then((m) => m.decrement))
/**
 * Adds elements to a set attribute server side (`ADD`, creating the set when missing); elements already
 * present stay once. No request is made for an empty list of values.
 *
 * @example
 * ```ts
 * await addToSet(post, 'tags', ['dynamodb', 'orm'])
 * await addToSet(Post, 'p1', 'tags', ['news']) // by key
 * ```
 */
export const addToSet = lazyCall(() => writeChunk().then((m) => m.addToSet))
/**
 * Removes elements from a set attribute server side (`DELETE`); an emptied set disappears.
 *
 * @example
 * ```ts
 * await removeFromSet(post, 'tags', ['draft'])
 * ```
 */
export const removeFromSet = lazyCall(() => writeChunk().then((m) => m.removeFromSet))
/**
 * Appends to a list attribute server side (`list_append`, a missing list counts as empty).
 *
 * @example
 * ```ts
 * await appendToList(order, 'events', [{ at: Date.now(), kind: 'shipped' }])
 * ```
 */
export const appendToList = lazyCall(() => writeChunk().then((m) => m.appendToList))
/**
 * Prepends to a list attribute server side (`list_append(values, list)`).
 *
 * @example
 * ```ts
 * await prependToList(feed, 'items', ['newest'])
 * ```
 */
export const prependToList = lazyCall(() => writeChunk().then((m) => m.prependToList))
/**
 * Removes list elements by position server side (`REMOVE list[i]`); several indexes are removed from the
 * list as it was, so `[0, 2]` drops the first and the third element. Indexes past the end are ignored.
 *
 * @example
 * ```ts
 * await removeFromList(todo, 'steps', [0, 2]) // drops the first and the third step
 * ```
 */
export const removeFromList = lazyCall(() => writeChunk().then((m) => m.removeFromList))
/**
 * Removes attributes from the stored item (`REMOVE`). Sparse index keys built from a removed attribute
 * are removed along (the item leaves that index); a removed unique attribute frees its guard item in
 * the same transaction. Primary key attributes and attributes a non-sparse index needs are refused.
 *
 * @example
 * ```ts
 * await removeAttribute(task, 'dueAt') // the task leaves the sparse byDue index
 * ```
 */
export const removeAttribute = lazyCall(() => writeChunk().then((m) => m.removeAttribute))
/**
 * Deletes an item by key, for good, only if the conditions hold (`ifExists` is the default;
 * `ifExists: false` makes a missing item a no-op). Models with unique attributes read the item first so
 * its guard items go in the same transaction. No hooks run (use `model.delete()` for those); soft-delete
 * models are deleted for real. A false condition raises ConditionalCheckFailedError with the stored item,
 * a wrong `expectVersion` VersionConflictError.
 *
 * @example
 * ```ts
 * await deleteByKey(Post, 'p1')
 * await deleteByKey(Post, 'p2', { ifExists: false }) // no error when it is gone already
 * ```
 */
export const deleteByKey = lazyCall(() => writeChunk().then((m) => m.deleteByKey))
/**
 * Insert of a new model; null when a `saving`/`creating` hook cancelled it.
 *
 * @example
 * ```ts
 * const prepared = await prepareInsert(new User({ email: 'ada@example.com' }))
 * if (prepared) console.log(prepared.plan.describe)
 * ```
 */
export const prepareInsert = lazyCall(() => writeChunk().then((m) => m.prepareInsert))
/**
 * Update of a stored model's dirty attributes; null when cancelled, an empty plan when nothing changed.
 *
 * @example
 * ```ts
 * user.name = 'Ada Lovelace'
 * const prepared = await prepareUpdate(user)
 * if (prepared) console.log(prepared.plan.describe) // one UpdateItem of name and updatedAt
 * ```
 */
export const prepareUpdate = lazyCall(() => writeChunk().then((m) => m.prepareUpdate))
/**
 * Soft delete (models with soft deletes) or delete with guards; null when a hook cancelled it.
 *
 * @example
 * ```ts
 * const prepared = await prepareDelete(post, { force: true })
 * if (prepared) {
 *   await executePlan(orm.ctx, prepared.plan)
 *   await prepared.commit()
 * }
 * ```
 */
export const prepareDelete = lazyCall(() => writeChunk().then((m) => m.prepareDelete))
