import { createReadStream, readFileSync } from 'node:fs'
import type { AttributeMap } from '@dbtooling/dynamo-client'
import { decodeLine, LINE_FORMATS, type LineFormat, type TransferFormat } from './formats'
import { fromTaggedMap, type TaggedValue } from './tagged-json'
import { TransferError } from './transfer-error'

/** One source row: its 1-based line (CSV: record number) and either a wire item, a CSV record or a failure. */
export type SourceRow =
  | { readonly line: number; readonly item: AttributeMap; readonly raw: string }
  | { readonly line: number; readonly record: Record<string, string>; readonly raw: string }
  | { readonly line: number; readonly error: TransferError; readonly raw: string }

/** Streams the rows of a file (constant memory for line formats and CSV; a JSON array is read whole). */
export async function* readRows(
  file: string,
  format: TransferFormat,
  gzip: boolean,
): AsyncGenerator<SourceRow> {
  if ((LINE_FORMATS as readonly string[]).includes(format)) yield* readLines(file, format as LineFormat, gzip)
  else if (format === 'csv') yield* readCsv(file, gzip)
  else yield* readJsonArray(file, gzip)
}

// node:zlib, node:readline and csv-parse are imported by the first import run that needs them, not with
// the package: every module loaded up front is paid on each cold start (bench --suite import).
async function open(file: string, gzip: boolean) {
  const stream = createReadStream(file)
  return gzip ? stream.pipe((await import('node:zlib')).createGunzip()) : stream
}

async function* readLines(file: string, format: LineFormat, gzip: boolean): AsyncGenerator<SourceRow> {
  let line = 0
  const { createInterface } = await import('node:readline')
  for await (const text of createInterface({
    input: await open(file, gzip),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    line += 1
    if (text.trim() === '') continue
    try {
      yield { line, item: decodeLine(text, format), raw: text }
    } catch (error) {
      yield { line, error: asTransferError(error), raw: text }
    }
  }
}

async function* readCsv(file: string, gzip: boolean): AsyncGenerator<SourceRow> {
  const { parse } = await import('csv-parse')
  const parser = (await open(file, gzip)).pipe(
    parse({ columns: true, skip_empty_lines: true, relax_column_count: true }),
  )
  let line = 1 // the header
  for await (const record of parser as AsyncIterable<Record<string, string>>) {
    line += 1
    yield { line, record, raw: JSON.stringify(record) }
  }
}

async function* readJsonArray(file: string, gzip: boolean): AsyncGenerator<SourceRow> {
  const bytes = readFileSync(file)
  const text = (gzip ? (await import('node:zlib')).gunzipSync(bytes) : bytes).toString('utf8')
  let rows: unknown
  try {
    rows = JSON.parse(text)
  } catch (error) {
    throw new TransferError(
      'BAD_LINE',
      `${file} is not JSON: ${(error as Error).message}`,
      'a .json import is one array of items',
    )
  }
  if (!Array.isArray(rows))
    throw new TransferError('BAD_LINE', `${file} is not a JSON array`, 'a .json import is one array of items')
  for (const [index, row] of rows.entries()) {
    const raw = JSON.stringify(row)
    try {
      if (typeof row !== 'object' || row === null || Array.isArray(row)) {
        throw new TransferError(
          'NOT_AN_ITEM',
          'the element is not an object',
          'each element must be one item',
        )
      }
      yield { line: index + 1, item: fromTaggedMap(row as { [key: string]: TaggedValue }), raw }
    } catch (error) {
      yield { line: index + 1, error: asTransferError(error), raw }
    }
  }
}

function asTransferError(error: unknown): TransferError {
  if (error instanceof TransferError) return error
  return new TransferError('BAD_LINE', (error as Error).message, 'fix the row')
}
