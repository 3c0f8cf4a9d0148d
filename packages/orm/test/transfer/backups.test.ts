import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BackupError, DynamoClient, type TransportRequest } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  backupTable,
  createOrm,
  exportToS3,
  importFromS3,
  restoreTable,
  restoreToPointInTime,
  TransferError,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'

const Order = defineModel({
  name: 'Order',
  attributes: {
    id: { type: 'string', fillable: true },
    state: { type: 'string', fillable: true, required: true },
    total: { type: 'number', fillable: true },
  },
  indexes: [{ name: 'byState', columns: ['state'] }],
} as const)

const dir = mkdtempSync(join(tmpdir(), 'dbtooling-backups-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('backups against DynamoDB Local: file snapshots, said so; AWS-only features refused', {
  timeout: 120_000,
}, () => {
  const recorder = requestRecorder()
  const makeOrm = (tableName: string) =>
    createOrm({ models: [Order], client: localClient([recorder]), design: { tableName }, setDefault: false })
  const orm = makeOrm(uniqueTableName('bk-src'))

  beforeAll(async () => {
    await orm.createTable()
    await orm
      .model('Order')
      .insertMany(
        Array.from({ length: 60 }, (_, i) => ({ id: `o${i}`, state: i % 2 ? 'paid' : 'open', total: i })),
      )
  })
  afterAll(() => orm.dropTable())

  it('backupTable writes a snapshot file (CreateBackup is not implemented) and restoreTable loads it into a new table', async () => {
    recorder.clear()
    const backup = await backupTable(orm, { name: 'nightly', snapshotDir: dir })
    expect(recorder.ops()[0]).toBe('CreateBackup')
    expect(backup).toMatchObject({ kind: 'file-snapshot', items: 60, file: join(dir, 'nightly.ndjson.gz') })
    if (backup.kind !== 'file-snapshot') throw new Error('expected a snapshot')
    expect(backup.note).toContain('DynamoDB Local has no backups')
    expect(existsSync(backup.file)).toBe(true)

    const restored = makeOrm(uniqueTableName('bk-dst'))
    try {
      const result = await restoreTable(restored, { from: backup.file })
      expect(result).toMatchObject({ kind: 'file-snapshot', import: { read: 60, written: 60, rejected: 0 } })
      const paid = await restored.model('Order').where('state', 'paid').get()
      expect(
        paid
          .all()
          .map((o) => o.id)
          .sort(),
      ).toEqual(Array.from({ length: 30 }, (_, i) => `o${i * 2 + 1}`).sort())
    } finally {
      await restored.dropTable()
    }
  })

  it.each([
    ['restoreToPointInTime', () => restoreToPointInTime(orm, { toTable: 'x' }), /restoreTable/],
    ['exportToS3', () => exportToS3(orm, { bucket: 'exports' }), /format: 's3'/],
    ['importFromS3', () => importFromS3(orm, { bucket: 'exports', tableName: 'x' }), /importTable/],
    [
      'restoreTable from a backup ARN',
      () => restoreTable(orm, { from: 'arn:aws:dynamodb:us-east-1:1:table/t/backup/01', toTable: 'x' }),
      /file snapshot/,
    ],
  ])('%s: TransferError NOT_AVAILABLE_LOCALLY with what to do instead', async (_name, call, hint) => {
    const error = await call().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransferError)
    expect(error).toMatchObject({ code: 'NOT_AVAILABLE_LOCALLY' })
    expect((error as TransferError).hint).toMatch(hint)
  })
})

/** A transport answering like AWS from a script, recording each operation and its JSON input. */
function awsTransport(
  answers: Record<string, (input: Record<string, unknown>) => { status?: number; body: object }>,
) {
  const sent: Array<{ operation: string; input: Record<string, unknown> }> = []
  return {
    sent,
    transport: {
      kind: 'canned',
      async send(request: TransportRequest) {
        const operation = request.headers['x-amz-target']?.split('.')[1] ?? ''
        const input = JSON.parse(request.body) as Record<string, unknown>
        sent.push({ operation, input })
        const answer = answers[operation]?.(input) ?? {
          status: 400,
          body: { __type: '#UnknownOperationException' },
        }
        return { statusCode: answer.status ?? 200, requestId: 'req-1', body: JSON.stringify(answer.body) }
      },
      async close() {},
    },
  }
}

const TABLE_ARN = 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders-prod'
const awsOrm = (transport: ReturnType<typeof awsTransport>['transport']) =>
  createOrm({
    models: [Order],
    client: new DynamoClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      transport,
      maxRetries: 0,
    }),
    design: { tableName: 'orders-prod' },
    setDefault: false,
  })

