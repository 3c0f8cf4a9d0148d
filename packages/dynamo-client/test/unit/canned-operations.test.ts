import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  BackupError,
  DynamoClient,
  OPERATION_NAMES,
  OPERATIONS,
  TransactionCanceledError,
  UnknownOperationError,
} from '../../src/index'
import { type CannedServer, dynamoError, startCannedServer } from '../support/canned-server'
import { MINIMAL } from '../support/minimal-inputs'

let server: CannedServer
let client: DynamoClient

beforeAll(async () => {
  server = await startCannedServer()
  client = new DynamoClient({
    endpoint: server.endpoint,
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'session' },
    maxRetries: 0,
  })
})
beforeEach(() => {
  server.requests.length = 0
  server.fallback = { body: {} }
})
afterAll(async () => {
  await client.close()
  await server.close()
})

const TABLE_ARN = 'arn:aws:dynamodb:eu-west-1:123456789012:table/Orders'
const BACKUP_ARN = `${TABLE_ARN}/backup/01700000000000-abcdef`

function lastRequest() {
  const request = server.requests.at(-1)
  if (!request) throw new Error('no request recorded')
  return request
}

/** Operations DynamoDB Local does not implement: request shape checked against a canned server. */
describe('operations DynamoDB Local lacks (canned responses)', () => {
  const cases = [
    ['tagResource', 'TagResource', { ResourceArn: TABLE_ARN, Tags: [{ Key: 'team', Value: 'core' }] }, {}],
    ['untagResource', 'UntagResource', { ResourceArn: TABLE_ARN, TagKeys: ['team'] }, {}],
    [
      'listTagsOfResource',
      'ListTagsOfResource',
      { ResourceArn: TABLE_ARN },
      { Tags: [{ Key: 'team', Value: 'core' }] },
    ],
    [
      'createBackup',
      'CreateBackup',
      { TableName: 'Orders', BackupName: 'nightly' },
      {
        BackupDetails: {
          BackupArn: BACKUP_ARN,
          BackupName: 'nightly',
          BackupStatus: 'CREATING',
          BackupType: 'USER',
          BackupCreationDateTime: 1.7e9,
        },
      },
    ],
    [
      'listBackups',
      'ListBackups',
      { TableName: 'Orders', BackupType: 'USER' },
      { BackupSummaries: [{ BackupArn: BACKUP_ARN }] },
    ],
    [
      'describeBackup',
      'DescribeBackup',
      { BackupArn: BACKUP_ARN },
      { BackupDescription: { BackupDetails: { BackupArn: BACKUP_ARN } } },
    ],
    ['deleteBackup', 'DeleteBackup', { BackupArn: BACKUP_ARN }, { BackupDescription: {} }],
    [
      'restoreTableFromBackup',
      'RestoreTableFromBackup',
      { TargetTableName: 'Orders-restored', BackupArn: BACKUP_ARN, BillingModeOverride: 'PAY_PER_REQUEST' },
      { TableDescription: { TableName: 'Orders-restored', TableStatus: 'CREATING' } },
    ],
    [
      'updateContributorInsights',
      'UpdateContributorInsights',
      { TableName: 'Orders', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' },
      {
        TableName: 'Orders',
        ContributorInsightsStatus: 'ENABLING',
        ContributorInsightsMode: 'THROTTLED_KEYS',
      },
    ],
    [
      'describeContributorInsights',
      'DescribeContributorInsights',
      { TableName: 'Orders', IndexName: 'GSI1' },
      {
        TableName: 'Orders',
        IndexName: 'GSI1',
        ContributorInsightsStatus: 'ENABLED',
        ContributorInsightsRuleList: ['r'],
      },
    ],
    [
      'updateContinuousBackups',
      'UpdateContinuousBackups',
      { TableName: 'Orders', PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } },
      { ContinuousBackupsDescription: { ContinuousBackupsStatus: 'ENABLED' } },
    ],
    [
      'describeContinuousBackups',
      'DescribeContinuousBackups',
      { TableName: 'Orders' },
      {
        ContinuousBackupsDescription: {
          ContinuousBackupsStatus: 'ENABLED',
          PointInTimeRecoveryDescription: { PointInTimeRecoveryStatus: 'ENABLED' },
        },
      },
    ],
  ] as const

  for (const [method, operation, input, output] of cases) {
    it(`${method} sends ${operation} with the input as JSON and returns the response`, async () => {
      server.enqueue({ body: output })
      const call = client[method] as (input: object) => Promise<unknown>
      await expect(call.call(client, input)).resolves.toEqual(output)
      const request = lastRequest()
      expect(request.headers['x-amz-target']).toBe(`DynamoDB_20120810.${operation}`)
      expect(request.headers['x-amz-security-token']).toBe('session')
      expect(String(request.headers.authorization)).toContain('/eu-west-1/dynamodb/aws4_request')
      expect(request.json).toEqual(input)
    })
  }

  it('backup errors map to BackupError; UnknownOperationException to UnknownOperationError', async () => {
    server.enqueue(
      dynamoError('BackupNotFoundException', 'no such backup'),
      dynamoError('UnknownOperationException', 'nope'),
    )
    await expect(client.describeBackup({ BackupArn: BACKUP_ARN })).rejects.toBeInstanceOf(BackupError)
    await expect(client.createBackup({ TableName: 'x', BackupName: 'y' })).rejects.toBeInstanceOf(
      UnknownOperationError,
    )
  })
})

