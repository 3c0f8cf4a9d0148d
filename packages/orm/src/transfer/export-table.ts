import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { AttributeMap, AttributeValue, DynamoClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { checkQueryOptions, type ExportableQuery, queryPages } from './export-pages'
import { checkFormat, formatOfFile, type TransferFormat } from './formats'
import { ItemWriter } from './item-writer'
import { type ScanFilter, scanFilter } from './scan-filter'
import { positive } from './transfer-error'

/**
 * What an export needs of an ORM: its client, table and design (any `createOrm()` result fits).
 *
 * @example
 * ```ts
 * const source: TransferSource = orm // any createOrm() result
 * await exportTable({ client, tableName: 'app', design }, { file: 'raw.ndjson' }) // or the three parts
 * ```
 */
export interface TransferSource {
  readonly client: DynamoClient
  readonly tableName: string
  readonly design: TableDesign
}

/**
 * Options of `exportTable`: the file and its format, which items (entity types, key prefix, changes since a
 * watermark, or an ORM query) and how fast (scan segments, page size).
 *
 * @example
 * ```ts
 * const options: ExportOptions = { file: 'out/changes.ndjson.gz', watermarkFile: 'out/watermark.json', segments: 4 }
 * await exportTable(orm, options)
 * ```
 */
export interface ExportOptions {
  /** Output file; with `chunkItems` the base name of `name-00001.ext`, `name-00002.ext`... */
  readonly file: string
  /** Default: from the file name (`.ndjson`, `.json`, `.csv`, `.ddb.json`), else `ndjson`. */
  readonly format?: TransferFormat
  /** gzip the output (default: when the file name ends in `.gz`). */
  readonly gzip?: boolean
  /** Parallel scan segments (default 1). */
  readonly segments?: number
  /**
   * Items per Scan request (DynamoDB's `Limit`; default 1,000). A smaller page holds less in
   * memory per segment in flight; DynamoDB also ends a page at 1 MB.
   */
  readonly pageSize?: number
  readonly entityTypes?: readonly string[]
  readonly keyPrefix?: string
  /** Only items whose `changedAttribute` is later than this (ISO text or epoch number). */
  readonly changedAfter?: string | number
  /** Attribute compared by `changedAfter` and recorded as the watermark (default `updatedAt`). */
  readonly changedAttribute?: string
  /**
   * Incremental export: reads `changedAfter` from this file when it exists, and writes the newest
   * `changedAttribute` value exported into it afterwards, so the next run exports only later changes.
   */
  readonly watermarkFile?: string
  /** Items per output file (default: one file). */
  readonly chunkItems?: number
  /** CSV columns (default: inferred from the first 1,000 items, later columns go to `_rest`). */
  readonly columns?: readonly string[]
  /**
   * Export what this ORM query matches instead of scanning: `Post.where('status', 'published')`. Its own
   * requests are sent (a Query on its key or index, never a Scan unless it is one), page by page.
   */
  readonly query?: ExportableQuery
  readonly onProgress?: (progress: { readonly items: number; readonly itemsPerSecond: number }) => void
  readonly signal?: AbortSignal
}

/**
 * What `exportTable` wrote: how many items, into which files, how many bytes, in which format, and the newest
 * `changedAttribute` value exported (the watermark of an incremental export).
 *
 * @example
 * ```ts
 * const result: ExportResult = await exportTable(orm, { file: 'out/all.ndjson' })
 * // { items: 2, files: ['out/all.ndjson'], bytes: 310, format: 'ndjson', watermark: '2026-12-07T20:00:00.000Z' }
 * ```
 */
export interface ExportResult {
  readonly items: number
  readonly files: readonly string[]
  readonly bytes: number
  readonly format: TransferFormat
  /** The newest `changedAttribute` value exported (null when none had it). */
  readonly watermark: string | number | null
}

/**
 * Exports a table, or a selection of it, streaming from a (parallel) Scan, or from an ORM query's own
 * requests, to files in constant memory.
 */
export async function exportTable(source: TransferSource, options: ExportOptions): Promise<ExportResult> {
  if (options.query) checkQueryOptions(options)
  const format = options.format ? checkFormat(options.format) : (formatOfFile(options.file) ?? 'ndjson')
  const gzip = options.gzip ?? options.file.endsWith('.gz')
  const segments = positive(options.segments ?? 1, 'segments')
  const changedAttribute = options.changedAttribute ?? 'updatedAt'
  const changedAfter = options.changedAfter ?? readWatermark(options.watermarkFile)
  const filter: ScanFilter = {
    ...(options.entityTypes ? { entityTypes: options.entityTypes } : {}),
    ...(options.keyPrefix ? { keyPrefix: options.keyPrefix } : {}),
    ...(changedAfter !== null && changedAfter !== undefined
      ? { changedAfter: { attribute: changedAttribute, after: changedAfter } }
      : {}),
  }
  const { design } = source
  const keyColumns = [design.partitionKey, design.sortKey, design.entityTypeAttribute]
  const writer = new ItemWriter(
    options.file,
    format,
    gzip,
    options.chunkItems ? positive(options.chunkItems, 'chunkItems') : null,
    options.columns ?? null,
    keyColumns,
  )
  const started = Date.now()
  let items = 0
  let watermark: string | number | null = null
  for await (const page of pagesOf(source, options, filter, segments)) {
    for (const item of page) {
      await writer.write(item)
      items += 1
      watermark = newer(watermark, item[changedAttribute])
    }
    options.onProgress?.({ items, itemsPerSecond: items / Math.max(0.001, (Date.now() - started) / 1000) })
  }
  await writer.close()
  if (options.watermarkFile)
    writeWatermark(options.watermarkFile, changedAttribute, watermark ?? changedAfter ?? null)
  return { items, files: writer.files, bytes: writer.bytes, format, watermark }
}

function pagesOf(
  source: TransferSource,
  options: ExportOptions,
  filter: ScanFilter,
  segments: number,
): AsyncIterable<readonly AttributeMap[]> {
  if (options.query) return queryPages(options.query, options.signal)
  const { design } = source
  const input = {
    TableName: source.tableName,
    Limit: positive(options.pageSize ?? EXPORT_PAGE_ITEMS, 'pageSize'),
    ...scanFilter(filter, { entityType: design.entityTypeAttribute, partitionKey: design.partitionKey }),
  }
  const pages = source.client.parallelScan(input, {
    segments,
    ...(options.signal ? { signal: options.signal } : {}),
  })
  return (async function* () {
    for await (const page of pages) yield (page.Items ?? []) as AttributeMap[]
  })()
}

/**
 * Items per Scan request unless `pageSize` says otherwise. DynamoDB's own page ends at 1 MB (about 3,000
 * items of 350 bytes); each segment in flight holds a page as text, bytes and items until it is written, and
 * pages that large outlive the young generation, so an export of 200,000 items peaked 25-35 MB higher.
 */
export const EXPORT_PAGE_ITEMS = 1000

function newer(current: string | number | null, value: AttributeValue | undefined): string | number | null {
  if (!value) return current
  const next = 'S' in value ? value.S : 'N' in value ? Number(value.N) : null
  if (next === null) return current
  return current === null || next > current ? next : current
}

function readWatermark(file: string | undefined): string | number | null {
  if (!file || !existsSync(file)) return null
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as { watermark?: unknown }
  const value = parsed.watermark
  return typeof value === 'string' || typeof value === 'number' ? value : null
}

function writeWatermark(file: string, attribute: string, watermark: string | number | null): void {
  writeFileSync(
    file,
    `${JSON.stringify({ attribute, watermark, exportedAt: new Date().toISOString() }, null, 2)}\n`,
  )
}
