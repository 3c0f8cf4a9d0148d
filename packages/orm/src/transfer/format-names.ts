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
