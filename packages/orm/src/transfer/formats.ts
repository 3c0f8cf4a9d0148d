import type { AttributeMap } from '@dbtooling/dynamo-client'
import { fromTaggedMap, type TaggedValue, taggedMap } from './tagged-json'
import { TransferError } from './transfer-error'

/**
 * - `ndjson`: one item per line as tagged JSON (readable, exact for every type);
 * - `ddb-json`: one item per line in DynamoDB's wire form (`{"pk":{"S":"USER#1"}}`);
 * - `s3`: the line format of DynamoDB's export to S3 and of ImportTable (`{"Item":{...wire...}}`);
 * - `json`: one JSON array of tagged items (the whole file is one document);
 * - `csv`: columns from the items, nested values flattened (lossy for sets and binary: see docs/data.md).
 */
export const LINE_FORMATS = ['ndjson', 'ddb-json', 's3'] as const
/**
 * Every file format export and import read and write: `ndjson` (tagged JSON lines, the default), `ddb-json`
 * (DynamoDB wire form lines), `s3` (the export-to-S3 line format), `json` (one array) and `csv` (lossy for sets
 * and binary).
 *
 * @example
 * ```ts
 * if (!(FORMATS as readonly string[]).includes(flag)) throw new Error(`--format: one of ${FORMATS.join(', ')}`)
 * ```
 */
export const FORMATS = [...LINE_FORMATS, 'json', 'csv'] as const
export type LineFormat = (typeof LINE_FORMATS)[number]
/**
 * One of `FORMATS`; without `format`, export and import pick it from the file name (`.ndjson`, `.jsonl`,
 * `.ddb.json`, `.json`, `.csv`, with or without `.gz`).
 *
 * @example
 * ```ts
 * const format: TransferFormat = 's3' // lines of {"Item":{...}}, as ImportTable reads them
 * await exportTable(orm, { file: 'export.json.gz', format })
 * ```
 */
export type TransferFormat = (typeof FORMATS)[number]

export function checkFormat(format: string): TransferFormat {
  if ((FORMATS as readonly string[]).includes(format)) return format as TransferFormat
  throw new TransferError('UNKNOWN_FORMAT', `unknown format "${format}"`, `use one of ${FORMATS.join(', ')}`)
}

/** The format a file name implies (`.ndjson`, `.jsonl`, `.json`, `.csv`, with or without `.gz`). */
export function formatOfFile(file: string): TransferFormat | null {
  const name = file.replace(/\.gz$/, '')
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl')) return 'ndjson'
  if (name.endsWith('.ddb.json') || name.endsWith('.ddbjson')) return 'ddb-json'
  if (name.endsWith('.json')) return 'json'
  if (name.endsWith('.csv')) return 'csv'
  return null
}

export function encodeLine(item: AttributeMap, format: LineFormat): string {
  if (format === 'ndjson') return JSON.stringify(taggedMap(item))
  if (format === 'ddb-json') return JSON.stringify(item)
  return JSON.stringify({ Item: item })
}

/** One line back to a wire item; throws a TransferError saying what is wrong with it. */
export function decodeLine(line: string, format: LineFormat): AttributeMap {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch (error) {
    throw new TransferError(
      'BAD_LINE',
      `not JSON: ${(error as Error).message}`,
      'each line must be one JSON object',
    )
  }
  if (!isObject(value))
    throw new TransferError('NOT_AN_ITEM', 'the line is not a JSON object', 'each line must be one item')
  if (format === 'ndjson') return fromTaggedMap(value as { [key: string]: TaggedValue })
  const wire = format === 's3' ? value.Item : value
  if (!isObject(wire)) {
    throw new TransferError(
      'NOT_AN_ITEM',
      'the line has no "Item" object',
      'S3 export lines look like {"Item":{"pk":{"S":"..."}}}',
    )
  }
  for (const name in wire) {
    if (!isWireValue(wire[name])) {
      throw new TransferError(
        'BAD_LINE',
        `attribute "${name}" is not a DynamoDB value`,
        'wire values look like {"S":"text"} or {"N":"1"}',
      )
    }
  }
  return wire as AttributeMap
}

/** One key, counted without building a key array per attribute (this runs for every attribute of every line). */
function isWireValue(value: unknown): boolean {
  if (!isObject(value)) return false
  let keys = 0
  for (const _ in value) keys += 1
  return keys === 1
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
