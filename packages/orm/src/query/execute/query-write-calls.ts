import { lazyCall } from '../../lazy-call'
import { writeChunk } from '../../write-chunk'

// query().update()/delete() run the write path, which loads on the first write (lazy-writes.ts).

/**
 * Updates every match through `planUpdate` (changed attributes only, index keys re-rendered, unique
 * guards moved, versions checked against what was read). Like Laravel's mass update, model events do
 * not fire. Returns the number of items written.
 */
export const updateMatching = lazyCall(() => writeChunk().then((m) => m.updateMatching))
/**
 * Deletes every match: soft-deleting models get the soft-delete timestamp (and drop out of live-only
 * indexes), others are removed with their unique guards. Returns the number of items written.
 */
export const deleteMatching = lazyCall(() => writeChunk().then((m) => m.deleteMatching))
