import { appendFileSync, writeFileSync } from 'node:fs'
import type { OrmHandle } from '../orm/default-orm'
import { clearCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint'
import type { TransferSource } from './export-table'
import { checkFormat, formatOfFile, type TransferFormat } from './formats'
import { type AcceptedRow, acceptItem, acceptModelRow, resolveModel, writeRows } from './import-rows'
import { readRows, type SourceRow } from './read-rows'
import { positive, TransferError } from './transfer-error'
import { WriteWindow } from './write-window'

/**
 * Options of `importTable`: the file and format, the model rows go through (and CSV column names), dry run,
 * report and checkpoint files, and the pace (batch size, concurrency, writes per second).
 *
 * @example
 * ```ts
 * const options: ImportOptions = { file: 'products.csv', model: 'Product', dryRun: true, writesPerSecond: 500 }
 * const { rejected } = await importTable(orm, options)
 * ```
 */
export interface ImportOptions {
  readonly file: string
  /** Default: from the file name, else `ndjson`. */
  readonly format?: TransferFormat
  /** Default: when the file name ends in `.gz`. */
  readonly gzip?: boolean
  /**
   * Import each row through this model: validated, ids and timestamps filled, index keys and unique guards
   * written as the ORM writes them. Without it, rows are whole items written as they are (an export of a table).
   */
  readonly model?: string
  /** CSV column -> attribute names, for columns named otherwise than the model's attributes. */
  readonly columns?: Readonly<Record<string, string>>
  /** Read, decode and validate everything, write nothing; the report still lists every bad row. */
  readonly dryRun?: boolean
  /** Rejected rows as NDJSON `{line, reason, row}` (default `<file>.rejected.ndjson`). */
  readonly reportFile?: string
  /** Resume state (default `<file>.checkpoint.json`); removed when the import finishes. */
  readonly checkpointFile?: string
  /** Rows per checkpoint (default 500): the checkpoint and `onProgress` move once all of them are written. */
  readonly batchSize?: number
  /**
   * Write requests in flight (default 16): BatchWriteItem requests of 25 rows, or one transaction per row for
   * a model with unique attributes. A new request starts as soon as one ends, while the next rows are read.
   */
  readonly concurrency?: number
  /** Upper bound on items written per second (default: as fast as DynamoDB takes them). */
  readonly writesPerSecond?: number
  readonly onProgress?: (progress: ImportProgress) => void
}

/**
 * Counts of an import so far, passed to `onProgress` each time a batch of rows is written.
 *
 * @example
 * ```ts
 * await importTable(orm, {
 *   file: 'big.ndjson.gz',
 *   onProgress: (p: ImportProgress) => console.log(`${p.written}/${p.read} (${p.rejected} rejected) ${p.itemsPerSecond}/s`),
 * })
 * ```
 */
export interface ImportProgress {
  readonly read: number
  readonly written: number
  readonly rejected: number
  readonly itemsPerSecond: number
}

/**
 * What `importTable` did: rows read, written and rejected (`read = written + rejected`), where the rejected
 * rows are reported, and the line a resumed import started after.
 *
 * @example
 * ```ts
 * const result: ImportResult = await importTable(orm, { file: 'products.csv', model: 'Product' })
 * // { read: 3, written: 2, rejected: 1, reportFile: 'products.csv.rejected.ndjson', dryRun: false, resumedAfterLine: 0, ... }
 * ```
 */
export interface ImportResult extends ImportProgress {
  /** Rows skipped because a checkpoint said they were done (a resumed import). */
  readonly resumedAfterLine: number
  readonly dryRun: boolean
  readonly reportFile: string
}

/**
 * Imports a file into the table: idempotent (items are put under their keys, so a re-run writes the same
 * items), resumable from a checkpoint, and nothing silently dropped: read = written + rejected, and every
 * rejected row is in the report with its line and reason.
 */
export async function importTable(
  target: TransferSource & OrmHandle,
  options: ImportOptions,
): Promise<ImportResult> {
  const format = options.format ? checkFormat(options.format) : (formatOfFile(options.file) ?? 'ndjson')
  const gzip = options.gzip ?? options.file.endsWith('.gz')
  const reportFile = options.reportFile ?? `${options.file}.rejected.ndjson`
  const checkpointFile = options.checkpointFile ?? `${options.file}.checkpoint.json`
  const batchSize = positive(options.batchSize ?? 500, 'batchSize')
  const model = options.model ? resolveModel(target, options.model) : null
  if (!model && format === 'csv') {
    throw new TransferError(
      'INVALID_TRANSFER_OPTIONS',
      'a CSV import needs a model',
      'pass model: the model the rows belong to',
    )
  }
  const resumed = options.dryRun ? null : readCheckpoint(checkpointFile, options.file)
  const counts = { read: resumed?.read ?? 0, rejected: resumed?.rejected ?? 0 }
  if (!resumed) writeFileSync(reportFile, '')
  const started = Date.now()
  const reject = (row: SourceRow, reason: string) => {
    counts.rejected += 1
    appendFileSync(reportFile, `${JSON.stringify({ line: row.line, reason, row: row.raw })}\n`)
  }
  const rate = (written: number) => written / Math.max(0.001, (Date.now() - started) / 1000)
  const window = new WriteWindow(
    positive(options.concurrency ?? 16, 'concurrency'),
    resumed?.written ?? 0,
    async (settled) => {
      if (!options.dryRun) await writeCheckpoint(checkpointFile, { file: options.file, ...settled })
      await throttle(options.writesPerSecond, settled.written, started)
      options.onProgress?.({ ...settled, itemsPerSecond: rate(settled.written) })
    },
  )
  // One request per write: 25 puts, or one transaction for a model whose unique guards need one.
  const rowsPerWrite = model && model.entity.uniqueGuards.length > 0 ? 1 : 25
  let rows: AcceptedRow[] = []
  let sinceCheckpoint = 0
  let lastLine = resumed?.line ?? 0
  const send = async (checkpoint: boolean) => {
    const sending = rows
    rows = []
    const write = () =>
      options.dryRun || sending.length === 0 ? Promise.resolve(0) : writeRows(target, model, sending)
    await window.push(write, checkpoint ? { line: lastLine, ...counts } : null)
  }
  for await (const row of readRows(options.file, format, gzip)) {
    if (resumed && row.line <= resumed.line) continue
    counts.read += 1
    lastLine = row.line
    const accepted = model ? await acceptModelRow(row, model, target, options) : acceptItem(row, target)
    if (typeof accepted === 'string') {
      reject(row, accepted)
      continue
    }
    rows.push(accepted)
    sinceCheckpoint += 1
    const atCheckpoint = sinceCheckpoint >= batchSize
    if (atCheckpoint) sinceCheckpoint = 0
    if (atCheckpoint || rows.length >= rowsPerWrite) await send(atCheckpoint)
  }
  await send(true)
  await window.drain()
  if (!options.dryRun) clearCheckpoint(checkpointFile)
  return {
    ...counts,
    written: window.written,
    itemsPerSecond: rate(window.written),
    resumedAfterLine: resumed?.line ?? 0,
    dryRun: options.dryRun === true,
    reportFile,
  }
}

async function throttle(
  writesPerSecond: number | undefined,
  written: number,
  started: number,
): Promise<void> {
  if (!writesPerSecond) return
  const due = started + (written / writesPerSecond) * 1000
  const wait = due - Date.now()
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
}
