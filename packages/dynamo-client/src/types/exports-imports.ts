import type {
  AttributeDefinition,
  BillingMode,
  GlobalSecondaryIndex,
  KeySchemaElement,
  OnDemandThroughput,
  ProvisionedThroughput,
  SSESpecification,
} from './table-description'

export type ExportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'FAILED'
export type ExportFormat = 'DYNAMODB_JSON' | 'ION'
export type ExportType = 'FULL_EXPORT' | 'INCREMENTAL_EXPORT'

export interface IncrementalExportSpecification {
  ExportFromTime?: number | undefined
  ExportToTime?: number | undefined
  ExportViewType?: 'NEW_IMAGE' | 'NEW_AND_OLD_IMAGES' | undefined
}

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

export interface ExportTableToPointInTimeOutput {
  ExportDescription?: ExportDescription | undefined
}

export interface DescribeExportInput {
  ExportArn: string
}

export interface DescribeExportOutput {
  ExportDescription?: ExportDescription | undefined
}

export interface ListExportsInput {
  TableArn?: string | undefined
  MaxResults?: number | undefined
  NextToken?: string | undefined
}

export interface ListExportsOutput {
  ExportSummaries?:
    | Array<{ ExportArn?: string; ExportStatus?: ExportStatus; ExportType?: ExportType }>
    | undefined
  NextToken?: string | undefined
}

export type ImportStatus = 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLING' | 'CANCELLED' | 'FAILED'
export type InputFormat = 'DYNAMODB_JSON' | 'ION' | 'CSV'
export type InputCompressionType = 'GZIP' | 'ZSTD' | 'NONE'

export interface S3BucketSource {
  S3BucketOwner?: string | undefined
  S3Bucket: string
  S3KeyPrefix?: string | undefined
}

export interface InputFormatOptions {
  Csv?: { Delimiter?: string | undefined; HeaderList?: string[] | undefined } | undefined
}

/** The table ImportTable creates: it always imports into a new table. */
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

export interface ImportTableInput {
  ClientToken?: string | undefined
  S3BucketSource: S3BucketSource
  InputFormat: InputFormat
  InputFormatOptions?: InputFormatOptions | undefined
  InputCompressionType?: InputCompressionType | undefined
  TableCreationParameters: TableCreationParameters
}

export interface ImportTableOutput {
  ImportTableDescription?: ImportTableDescription | undefined
}

export interface DescribeImportInput {
  ImportArn: string
}

export interface DescribeImportOutput {
  ImportTableDescription?: ImportTableDescription | undefined
}

export interface ListImportsInput {
  TableArn?: string | undefined
  PageSize?: number | undefined
  NextToken?: string | undefined
}

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
