import type {
  AttributeDefinition,
  BillingMode,
  GlobalSecondaryIndex,
  KeySchemaElement,
  OnDemandThroughput,
  ProvisionedThroughput,
  SSESpecification,
} from './table-description'

/**
 * The state of a table export to S3.
 *
 * @example
 * ```ts
 * const { ExportDescription } = await client.describeExport({ ExportArn: arn })
 * const status: ExportStatus | undefined = ExportDescription?.ExportStatus
 * if (status === 'FAILED') console.error(ExportDescription?.FailureCode, ExportDescription?.FailureMessage)
 * ```
 */
export type ExportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'
/**
 * The file format of a table export: DynamoDB JSON or Amazon Ion.
 *
 * @example
 * ```ts
 * const format: ExportFormat = 'DYNAMODB_JSON'
 * await client.exportTableToPointInTime({ TableArn: table.TableArn!, S3Bucket: 'app-exports', ExportFormat: format })
 * ```
 */
export type ExportFormat = 'DYNAMODB_JSON' | 'ION'
/**
 * A full export (the table at one moment) or an incremental one (the changes within a time window).
 *
 * @example
 * ```ts
 * const type: ExportType = 'INCREMENTAL_EXPORT'
 * ```
 */
export type ExportType = 'FULL_EXPORT' | 'INCREMENTAL_EXPORT'

/**
 * The window (epoch seconds) and image view of an incremental export.
 *
 * @example
 * ```ts
 * const incremental: IncrementalExportSpecification = {
 *   ExportFromTime: Date.parse('2026-12-06T00:00:00Z') / 1000,
 *   ExportToTime: Date.parse('2026-12-07T00:00:00Z') / 1000,
 *   ExportViewType: 'NEW_AND_OLD_IMAGES',
 * }
 * await client.exportTableToPointInTime({ TableArn: arn, S3Bucket: 'app-exports', ExportType: 'INCREMENTAL_EXPORT', IncrementalExportSpecification: incremental })
 * ```
 */
export interface IncrementalExportSpecification {
  ExportFromTime?: number | undefined
  ExportToTime?: number | undefined
  ExportViewType?: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES' | undefined
}

/**
 * An export as ExportTableToPointInTime and DescribeExport report it: status, S3 location, manifest key, size and item count.
 *
 * @example
 * ```ts
 * const { ExportDescription } = await client.describeExport({ ExportArn: arn })
 * const description: ExportDescription | undefined = ExportDescription
 * if (description?.ExportStatus === 'COMPLETED') console.log(`s3://${description.S3Bucket}/${description.ExportManifest}`, description.ItemCount)
 * ```
 */
export interface ExportDescription {
  ExportArn?: string | undefined
  ExportStatus?: ExportStatus | undefined
  StartTime?: number | undefined
  EndTime?: number | undefined
  /** The S3 key of the manifest listing the data files. */
  ExportManifest?: string | undefined
  TableArn?: string | undefined
  TableId?: string | undefined
  ExportTime?: number | undefined
  ClientToken?: string | undefined
  S3Bucket?: string | undefined
  S3BucketOwner?: string | undefined
  S3Prefix?: string | undefined
  S3SseAlgorithm?: 'AES256' | 'KMS' | undefined
  S3SseKmsKeyId?: string | undefined
  FailureCode?: string | undefined
  FailureMessage?: string | undefined
  ExportFormat?: ExportFormat | undefined
  BilledSizeBytes?: number | undefined
  ItemCount?: number | undefined
  ExportType?: ExportType | undefined
  IncrementalExportSpecification?: IncrementalExportSpecification | undefined
}

/**
 * Input of ExportTableToPointInTime: the table (by ARN), the S3 destination, format and type of the export.
 *
 * @example
 * ```ts
 * const input: ExportTableToPointInTimeInput = { TableArn: table.TableArn!, S3Bucket: 'app-exports', S3Prefix: 'daily/', ExportFormat: 'DYNAMODB_JSON' }
 * const { ExportDescription } = await client.exportTableToPointInTime(input)
 * ```
 */
export interface ExportTableToPointInTimeInput {
  TableArn: string
  /** Epoch seconds; default: now. Needs point-in-time recovery on the table. */
  ExportTime?: number | undefined
  ClientToken?: string | undefined
  S3Bucket: string
  S3BucketOwner?: string | undefined
  S3Prefix?: string | undefined
  S3SseAlgorithm?: 'AES256' | 'KMS' | undefined
  S3SseKmsKeyId?: string | undefined
  ExportFormat?: ExportFormat | undefined
  ExportType?: ExportType | undefined
  IncrementalExportSpecification?: IncrementalExportSpecification | undefined
}

