import { describe, expect, it } from 'vitest'
import {
  AmbiguousOutcomeError,
  ConditionalCheckFailedError,
  DocumentClient,
  DynamoClient,
  InvalidInputError,
  isAmbiguousOutcome,
  isConditionalCheckFailed,
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
    maxRetries: 3,
  })
  clients.push(client)
}, clients)

const Item = { pk: { S: 'a' }, n: { N: '1' } }
const Key = { pk: { S: 'a' } }
const conditionalPut = { TableName: 'T', Item, ConditionExpression: 'attribute_not_exists(pk)' }
const conditionFailed = (item?: object) =>
  dynamoError(
    'ConditionalCheckFailedException',
    'The conditional request failed',
    400,
    item ? { Item: item } : {},
  )

describe('{ idempotent: true } sends a single write as a one-item transaction with a token', () => {
  it('UpdateItem becomes TransactWriteItems [{ Update }] with a ClientRequestToken kept across retries', async () => {
    server.enqueue({ status: 500, body: {} }, { body: {} })
    const input = {
      TableName: 'T',
      Key,
      UpdateExpression: 'ADD c :one',
      ExpressionAttributeValues: { ':one': { N: '1' } },
    }
    await expect(client.updateItem(input, { idempotent: true })).resolves.toEqual({})
    expect(server.requests.map((r) => r.headers['x-amz-target'])).toEqual([
      'DynamoDB_20120810.TransactWriteItems',
      'DynamoDB_20120810.TransactWriteItems',
    ])
    const [first, second] = server.requests.map((r) => r.json)
    expect(first).toMatchObject({ TransactItems: [{ Update: input }] })
    expect(first?.ClientRequestToken).toMatch(/^[0-9a-f-]{36}$/)
    expect(second?.ClientRequestToken).toBe(first?.ClientRequestToken)
  })

  it('a failed condition comes back as ConditionalCheckFailedError with the stored item', async () => {
    server.enqueue(
      dynamoError('TransactionCanceledException', 'Transaction cancelled [ConditionalCheckFailed]', 400, {
        CancellationReasons: [
          { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed', Item },
        ],
      }),
    )
    const error = await client
      .putItem({ ...conditionalPut, ReturnValuesOnConditionCheckFailure: 'ALL_OLD' }, { idempotent: true })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ConditionalCheckFailedError)
    expect((error as ConditionalCheckFailedError).item).toEqual(Item)
  })

  it('capacity and collection metrics of the transaction are returned in the single-write shape', async () => {
    server.enqueue({
      body: {
        ConsumedCapacity: [{ TableName: 'T', CapacityUnits: 2 }],
        ItemCollectionMetrics: { T: [{ ItemCollectionKey: Key, SizeEstimateRangeGB: [0, 1] }] },
      },
    })
    const out = await client.deleteItem(
      { TableName: 'T', Key, ReturnConsumedCapacity: 'TOTAL', ReturnItemCollectionMetrics: 'SIZE' },
      { idempotent: true },
    )
    expect(out).toEqual({
      ConsumedCapacity: { TableName: 'T', CapacityUnits: 2 },
      ItemCollectionMetrics: { ItemCollectionKey: Key, SizeEstimateRangeGB: [0, 1] },
    })
    expect(server.requests[0]?.json).toMatchObject({
      ReturnConsumedCapacity: 'TOTAL',
      ReturnItemCollectionMetrics: 'SIZE',
    })
  })

  it('refuses what a transaction cannot honour: ReturnValues, legacy parameters, other operations', async () => {
    await expect(
      client.putItem({ TableName: 'T', Item, ReturnValues: 'ALL_OLD' }, { idempotent: true }),
    ).rejects.toMatchObject({
      code: 'InvalidInputError',
      key: 'ReturnValues',
    })
    await expect(
      client.putItem({ TableName: 'T', Item, Expected: { pk: { Exists: false } } }, { idempotent: true }),
    ).rejects.toMatchObject({ key: 'Expected' })
    await expect(
      client.getItem({ TableName: 'T', Key }, { idempotent: true } as never),
    ).rejects.toBeInstanceOf(InvalidInputError)
    expect(server.requests).toHaveLength(0)
  })

  it('DocumentClient.update passes the option through', async () => {
    const doc = new DocumentClient(client)
    await doc.update(
      {
        TableName: 'T',
        Key: { pk: 'a' },
        UpdateExpression: 'ADD c :one',
        ExpressionAttributeValues: { ':one': 1 },
      },
      { idempotent: true },
    )
    expect(server.requests[0]?.headers['x-amz-target']).toBe('DynamoDB_20120810.TransactWriteItems')
    expect(server.requests[0]?.json).toMatchObject({
      TransactItems: [{ Update: { Key: { pk: { S: 'a' } } } }],
    })
  })
})

describe('a condition failure on the retry of a write whose answer was lost', () => {
  it('is success when the stored item is exactly ours (a PutItem proven by ALL_OLD)', async () => {
    server.enqueue({ destroy: true }, conditionFailed(Item))
    await expect(client.putItem(conditionalPut)).resolves.toEqual({})
    expect(server.requests[0]?.json.ReturnValuesOnConditionCheckFailure).toBeUndefined()
    expect(server.requests[1]?.json.ReturnValuesOnConditionCheckFailure).toBe('ALL_OLD')
  })

  it('is an AmbiguousOutcomeError when the stored item differs', async () => {
    server.enqueue({ status: 500, body: {} }, conditionFailed({ pk: { S: 'a' }, n: { N: '2' } }))
    const error = await client.putItem(conditionalPut).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AmbiguousOutcomeError)
    expect(error).toMatchObject({ code: 'AmbiguousOutcomeError', attempts: 2, operation: 'PutItem' })
    expect((error as AmbiguousOutcomeError).conditionFailure).toBeInstanceOf(ConditionalCheckFailedError)
    expect(isAmbiguousOutcome(error)).toBe(true)
    expect(isConditionalCheckFailed(error)).toBe(false)
    expect(isAmbiguousOutcome((error as AmbiguousOutcomeError).conditionFailure)).toBe(false)
  })

  it('is an AmbiguousOutcomeError for an UpdateItem (nothing to prove it by)', async () => {
    server.enqueue({ destroy: true }, conditionFailed())
    const update = {
      TableName: 'T',
      Key,
      UpdateExpression: 'SET n = :n',
      ConditionExpression: 'n = :old',
      ExpressionAttributeValues: { ':n': { N: '2' }, ':old': { N: '1' } },
    }
    await expect(client.updateItem(update)).rejects.toBeInstanceOf(AmbiguousOutcomeError)
  })

  it('stays a plain ConditionalCheckFailedError when no earlier attempt could have been applied', async () => {
    server.enqueue(dynamoError('ThrottlingException', 'slow'), conditionFailed(Item))
    await expect(client.putItem(conditionalPut)).rejects.toBeInstanceOf(ConditionalCheckFailedError)
    expect(server.requests[1]?.json.ReturnValuesOnConditionCheckFailure).toBeUndefined()
  })
})