describe('operation registry', () => {
  it('every operation has a camelCase method that sends it', async () => {
    for (const name of OPERATION_NAMES) {
      const method = `${name[0]?.toLowerCase()}${name.slice(1)}` as keyof DynamoClient
      expect(typeof client[method], name).toBe('function')
      server.enqueue({ body: {} })
      await (client[method] as (input: object) => Promise<unknown>).call(client, MINIMAL[name])
      const prefix = OPERATIONS[name].service === 'streams' ? 'DynamoDBStreams_20120810' : 'DynamoDB_20120810'
      expect(lastRequest().headers['x-amz-target']).toBe(`${prefix}.${name}`)
    }
    expect(OPERATION_NAMES).toHaveLength(43)
  })

  it('Streams operations go to the streams host on AWS, and to the override locally', async () => {
    expect(OPERATIONS.GetRecords.target).toBe('DynamoDBStreams_20120810.GetRecords')
    const aws = new DynamoClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    })
    // Resolve the runtime without sending anything to AWS.
    await aws.region()
    expect(aws.toJSON().endpoint).toBe('https://dynamodb.eu-west-1.amazonaws.com')
    const { resolveRuntime } = await import('../../src/client/runtime')
    const runtime = await resolveRuntime({
      region: 'cn-north-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      transport: { kind: 'none', send: () => Promise.reject(new Error('unused')), close: async () => {} },
    })
    expect(runtime.endpoints.streams.origin).toBe('https://streams.dynamodb.cn-north-1.amazonaws.com.cn')
    expect(runtime.endpoints.dynamodb.origin).toBe('https://dynamodb.cn-north-1.amazonaws.com.cn')
    await aws.close()
  })
})

describe('error mapping from canned responses', () => {
  it('TransactionCanceledException: reasons mapped per item, with items', async () => {
    server.enqueue(
      dynamoError(
        'TransactionCanceledException',
        'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]',
        400,
        {
          CancellationReasons: [
            { Code: 'None' },
            {
              Code: 'ConditionalCheckFailed',
              Message: 'The conditional request failed',
              Item: { pk: { S: 'a' } },
            },
          ],
        },
      ),
    )
    const error = await client.transactWriteItems({ TransactItems: [] }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TransactionCanceledError)
    const canceled = error as TransactionCanceledError
    expect(canceled.reasons).toEqual([
      { index: 0, code: 'None', message: undefined, item: undefined },
      {
        index: 1,
        code: 'ConditionalCheckFailed',
        message: 'The conditional request failed',
        item: { pk: { S: 'a' } },
      },
    ])
    expect(canceled.requestId).toMatch(/^req-/)
    expect(canceled.toJSON()).toMatchObject({
      code: 'TransactionCanceledException',
      reasons: [{ index: 0 }, { index: 1 }],
    })
  })

  it('keeps the service exception name for codes it has no class for', async () => {
    server.enqueue(dynamoError('ReplicaNotFoundException', 'no replica'))
    await expect(client.describeTable({ TableName: 'x' })).rejects.toMatchObject({
      name: 'ReplicaNotFoundException',
      code: 'ReplicaNotFoundException',
      message: 'no replica',
      statusCode: 400,
      retryable: false,
    })
  })

  it('accepts the `Message` spelling and `type:suffix` forms', async () => {
    server.enqueue({
      status: 400,
      body: { __type: 'com.amazon.coral.validate#ValidationException:http://internal', Message: 'bad' },
    })
    await expect(client.getItem({ TableName: 'x', Key: {} })).rejects.toMatchObject({
      code: 'ValidationException',
      message: 'bad',
    })
  })
})
