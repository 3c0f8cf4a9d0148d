import type {
  ExportDescription,
  ExportFormat,
  ImportTableDescription,
  InputCompressionType,
  InputFormat,
} from '@dbtooling/dynamo-client'
import { createTableInput } from '../../table/create-table-input'
import type { TransferSource } from '../export-table'
import { TransferError } from '../transfer-error'
import { notAvailableLocally, orLocally } from './local-fallback'

/**
 * Options of `exportToS3`: the bucket and key prefix, the moment exported, the format and a client token.
 *
 * @example
 * ```ts
 * const options: S3ExportOptions = { bucket: 'my-exports', prefix: 'app/2026-12-07', format: 'DYNAMODB_JSON' }
 * await exportToS3(orm, options)
 * ```
 */
export interface S3ExportOptions {
  readonly bucket: string
  readonly prefix?: string
  /** The moment exported (within the PITR window); default now. */
  readonly at?: Date
  /** Default `DYNAMODB_JSON`: lines of `{"Item":{...}}`, which `importTable(..., { format: 's3' })` reads. */
  readonly format?: ExportFormat
  /** Makes a retried call the same export (up to 8 hours). */
  readonly clientToken?: string
}

/**
 * ExportTableToPointInTime of this ORM's table to S3 (needs PITR on the table; reads no capacity). DynamoDB
 * Local has none: `TransferError` `NOT_AVAILABLE_LOCALLY`, pointing at `exportTable` with the same line format.
 */
export async function exportToS3(
  source: TransferSource,
  options: S3ExportOptions,
): Promise<ExportDescription> {
  requireText(options.bucket, 'bucket', "e.g. bucket: 'my-exports'")
  const { Table } = await source.client.describeTable({ TableName: source.tableName })
  return orLocally(
    async () => {
      const { ExportDescription } = await source.client.exportTableToPointInTime({
        TableArn: Table?.TableArn ?? '',
        S3Bucket: options.bucket,
        ExportFormat: options.format ?? 'DYNAMODB_JSON',
        ...(options.prefix ? { S3Prefix: options.prefix } : {}),
        ...(options.at ? { ExportTime: options.at.getTime() / 1000 } : {}),
        ...(options.clientToken ? { ClientToken: options.clientToken } : {}),
      })
      return ExportDescription ?? {}
    },
    () =>
      notAvailableLocally(
        'Export to S3',
        "write the same line format to a file: exportTable(orm, { file: 'export.json.gz', format: 's3' })",
      ),
  )
}

/**
 * Options of `importFromS3`: the bucket and prefix of the data files, their format and compression, and the
 * new table's name.
 *
 * @example
 * ```ts
 * const options: S3ImportOptions = {
 *   bucket: 'my-exports',
 *   prefix: 'app/AWSDynamoDB/01701234567890-abcdef12/data/',
 *   format: 'DYNAMODB_JSON',
 *   compression: 'GZIP',
 *   tableName: 'app-imported',
 * }
 * ```
 */
export interface S3ImportOptions {
  readonly bucket: string
  /** The key prefix of the data files, e.g. `<prefix>/AWSDynamoDB/<export id>/data/`. */
  readonly prefix?: string
  readonly format?: InputFormat
  readonly compression?: InputCompressionType
  /** The new table, created with this ORM's design (default: the ORM's table name). */
  readonly tableName?: string
  readonly clientToken?: string
}

/**
 * ImportTable from S3 into a new table with this ORM's key schema, indexes and billing. ImportTable cannot
 * create local secondary indexes, so a design with LSIs is refused before anything is sent.
 */
export async function importFromS3(
  target: TransferSource,
  options: S3ImportOptions,
): Promise<ImportTableDescription> {
  requireText(options.bucket, 'bucket', "e.g. bucket: 'my-exports'")
  const tableName = options.tableName ?? target.tableName
  const table = createTableInput(target.design, tableName)
  if (table.LocalSecondaryIndexes?.length) {
    throw new TransferError(
      'INVALID_TRANSFER_OPTIONS',
      `the design has local secondary indexes (${table.LocalSecondaryIndexes.map((i) => i.IndexName).join(', ')}), which ImportTable cannot create`,
      "import into a table created first with createTable() through importTable(orm, { file, format: 's3' }) instead",
    )
  }
  return orLocally(
    async () => {
      const { ImportTableDescription } = await target.client.importTable({
        S3BucketSource: {
          S3Bucket: options.bucket,
          ...(options.prefix ? { S3KeyPrefix: options.prefix } : {}),
        },
        InputFormat: options.format ?? 'DYNAMODB_JSON',
        InputCompressionType: options.compression ?? 'GZIP',
        TableCreationParameters: {
          TableName: tableName,
          AttributeDefinitions: table.AttributeDefinitions,
          KeySchema: table.KeySchema,
          ...(table.BillingMode ? { BillingMode: table.BillingMode } : {}),
          ...(table.ProvisionedThroughput ? { ProvisionedThroughput: table.ProvisionedThroughput } : {}),
          ...(table.GlobalSecondaryIndexes ? { GlobalSecondaryIndexes: table.GlobalSecondaryIndexes } : {}),
        },
        ...(options.clientToken ? { ClientToken: options.clientToken } : {}),
      })
      return ImportTableDescription ?? {}
    },
    () =>
      notAvailableLocally(
        'Import from S3',
        "download the export's data files and load each with importTable(orm, { file, format: 's3' })",
      ),
  )
}

function requireText(value: unknown, name: string, example: string): void {
  if (typeof value === 'string' && value.length > 0) return
  throw new TransferError('INVALID_TRANSFER_OPTIONS', `${name} must be a non-empty string`, example)
}
