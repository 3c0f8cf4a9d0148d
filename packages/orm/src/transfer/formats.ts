import type { AttributeMap } from '@dbtooling/dynamo-client'
import { FORMATS, LINE_FORMATS, type LineFormat, type TransferFormat } from './format-names'
import { fromTaggedMap, type TaggedValue, taggedMap } from './tagged-json'
import { TransferError } from './transfer-error'

// The names are public and sync, so they live in their own file: the codecs below are only for the lazy
// export and import (lazy-subsystems.ts), and a file is split between chunks as a whole.
export { FORMATS, LINE_FORMATS, type LineFormat, type TransferFormat }

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
