import { lazyCall } from '../lazy-call'

// save(), delete(), forceDelete() and restore() run the write path, which loads on the first write
// (lazy-writes.ts): a process that only reads never compiles it.
const writes = () => import('../lazy-writes')

/** Inserts a new model: PutItem with `attribute_not_exists(pk)` (plus unique guards in one transaction). */
export const insertModel = lazyCall(() => writes().then((m) => m.insertModel))
/** Updates a stored model: UpdateItem of the dirty attributes only; no request when nothing changed. */
export const updateModel = lazyCall(() => writes().then((m) => m.updateModel))
/**
 * Soft delete (sets the soft-delete attribute, drops the item from live-only indexes) when the model uses
 * soft deletes, else a real delete with its unique guards. Resolves false when a `deleting` hook cancels.
 */
export const deleteModel = lazyCall(() => writes().then((m) => m.deleteModel))
/** Deletes the item for good (and its unique guards), soft deletes or not. */
export const forceDeleteModel = lazyCall(() => writes().then((m) => m.forceDeleteModel))
/** Clears the soft-delete attribute; the item reappears in queries and live-only indexes. */
export const restoreModel = lazyCall(() => writes().then((m) => m.restoreModel))
