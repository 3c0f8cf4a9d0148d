import { lazyCall } from '../../lazy-call'

// query().update()/delete() run the write path, which loads on the first write (lazy-writes.ts).
const writes = () => import('../../lazy-writes')

/**
 * Updates every match through `planUpdate` (changed attributes only, index keys re-rendered, unique
 * guards moved, versions checked against what was read). Like Laravel's mass update, model events do
 * not fire. Returns the number of items written.
 */
export const updateMatching = lazyCall(() => writes().then((m) => m.updateMatching))
/**
 * Deletes every match: soft-deleting models get the soft-delete timestamp (and drop out of live-only
 * indexes), others are removed with their unique guards. Returns the number of items written.
 */
export const deleteMatching = lazyCall(() => writes().then((m) => m.deleteMatching))
