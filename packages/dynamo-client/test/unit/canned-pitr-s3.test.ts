import { describe, expect, it } from 'vitest'
import {
  BackupError,
  DynamoClient,
  InvalidInputError,
  OPERATIONS,
  S3ExportError,
  S3ImportError,
  TableAlreadyExistsError,
} from '../../src/index'
import { type CannedServer, dynamoError, useCannedServer } from '../support/canned-server'

let server: CannedServer
let client: DynamoClient
const clients: DynamoClient[] = []

useCannedServer((started) => {
  server = started
  client = new DynamoClient({
    endpoint: server.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxRetries: 2,
  })
  clients.push(client)
}, clients)

const TABLE_ARN = 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders'
const EXPORT_ARN = `${TABLE_ARN}/export/01700000000000-a1b2c3d4`
const IMPORT_ARN = 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders-imported/import/01700000000000-e5f6'

const exportDescription = {
  ExportArn: EXPORT_ARN,
  ExportStatus: 'IN_PROGRESS',
  StartTime: 1_790_000_000.5,
  TableArn: TABLE_ARN,
  ExportTime: 1_790_000_000,
  S3Bucket: 'backups',
  S3Prefix: 'orders/',
  ExportFormat: 'DYNAMODB_JSON',
  ExportType: 'FULL_EXPORT',
}
const importDescription = {
  ImportArn: IMPORT_ARN,
  ImportStatus: 'COMPLETED',
  TableArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders-imported',
  S3BucketSource: { S3Bucket: 'backups', S3KeyPrefix: 'orders/AWSDynamoDB/01700000000000-a1b2c3d4/data/' },
  InputFormat: 'DYNAMODB_JSON',
  InputCompressionType: 'GZIP',
  ProcessedItemCount: 10_000,
  ImportedItemCount: 9_998,
  ErrorCount: 2,
}
const tableCreation = {
  TableName: 'Orders-imported',
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  BillingMode: 'PAY_PER_REQUEST',
}

const cases = [
  [
    'restoreTableToPointInTime',
    'RestoreTableToPointInTime',
    { SourceTableName: 'Orders', TargetTableName: 'Orders-at-noon', RestoreDateTime: 1_790_000_000 },
    { TableDescription: { TableName: 'Orders-at-noon', TableStatus: 'CREATING' } },
    ['Orders-at-noon'],
  ],
  [
    'exportTableToPointInTime',
    'ExportTableToPointInTime',
    {
      TableArn: TABLE_ARN,
      S3Bucket: 'backups',
      S3Prefix: 'orders/',
      ExportFormat: 'DYNAMODB_JSON',
      ClientToken: 'nightly-2026-12-07',
    },
    { ExportDescription: exportDescription },
    ['Orders'],
  ],
  [
    'describeExport',
    'DescribeExport',
    { ExportArn: EXPORT_ARN },
    { ExportDescription: { ...exportDescription, ExportStatus: 'COMPLETED', ItemCount: 10_000 } },
    ['Orders'],
  ],
  [
    'listExports',
    'ListExports',
    { TableArn: TABLE_ARN, MaxResults: 10 },
    { ExportSummaries: [{ ExportArn: EXPORT_ARN, ExportStatus: 'COMPLETED' }], NextToken: 'n2' },
    ['Orders'],
  ],
  [
    'importTable',
    'ImportTable',
    {
      S3BucketSource: { S3Bucket: 'backups', S3KeyPrefix: 'orders/' },
      InputFormat: 'DYNAMODB_JSON',
      InputCompressionType: 'GZIP',
      TableCreationParameters: tableCreation,
    },
    { ImportTableDescription: { ...importDescription, ImportStatus: 'IN_PROGRESS' } },
    ['Orders-imported'],
  ],
  [
    'describeImport',
    'DescribeImport',
    { ImportArn: IMPORT_ARN },
    { ImportTableDescription: importDescription },
    ['Orders-imported'],
  ],
  [
    'listImports',
    'ListImports',
    { TableArn: TABLE_ARN, PageSize: 5 },
    { ImportSummaryList: [{ ImportArn: IMPORT_ARN, ImportStatus: 'COMPLETED' }] },
    ['Orders'],
  ],
] as const

