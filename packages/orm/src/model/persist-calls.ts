import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// save(), delete(), forceDelete() and restore() run the write path, which loads on the first write
// (lazy-writes.ts): a process that only reads never compiles it.

/** Inserts a new model: PutItem with `attribute_not_exists(pk)` (plus unique guards in one transaction). */
export const insertModel = lazyCall(() => writeChunk().then((m) => m.insertModel))
/** Updates a stored model: UpdateItem of the dirty attributes only; no request when nothing changed. */
export const updateModel = lazyCall(() => writeChunk().then((m) => m.updateModel))
/**
 * Soft delete (sets the soft-delete attribute, drops the item from live-only indexes) when the model uses
 * soft deletes, else a real delete with its unique guards. Resolves false when a `deleting` hook cancels.
 */
export const deleteModel = lazyCall(() => writeChunk().then((m) => m.deleteModel))
/** Deletes the item for good (and its unique guards), soft deletes or not. */
export const forceDeleteModel = lazyCall(() => writeChunk().then((m) => m.forceDeleteModel))
/** Clears the soft-delete attribute; the item reappears in queries and live-only indexes. */
export const restoreModel = lazyCall(() => writeChunk().then((m) => m.restoreModel))
