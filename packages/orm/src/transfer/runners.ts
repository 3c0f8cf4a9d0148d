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

// On-demand backups, point-in-time restores and S3 exports/imports: the same chunk, on first call.
/**
 * An on-demand backup on AWS. DynamoDB Local has no backups: there the table is exported to a gzipped
 * NDJSON snapshot instead (every type exact), and the result says so.
 *
 * @example
 * ```ts
 * const backup = await backupTable(orm, { name: 'before-migration' })
 * if (backup.kind === 'file-snapshot') console.log(backup.note, backup.file)
 * ```
 */
export const backupTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.backupTable))
/**
 * A backup ARN into a new table (AWS), or a snapshot file into this ORM's table, created first when it is
 * missing (anywhere, DynamoDB Local included: that is how local backups come back).
 *
 * @example
 * ```ts
 * await restoreTable(orm, { from: 'arn:aws:dynamodb:eu-west-1:123456789012:table/app/backup/0170', toTable: 'app-restored' })
 * await restoreTable(localOrm, { from: '.dbtooling/backups/app-2026-12-07.ndjson.gz' }) // a local snapshot
 * ```
 */
export const restoreTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.restoreTable))
/**
 * RestoreTableToPointInTime of this ORM's table into `toTable`. Needs point-in-time recovery on the table
 * (`BackupError` `PointInTimeRecoveryUnavailableException` otherwise, with the call that turns it on).
 * DynamoDB Local has no PITR: `TransferError` `NOT_AVAILABLE_LOCALLY`, pointing at file snapshots.
 *
 * @example
 * ```ts
 * try {
 *   await restoreToPointInTime(orm, { toTable: 'app-at-noon', at: new Date('2026-12-07T12:00:00Z') })
 * } catch (error) {
 *   if (error instanceof TransferError && error.code === 'NOT_AVAILABLE_LOCALLY') await restoreTable(orm, { from: snapshot })
 *   else throw error
 * }
 * ```
 */
export const restoreToPointInTime = lazyCall(() =>
  import('../lazy-subsystems').then((m) => m.restoreToPointInTime),
)
/**
 * ExportTableToPointInTime of this ORM's table to S3 (needs PITR on the table; reads no capacity). DynamoDB
 * Local has none: `TransferError` `NOT_AVAILABLE_LOCALLY`, pointing at `exportTable` with the same line format.
 *
 * @example
 * ```ts
 * const { ExportArn, ExportStatus } = await exportToS3(orm, { bucket: 'my-exports', prefix: 'app' })
 * ```
 */
export const exportToS3 = lazyCall(() => import('../lazy-subsystems').then((m) => m.exportToS3))
/**
 * ImportTable from S3 into a new table with this ORM's key schema, indexes and billing. ImportTable cannot
 * create local secondary indexes, so a design with LSIs is refused before anything is sent.
 *
 * @example
 * ```ts
 * const { ImportArn, ImportStatus } = await importFromS3(orm, {
 *   bucket: 'my-exports',
 *   prefix: 'app/AWSDynamoDB/01701234567890-abcdef12/data/',
 *   compression: 'GZIP',
 *   tableName: 'app-imported',
 * })
 * ```
 */
export const importFromS3 = lazyCall(() => import('../lazy-subsystems').then((m) => m.importFromS3))
