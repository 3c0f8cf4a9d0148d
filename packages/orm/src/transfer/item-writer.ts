import type { AttributeMap } from '@dbtooling/dynamo-client'
import { flattenRow, inferColumns } from './csv-columns'
import { type FileSink, openSink } from './file-sink'
import { encodeLine, LINE_FORMATS, type LineFormat, type TransferFormat } from './formats'
import { taggedMap } from './tagged-json'

/** How many rows a CSV export looks at to choose its columns when none are given. */
export const CSV_SAMPLE_ROWS = 1000
/** The column that holds, as JSON, values of columns first seen after the sample. */
export const CSV_REST_COLUMN = '_rest'

/** Writes items in one format into one or more files (a new file every `chunkItems` items). */
export class ItemWriter {
  readonly files: string[] = []
  bytes = 0
  #sink: FileSink | null = null
  #inFile = 0
  #columns: string[] | null
  #pending: Record<string, string>[] = []

  constructor(
    private readonly base: string,
    private readonly format: TransferFormat,
    private readonly gzip: boolean,
    private readonly chunkItems: number | null,
    columns: readonly string[] | null,
    private readonly keyColumns: readonly string[],
  ) {
    this.#columns = columns ? [...columns] : null
  }

  async write(item: AttributeMap): Promise<void> {
    if (this.chunkItems !== null && this.#inFile >= this.chunkItems) await this.#closeFile()
    if (!this.#sink) await this.#openFile()
    this.#inFile += 1
    if ((LINE_FORMATS as readonly string[]).includes(this.format)) {
      await this.#sink!.write(`${encodeLine(item, this.format as LineFormat)}\n`)
    } else if (this.format === 'json') {
      await this.#sink!.write(`${this.#inFile === 1 ? '' : ',\n'}${JSON.stringify(taggedMap(item))}`)
    } else await this.#writeCsv(flattenRow(taggedMap(item)))
  }

  async close(): Promise<void> {
    if (!this.#sink && this.files.length === 0) await this.#openFile()
    await this.#closeFile()
  }

  async #openFile(): Promise<void> {
    const file = this.chunkItems === null ? this.base : chunkName(this.base, this.files.length + 1)
    this.#sink = await openSink(file, this.gzip)
    this.files.push(file)
    this.#inFile = 0
    if (this.format === 'json') await this.#sink.write('[\n')
    if (this.format === 'csv' && this.#columns) await this.#sink.write(await csvLine(this.#columns))
  }

  async #closeFile(): Promise<void> {
    if (!this.#sink) return
    if (this.format === 'csv') await this.#flushCsvSample()
    if (this.format === 'json') await this.#sink.write('\n]\n')
    this.bytes += await this.#sink.close()
    this.#sink = null
  }

  async #writeCsv(row: Record<string, string>): Promise<void> {
    if (!this.#columns) {
      this.#pending.push(row)
      if (this.#pending.length >= CSV_SAMPLE_ROWS) await this.#flushCsvSample()
      return
    }
    await this.#sink!.write(await csvLine(csvCells(row, this.#columns)))
  }

  /** Chooses columns from the sampled rows (plus `_rest` for later ones), then writes the sample. */
  async #flushCsvSample(): Promise<void> {
    if (this.#columns && this.#pending.length === 0) return
    const rows = this.#pending
    this.#pending = []
    if (!this.#columns) {
      this.#columns = [...inferColumns(rows, this.keyColumns), CSV_REST_COLUMN]
      await this.#sink!.write(await csvLine(this.#columns))
    }
    for (const row of rows) await this.#sink!.write(await csvLine(csvCells(row, this.#columns)))
  }
}

let stringifier: Promise<typeof import('csv-stringify/sync')> | undefined

/** One CSV line; csv-stringify loads with the first CSV export, not with the package (cold start). */
async function csvLine(cells: readonly string[]): Promise<string> {
  stringifier ??= import('csv-stringify/sync')
  return (await stringifier).stringify([cells as string[]])
}

function csvCells(row: Record<string, string>, columns: readonly string[]): string[] {
  const rest: Record<string, string> = {}
  for (const [column, value] of Object.entries(row)) if (!columns.includes(column)) rest[column] = value
  return columns.map((c) =>
    c === CSV_REST_COLUMN ? (Object.keys(rest).length ? JSON.stringify(rest) : '') : (row[c] ?? ''),
  )
}

/** `users.ndjson.gz` -> `users-00001.ndjson.gz` */
export function chunkName(base: string, index: number): string {
  const match = /^(.*?)(\.[a-z.]+)?$/.exec(base.slice(base.lastIndexOf('/') + 1))
  const dir = base.slice(0, base.lastIndexOf('/') + 1)
  return `${dir}${match?.[1] ?? 'export'}-${String(index).padStart(5, '0')}${match?.[2] ?? ''}`
}
