import { lazyCall } from '../lazy-call'
import { writeChunk } from '../write-chunk'

// Batch writes load on the first call (lazy-writes.ts); batchPut/batchDelete only describe entries.
/**
 * Puts and deletes items of any models with BatchWriteItem: 25 per request, unprocessed writes retried
 * with backoff, `onProgress` after every response. Puts replace existing items (no conditions exist in a
 * batch) and get ids, timestamps and validation like `save()`, without hooks. Writes still unprocessed
 * after the last retry raise UnprocessedWritesError with exactly those entries. Models with unique
 * attributes are refused (their guard items need transactions).
 *
 * @example
 * ```ts
 * const { written, models } = await batchWrite(orm, [
 *   batchPut(Post, { title: 'Hello', authorId: 'u1' }),
 *   batchDelete(Post, 'p-old'),
 * ], { onProgress: (p) => console.log(p.processed, '/', p.total) })
 * ```
 */
export const batchWrite = lazyCall(() => writeChunk().then((m) => m.batchWrite))