/**
 * Output of ExportTableToPointInTime: the export's description, `IN_PROGRESS` at first.
 *
 * @example
 * ```ts
 * const { ExportDescription }: ExportTableToPointInTimeOutput = await client.exportTableToPointInTime(input)
 * const exportArn = ExportDescription?.ExportArn
 * ```
 */
export interface ExportTableToPointInTimeOutput {
  ExportDescription?: ExportDescription | undefined
}

/**
 * Input of DescribeExport: the export's ARN.
 *
 * @example
 * ```ts
 * const input: DescribeExportInput = { ExportArn: exportArn }
 * const { ExportDescription } = await client.describeExport(input)
 * ```
 */
export interface DescribeExportInput {
  ExportArn: string
}

/**
 * Output of DescribeExport: the export's current description.
 *
 * @example
 * ```ts
 * const { ExportDescription }: DescribeExportOutput = await client.describeExport({ ExportArn: exportArn })
 * console.log(ExportDescription?.ExportStatus)
 * ```
 */
export interface DescribeExportOutput {
  ExportDescription?: ExportDescription | undefined
}

/**
 * Input of ListExports: the exports of one table (or of the account), a page size and where to resume.
 *
 * @example
 * ```ts
 * const input: ListExportsInput = { TableArn: table.TableArn, MaxResults: 25 }
 * const { ExportSummaries } = await client.listExports(input)
 * ```
 */
export interface ListExportsInput {
  TableArn?: string | undefined
  MaxResults?: number | undefined
  NextToken?: string | undefined
}

/**
 * Output of ListExports: one page of export ARNs with their status and type, and NextToken while more remain.
 *
 * @example
 * ```ts
 * const { ExportSummaries, NextToken }: ListExportsOutput = await client.listExports({ TableArn: arn })
 * const running = ExportSummaries?.filter((summary) => summary.ExportStatus === 'IN_PROGRESS')
 * ```
 */
export interface ListExportsOutput {
  ExportSummaries?:
    | Array<{ ExportArn?: string; ExportStatus?: ExportStatus; ExportType?: ExportType }>
    | undefined
  NextToken?: string | undefined
}

/**
 * The state of an import from S3 into a new table.
 *
 * @example
 * ```ts
 * const { ImportTableDescription } = await client.describeImport({ ImportArn: arn })
 * const status: ImportStatus | undefined = ImportTableDescription?.ImportStatus
 * ```
 */
export type ImportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLING' | 'CANCELLED' | 'FAILED'
/**
 * The format of the S3 files an import reads: DynamoDB JSON, Amazon Ion or CSV.
 *
 * @example
 * ```ts
 * const format: InputFormat = 'CSV'
 * ```
 */
export type InputFormat = 'DYNAMODB_JSON' | 'ION' | 'CSV'
/**
 * How the S3 files of an import are compressed.
 *
 * @example
 * ```ts
 * const compression: InputCompressionType = 'GZIP'
 * ```
 */
export type InputCompressionType = 'GZIP' | 'ZSTD' | 'NONE'

/**
 * Where an import reads its files: a bucket, optionally its owner account and a key prefix.
 *
 * @example
 * ```ts
 * const source: S3BucketSource = { S3Bucket: 'app-exports', S3KeyPrefix: 'AWSDynamoDB/01700000000000-abcd1234/data/' }
 * ```
 */
export interface S3BucketSource {
  S3BucketOwner?: string | undefined
  S3Bucket: string
  S3KeyPrefix?: string | undefined
}

/**
 * Format options of an import; for CSV, the delimiter and the column names when the files have no header line.
 *
 * @example
 * ```ts
 * const options: InputFormatOptions = { Csv: { Delimiter: ';', HeaderList: ['pk', 'sk', 'name'] } }
 * ```
 */
export interface InputFormatOptions {
  Csv?: { Delimiter?: string | undefined; HeaderList?: string[] | undefined } | undefined
}

/**
 * The table ImportTable creates: it always imports into a new table.
 *
 * @example
 * ```ts
 * const table: TableCreationParameters = {
 *   TableName: 'app-imported',
 *   AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' }],
 *   KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
 *   BillingMode: 'PAY_PER_REQUEST',
 * }
 * ```
 */
export interface TableCreationParameters {
  TableName: string
  AttributeDefinitions: AttributeDefinition[]
  KeySchema: KeySchemaElement[]
  BillingMode?: BillingMode | undefined
  ProvisionedThroughput?: ProvisionedThroughput | undefined
  OnDemandThroughput?: OnDemandThroughput | undefined
  SSESpecification?: SSESpecification | undefined
  GlobalSecondaryIndexes?: GlobalSecondaryIndex[] | undefined
}

