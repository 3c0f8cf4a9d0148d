import { lazyCall } from '../lazy-call'

// Export, import and copy (and the CSV and gzip code they use) load on the first call: see lazy-call.ts.
/**
 * Exports a table, or a selection of it (entity types, key prefix, changes since a watermark, or an ORM query),
 * streaming from a (parallel) Scan or the query's own requests to files in constant memory. Throws a
 * `TransferError` for an unknown format or contradictory options.
 *
 * @example
 * ```ts
 * await exportTable(orm, { file: 'backup/all.ndjson.gz', segments: 4 })
 * const { items, files } = await exportTable(orm, { file: 'out/users.csv', entityTypes: ['User'], chunkItems: 50_000 })
 * await exportTable(orm, { file: 'out/published.ndjson', query: orm.model('Post').where('status', 'published') })
 * ```
 */
export const exportTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.exportTable))
/**
 * Imports a file into the table: idempotent (items are put under their keys), resumable from a checkpoint, and
 * nothing silently dropped: `read = written + rejected`, every rejected row in the report file with its line and
 * reason. With `model`, rows go through the model (validated, ids, timestamps, index keys and unique guards).
 *
 * @example
 * ```ts
 * await importTable(orm, { file: 'backup/all.ndjson.gz' }) // whole items, as exported
 * const result = await importTable(orm, { file: 'products.csv', model: 'Product', columns: { 'Unit price': 'price' } })
 * console.log(`${result.written} written, ${result.rejected} rejected: see ${result.reportFile}`)
 * ```
 */
export const importTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.importTable))
/**
 * Copies a table, or a selection, from one ORM's table to another's (between tables, regions or endpoints:
 * production to DynamoDB Local), anonymising attributes on the way with `transforms`.
 *
 * @example
 * ```ts
 * const { read, written, transformed } = await copyTable(production, local, {
 *   transforms: { User: { email: 'fake', name: 'fake', phone: 'redact', ssn: 'hash' } },
 *   secret: process.env.ANONYMISE_SECRET!,
 * })
 * ```
 */
export const copyTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.copyTable))