describe('point-in-time recovery and S3 export/import against canned AWS responses', () => {
  for (const [method, operation, input, output, tables] of cases) {
    it(`${method} sends ${operation} (the input as JSON, signed) and returns the response`, async () => {
      server.enqueue({ body: output })
      const call = client[method] as (input: object) => Promise<unknown>
      await expect(call.call(client, input)).resolves.toEqual(output)
      const request = server.requests.at(-1)
      expect(request?.headers['x-amz-target']).toBe(`DynamoDB_20120810.${operation}`)
      expect(String(request?.headers.authorization)).toContain('/eu-west-1/dynamodb/aws4_request')
      expect(request?.json).toEqual(input)
      expect(OPERATIONS[operation].tablesOf(input)).toEqual(tables)
    })
  }

  it('checks the input shape before sending: a missing S3Bucket or an unknown format is refused', async () => {
    const noBucket = { TableArn: TABLE_ARN } as Parameters<DynamoClient['exportTableToPointInTime']>[0]
    await expect(client.exportTableToPointInTime(noBucket)).rejects.toBeInstanceOf(InvalidInputError)
    const badFormat = {
      S3BucketSource: { S3Bucket: 'b' },
      InputFormat: 'PARQUET',
      TableCreationParameters: tableCreation,
    } as unknown as Parameters<DynamoClient['importTable']>[0]
    await expect(client.importTable(badFormat)).rejects.toMatchObject({
      code: 'InvalidInputError',
      key: 'InputFormat',
    })
    expect(server.requests).toHaveLength(0)
  })
})

describe('the error shapes AWS returns map to typed errors with a hint per code', () => {
  const errorCases = [
    [
      'PointInTimeRecoveryUnavailableException',
      "Point in time recovery is not enabled for table 'Orders'",
      BackupError,
      /updateContinuousBackups/,
      () => client.restoreTableToPointInTime({ SourceTableName: 'Orders', TargetTableName: 'x' }),
    ],
    [
      'InvalidRestoreTimeException',
      'Restore time is not within the restorable time range',
      BackupError,
      /UseLatestRestorableTime/,
      () =>
        client.restoreTableToPointInTime({
          SourceTableName: 'Orders',
          TargetTableName: 'x',
          RestoreDateTime: 1,
        }),
    ],
    [
      'ExportConflictException',
      'Export with the same client token but different parameters already exists',
      S3ExportError,
      /new ClientToken/,
      () => client.exportTableToPointInTime({ TableArn: TABLE_ARN, S3Bucket: 'b', ClientToken: 't' }),
    ],
    [
      'InvalidExportTimeException',
      'Export time is not within the point in time recovery window',
      S3ExportError,
      /recovery window/,
      () => client.exportTableToPointInTime({ TableArn: TABLE_ARN, S3Bucket: 'b', ExportTime: 1 }),
    ],
    [
      'ExportNotFoundException',
      'Export not found',
      S3ExportError,
      /listExports/,
      () => client.describeExport({ ExportArn: EXPORT_ARN }),
    ],
    [
      'ImportConflictException',
      'There was a conflict when importing from the specified S3 source',
      S3ImportError,
      /another TableName/,
      () =>
        client.importTable({
          S3BucketSource: { S3Bucket: 'b' },
          InputFormat: 'CSV',
          TableCreationParameters: tableCreation as never,
        }),
    ],
    [
      'ImportNotFoundException',
      'Import not found',
      S3ImportError,
      /listImports/,
      () => client.describeImport({ ImportArn: IMPORT_ARN }),
    ],
    [
      'TableAlreadyExistsException',
      'Table already exists: Orders-at-noon',
      TableAlreadyExistsError,
      /does not exist yet/,
      () =>
        client.restoreTableToPointInTime({ SourceTableName: 'Orders', TargetTableName: 'Orders-at-noon' }),
    ],
  ] as const

  for (const [code, message, ErrorClass, hint, call] of errorCases) {
    it(`${code} becomes ${ErrorClass.name} with code, message, request id and hint, not retried`, async () => {
      server.enqueue(dynamoError(code, message))
      const error = await call().catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ErrorClass)
      expect(error).toMatchObject({ code, message, statusCode: 400, retryable: false })
      expect((error as BackupError).requestId).toMatch(/^req-/)
      expect((error as BackupError).hint).toMatch(hint)
      expect(server.requests).toHaveLength(1)
    })
  }
})