/**
 * An import as ImportTable and DescribeImport report it: status, source, format, the table it creates, and counts of processed and failed items.
 *
 * @example
 * ```ts
 * const { ImportTableDescription } = await client.describeImport({ ImportArn: arn })
 * const description: ImportTableDescription | undefined = ImportTableDescription
 * console.log(description?.ImportStatus, description?.ImportedItemCount, description?.ErrorCount)
 * ```
 */
export interface ImportTableDescription {
  ImportArn?: string | undefined
  ImportStatus?: ImportStatus | undefined
  TableArn?: string | undefined
  TableId?: string | undefined
  ClientToken?: string | undefined
  S3BucketSource?: S3BucketSource | undefined
  ErrorCount?: number | undefined
  CloudWatchLogGroupArn?: string | undefined
  InputFormat?: InputFormat | undefined
  InputFormatOptions?: InputFormatOptions | undefined
  InputCompressionType?: InputCompressionType | undefined
  TableCreationParameters?: TableCreationParameters | undefined
  StartTime?: number | undefined
  EndTime?: number | undefined
  ProcessedSizeBytes?: number | undefined
  ProcessedItemCount?: number | undefined
  ImportedItemCount?: number | undefined
  FailureCode?: string | undefined
  FailureMessage?: string | undefined
}

/**
 * Input of ImportTable: the S3 source and format, and the new table to create from it.
 *
 * @example
 * ```ts
 * const input: ImportTableInput = {
 *   S3BucketSource: { S3Bucket: 'app-exports', S3KeyPrefix: 'users/' },
 *   InputFormat: 'DYNAMODB_JSON',
 *   InputCompressionType: 'GZIP',
 *   TableCreationParameters: {
 *     TableName: 'users-imported',
 *     AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
 *     KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
 *     BillingMode: 'PAY_PER_REQUEST',
 *   },
 * }
 * const { ImportTableDescription } = await client.importTable(input)
 * ```
 */
export interface ImportTableInput {
  ClientToken?: string | undefined
  S3BucketSource: S3BucketSource
  InputFormat: InputFormat
  InputFormatOptions?: InputFormatOptions | undefined
  InputCompressionType?: InputCompressionType | undefined
  TableCreationParameters: TableCreationParameters
}

/**
 * Output of ImportTable: the import's description, `IN_PROGRESS` at first.
 *
 * @example
 * ```ts
 * const { ImportTableDescription }: ImportTableOutput = await client.importTable(input)
 * const importArn = ImportTableDescription?.ImportArn
 * ```
 */
export interface ImportTableOutput {
  ImportTableDescription?: ImportTableDescription | undefined
}

/**
 * Input of DescribeImport: the import's ARN.
 *
 * @example
 * ```ts
 * const input: DescribeImportInput = { ImportArn: importArn }
 * const { ImportTableDescription } = await client.describeImport(input)
 * ```
 */
export interface DescribeImportInput {
  ImportArn: string
}

/**
 * Output of DescribeImport: the import's current description.
 *
 * @example
 * ```ts
 * const { ImportTableDescription }: DescribeImportOutput = await client.describeImport({ ImportArn: importArn })
 * if (ImportTableDescription?.ImportStatus === 'FAILED') console.error(ImportTableDescription.FailureMessage)
 * ```
 */
export interface DescribeImportOutput {
  ImportTableDescription?: ImportTableDescription | undefined
}

/**
 * Input of ListImports: the imports into one table (or of the account), a page size and where to resume.
 *
 * @example
 * ```ts
 * const input: ListImportsInput = { PageSize: 25 }
 * const { ImportSummaryList } = await client.listImports(input)
 * ```
 */
export interface ListImportsInput {
  TableArn?: string | undefined
  PageSize?: number | undefined
  NextToken?: string | undefined
}

/**
 * Output of ListImports: one page of import summaries, and NextToken while more remain.
 *
 * @example
 * ```ts
 * const { ImportSummaryList, NextToken }: ListImportsOutput = await client.listImports({})
 * for (const summary of ImportSummaryList ?? []) console.log(summary.ImportArn, summary.ImportStatus)
 * ```
 */
export interface ListImportsOutput {
  ImportSummaryList?:
    | Array<{
        ImportArn?: string
        ImportStatus?: ImportStatus
        TableArn?: string
        S3BucketSource?: S3BucketSource
        CloudWatchLogGroupArn?: string
        InputFormat?: InputFormat
        StartTime?: number
        EndTime?: number
      }>
    | undefined
  NextToken?: string | undefined
}