describe('backups on AWS (canned responses): the native calls, with what the ORM fills in', () => {
  it('backupTable sends CreateBackup and returns the backup ARN', async () => {
    const aws = awsTransport({
      CreateBackup: (input) => ({
        body: {
          BackupDetails: {
            BackupArn: `${TABLE_ARN}/backup/01`,
            BackupName: input.BackupName,
            BackupStatus: 'CREATING',
            BackupType: 'USER',
            BackupCreationDateTime: 1.79e9,
          },
        },
      }),
    })
    const result = await backupTable(awsOrm(aws.transport), { name: 'before-migration' })
    expect(aws.sent).toEqual([
      { operation: 'CreateBackup', input: { TableName: 'orders-prod', BackupName: 'before-migration' } },
    ])
    expect(result).toEqual({
      kind: 'on-demand-backup',
      table: 'orders-prod',
      name: 'before-migration',
      backupArn: `${TABLE_ARN}/backup/01`,
      status: 'CREATING',
    })
  })

  it('restoreToPointInTime sends RestoreDateTime in epoch seconds, or UseLatestRestorableTime', async () => {
    const aws = awsTransport({
      RestoreTableToPointInTime: (input) => ({
        body: { TableDescription: { TableName: input.TargetTableName, TableStatus: 'CREATING' } },
      }),
    })
    const orm = awsOrm(aws.transport)
    const at = new Date('2026-12-07T12:00:00.500Z')
    expect(await restoreToPointInTime(orm, { toTable: 'orders-noon', at })).toEqual({
      kind: 'point-in-time',
      table: 'orders-noon',
      restoredTo: at,
      status: 'CREATING',
    })
    await restoreToPointInTime(orm, { toTable: 'orders-latest' })
    expect(aws.sent.map((s) => s.input)).toEqual([
      {
        SourceTableName: 'orders-prod',
        TargetTableName: 'orders-noon',
        RestoreDateTime: at.getTime() / 1000,
      },
      { SourceTableName: 'orders-prod', TargetTableName: 'orders-latest', UseLatestRestorableTime: true },
    ])
    await expect(restoreToPointInTime(orm, { toTable: 'x', at: new Date('nope') })).rejects.toMatchObject({
      code: 'INVALID_TRANSFER_OPTIONS',
    })
  })

  it('a table without PITR: the BackupError says how to turn it on', async () => {
    const aws = awsTransport({
      RestoreTableToPointInTime: () => ({
        status: 400,
        body: {
          __type: 'com.amazonaws.dynamodb.v20120810#PointInTimeRecoveryUnavailableException',
          message: 'Point in time recovery is not enabled for table',
        },
      }),
    })
    const error = await restoreToPointInTime(awsOrm(aws.transport), { toTable: 'x' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BackupError)
    expect((error as BackupError).hint).toContain('PointInTimeRecoveryEnabled: true')
  })

  it('exportToS3 finds the table ARN, then sends ExportTableToPointInTime in DynamoDB JSON', async () => {
    const aws = awsTransport({
      DescribeTable: () => ({ body: { Table: { TableName: 'orders-prod', TableArn: TABLE_ARN } } }),
      ExportTableToPointInTime: () => ({
        body: { ExportDescription: { ExportArn: `${TABLE_ARN}/export/01`, ExportStatus: 'IN_PROGRESS' } },
      }),
    })
    const described = await exportToS3(awsOrm(aws.transport), {
      bucket: 'exports',
      prefix: 'orders/',
      clientToken: 'nightly-2026-12-07',
    })
    expect(described).toEqual({ ExportArn: `${TABLE_ARN}/export/01`, ExportStatus: 'IN_PROGRESS' })
    expect(aws.sent.map((s) => s.operation)).toEqual(['DescribeTable', 'ExportTableToPointInTime'])
    expect(aws.sent[1]?.input).toEqual({
      TableArn: TABLE_ARN,
      S3Bucket: 'exports',
      S3Prefix: 'orders/',
      ExportFormat: 'DYNAMODB_JSON',
      ClientToken: 'nightly-2026-12-07',
    })
    await expect(exportToS3(awsOrm(aws.transport), { bucket: '' })).rejects.toMatchObject({
      code: 'INVALID_TRANSFER_OPTIONS',
    })
  })

  it("importFromS3 creates the new table from the ORM's design (keys, GSIs, billing)", async () => {
    const aws = awsTransport({
      ImportTable: () => ({
        body: { ImportTableDescription: { ImportArn: 'arn:import/01', ImportStatus: 'IN_PROGRESS' } },
      }),
    })
    const orm = awsOrm(aws.transport)
    await importFromS3(orm, {
      bucket: 'exports',
      prefix: 'orders/AWSDynamoDB/01/data/',
      tableName: 'orders-copy',
    })
    const input = aws.sent[0]?.input as {
      S3BucketSource: object
      InputFormat: string
      InputCompressionType: string
      TableCreationParameters: { TableName: string; KeySchema: object[]; GlobalSecondaryIndexes?: unknown[] }
    }
    expect(input.S3BucketSource).toEqual({ S3Bucket: 'exports', S3KeyPrefix: 'orders/AWSDynamoDB/01/data/' })
    expect(input).toMatchObject({ InputFormat: 'DYNAMODB_JSON', InputCompressionType: 'GZIP' })
    const expected = orm.createTableInput()
    expect(input.TableCreationParameters).toMatchObject({
      TableName: 'orders-copy',
      KeySchema: expected.KeySchema,
      AttributeDefinitions: expected.AttributeDefinitions,
      GlobalSecondaryIndexes: expected.GlobalSecondaryIndexes,
    })
    expect(input.TableCreationParameters.GlobalSecondaryIndexes?.length).toBeGreaterThan(0)
  })
})
