import { appendFileSync, writeFileSync } from 'node:fs'
import type { AttributeMap } from '@dbtooling/dynamo-client'
import type { EntityDesign } from '@dbtooling/schema'
import { batchPut, batchWrite } from '../batch/batch-write'
import type { OrmHandle } from '../orm/default-orm'
import { upsert } from '../write-ops/upsert'
import { clearCheckpoint, readCheckpoint, writeCheckpoint } from './checkpoint'
import type { TransferSource } from './export-table'
import { FlushPipeline } from './flush-pipeline'
import { checkFormat, formatOfFile, type TransferFormat } from './formats'
import { type ImportModel, rowToModelAttributes } from './model-rows'
import { readRows, type SourceRow } from './read-rows'
import { positive, TransferError } from './transfer-error'

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
  /** Rows per flush (default 500, sent as BatchWriteItem requests of 25; the checkpoint moves per flush). */
  readonly batchSize?: number
  /**
   * BatchWriteItem requests in flight (default 16). Two flushes overlap (the next rows are read while the
   * last are written), each with half of them.
   */
  readonly concurrency?: number
  /** Upper bound on items written per second (default: as fast as DynamoDB takes them). */
  readonly writesPerSecond?: number
  readonly onProgress?: (progress: ImportProgress) => void
}

export interface ImportProgress {
  readonly read: number
  readonly written: number
  readonly rejected: number
  readonly itemsPerSecond: number
}

export interface ImportResult extends ImportProgress {
  /** Rows skipped because a checkpoint said they were done (a resumed import). */
  readonly resumedAfterLine: number
  readonly dryRun: boolean
  readonly reportFile: string
}

interface Batch {
  readonly rows: Array<
    { line: number; item: AttributeMap } | { line: number; attributes: Record<string, unknown> }
  >
  lastLine: number
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
  const pipeline = new FlushPipeline(FLUSHES_IN_FLIGHT, resumed?.written ?? 0, async (settled) => {
    if (!options.dryRun) writeCheckpoint(checkpointFile, { file: options.file, ...settled })
    await throttle(options.writesPerSecond, settled.written, started)
    options.onProgress?.({ ...settled, itemsPerSecond: rate(settled.written) })
  })
  const concurrency = Math.max(
    1,
    Math.floor(positive(options.concurrency ?? 16, 'concurrency') / FLUSHES_IN_FLIGHT),
  )
  let batch: Batch = { rows: [], lastLine: resumed?.line ?? 0 }
  const flush = async () => {
    const rows = batch
    batch = { rows: [], lastLine: batch.lastLine }
    const write = () =>
      options.dryRun || rows.rows.length === 0
        ? Promise.resolve(0)
        : writeBatch(target, model, rows, concurrency)
    await pipeline.push(write, { line: rows.lastLine, ...counts })
  }
  for await (const row of readRows(options.file, format, gzip)) {
    if (resumed && row.line <= resumed.line) continue
    counts.read += 1
    batch.lastLine = row.line
    const accepted = await acceptRow(row, model, target, options)
    if (typeof accepted === 'string') reject(row, accepted)
    else batch.rows.push(accepted)
    if (batch.rows.length >= batchSize) await flush()
  }
  await flush()
  await pipeline.drain()
  if (!options.dryRun) clearCheckpoint(checkpointFile)
  return {
    ...counts,
    written: pipeline.written,
    itemsPerSecond: rate(pipeline.written),
    resumedAfterLine: resumed?.line ?? 0,
    dryRun: options.dryRun === true,
    reportFile,
  }
}

/** Flushes in flight at once: one being written while the next is read and decoded. */
const FLUSHES_IN_FLIGHT = 2

interface ResolvedImportModel {
  readonly entity: EntityDesign
  readonly Model: ImportModel
}

function resolveModel(target: OrmHandle, name: string): ResolvedImportModel {
  return {
    entity: target.ctx.entity(name).design,
    Model: target.ctx.models.classFor(name) as unknown as ImportModel,
  }
}

/** The row ready to write, or the reason it is rejected. */
async function acceptRow(
  row: SourceRow,
  model: ResolvedImportModel | null,
  target: TransferSource,
  options: ImportOptions,
): Promise<Batch['rows'][number] | string> {
  if ('error' in row) return row.error.message
  if (!model) {
    if (!('item' in row)) return 'a row without a model must be a whole item'
    const { partitionKey, sortKey } = target.design
    for (const key of [partitionKey, sortKey]) {
      const value = row.item[key]
      if (!value || !('S' in value)) return `missing the table key attribute "${key}" (a string)`
    }
    return { line: row.line, item: row.item }
  }
  try {
    const attributes = await rowToModelAttributes(row, model.entity, model.Model, {
      file: options.file,
      columns: options.columns ?? {},
      entityTypeAttribute: target.design.entityTypeAttribute,
    })
    return { line: row.line, attributes }
  } catch (error) {
    return (error as Error).message
  }
}

async function writeBatch(
  target: TransferSource & OrmHandle,
  model: ResolvedImportModel | null,
  batch: Batch,
  concurrency: number,
): Promise<number> {
  if (!model) {
    const writes = batch.rows.map((r) => ({ PutRequest: { Item: (r as { item: AttributeMap }).item } }))
    const out = await target.client.batchWriteAll(
      { RequestItems: { [target.tableName]: writes } },
      { concurrency },
    )
    return out.written
  }
  const rows = batch.rows.map((r) => (r as { attributes: Record<string, unknown> }).attributes)
  const ModelClass = model.Model as never
  if (model.entity.uniqueGuards.length > 0) {
    // Guard items need transactions: one upsert per row (idempotent: the guard already names this item).
    await Promise.all(rows.map((attributes) => upsert(ModelClass, attributes as never)))
    return rows.length
  }
  await batchWrite(
    target,
    rows.map((attributes) => batchPut(ModelClass, attributes as never)),
    { concurrency },
  )
  return rows.length
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
