import { describe, expect, it } from 'vitest'
import { DocumentClient, type LowLevelSender, MarshallError, NumberValue } from '../../src/document/index'
import { and, beginsWith, buildExpressions, eq, increment, set } from '../../src/expressions/index'
import { LimitError } from '../../src/limits/index'

/** Records every request and answers from a queue of canned wire responses. */
class RecordingSender implements LowLevelSender {
  readonly requests: { operation: string; input: object }[] = []
  constructor(private readonly responses: unknown[] = []) {}
  async send(operation: string, input: object): Promise<unknown> {
    this.requests.push({ operation, input: JSON.parse(JSON.stringify(input)) })
    return this.responses.shift() ?? {}
  }
}

function setup(responses: unknown[] = []) {
  const sender = new RecordingSender(responses)
  return { sender, client: new DocumentClient(sender) }
}

describe('DocumentClient item operations', () => {
  it('get marshalls the key and unmarshalls the item', async () => {
    const { sender, client } = setup([{ Item: { pk: { S: 'U#1' }, n: { N: '12345678901234567890' } } }])
    const out = await client.get<{ pk: string; n: bigint }>({
      TableName: 't',
      Key: { pk: 'U#1' },
      ConsistentRead: true,
    })
    expect(sender.requests).toEqual([
      { operation: 'GetItem', input: { TableName: 't', Key: { pk: { S: 'U#1' } }, ConsistentRead: true } },
    ])
    expect(out.Item).toEqual({ pk: 'U#1', n: 12345678901234567890n })
  })

  it('get leaves Item absent when nothing was found', async () => {
    const { client } = setup([{}])
    const out = await client.get({ TableName: 't', Key: { pk: 'x' } })
    expect('Item' in out).toBe(false)
  })

  it('put marshalls item and expression values, and returns old attributes', async () => {
    const { sender, client } = setup([{ Attributes: { pk: { S: 'a' }, v: { N: '1' } } }])
    const out = await client.put({
      TableName: 't',
      Item: { pk: 'a', v: 2, tags: new Set(['x']), blob: new Uint8Array([1, 2]) },
      ...buildExpressions({ condition: eq('v', 1) }),
      ReturnValues: 'ALL_OLD',
    })
    expect(sender.requests[0]).toEqual({
      operation: 'PutItem',
      input: {
        TableName: 't',
        Item: { pk: { S: 'a' }, v: { N: '2' }, tags: { SS: ['x'] }, blob: { B: 'AQI=' } },
        ConditionExpression: '#n0 = :v0',
        ExpressionAttributeNames: { '#n0': 'v' },
        ExpressionAttributeValues: { ':v0': { N: '1' } },
        ReturnValues: 'ALL_OLD',
      },
    })
    expect(out.Attributes).toEqual({ pk: 'a', v: 1 })
  })

  it('update and delete marshall key and values', async () => {
    const { sender, client } = setup([{ Attributes: { views: { N: '3' } } }, {}])
    const updated = await client.update<{ views: number }>({
      TableName: 't',
      Key: { pk: 'a', sk: 1 },
      ...buildExpressions({ update: [increment('views'), set('title', 'T')] }),
      ReturnValues: 'UPDATED_NEW',
    })
    await client.delete({ TableName: 't', Key: { pk: 'a', sk: 1 } })
    expect(sender.requests).toEqual([
      {
        operation: 'UpdateItem',
        input: {
          TableName: 't',
          Key: { pk: { S: 'a' }, sk: { N: '1' } },
          UpdateExpression: 'SET #n0 = #n0 + :v0, #n1 = :v1',
          ExpressionAttributeNames: { '#n0': 'views', '#n1': 'title' },
          ExpressionAttributeValues: { ':v0': { N: '1' }, ':v1': { S: 'T' } },
          ReturnValues: 'UPDATED_NEW',
        },
      },
      { operation: 'DeleteItem', input: { TableName: 't', Key: { pk: { S: 'a' }, sk: { N: '1' } } } },
    ])
    expect(updated.Attributes?.views).toBe(3)
  })

  it('unmarshalls ItemCollectionMetrics keys', async () => {
    const { client } = setup([
      { ItemCollectionMetrics: { ItemCollectionKey: { pk: { S: 'a' } }, SizeEstimateRangeGB: [0, 1] } },
    ])
    const out = await client.put({ TableName: 't', Item: { pk: 'a' }, ReturnItemCollectionMetrics: 'SIZE' })
    expect(out.ItemCollectionMetrics).toEqual({ ItemCollectionKey: { pk: 'a' }, SizeEstimateRangeGB: [0, 1] })
  })

  it('refuses oversized items and keys before sending', async () => {
    const { sender, client } = setup()
    await expect(
      client.put({ TableName: 't', Item: { pk: 'a', blob: 'x'.repeat(410_000) } }),
    ).rejects.toBeInstanceOf(LimitError)
    await expect(client.get({ TableName: 't', Key: { pk: 'k'.repeat(2049) } })).rejects.toMatchObject({
      code: 'PARTITION_KEY_TOO_LARGE',
    })
    await expect(client.put({ TableName: 't', Item: { pk: 'a', tags: new Set() } })).rejects.toBeInstanceOf(
      MarshallError,
    )
    expect(sender.requests).toEqual([])
  })

  it('skips limit checks when validate is false', async () => {
    const sender = new RecordingSender()
    const client = new DocumentClient(sender, { validate: false })
    await client.put({ TableName: 't', Item: { pk: 'a', blob: 'x'.repeat(410_000) } })
    expect(sender.requests).toHaveLength(1)
  })

  it('passes marshall and unmarshall options through', async () => {
    const sender = new RecordingSender([{}, { Item: { n: { N: '1.5' } } }])
    const client = new DocumentClient(sender, {
      marshallOptions: { removeUndefinedValues: true },
      unmarshallOptions: { wrapNumbers: true },
    })
    await client.put({ TableName: 't', Item: { pk: 'a', gone: undefined } })
    const out = await client.get({ TableName: 't', Key: { pk: 'a' } })
    expect(sender.requests[0]!.input).toEqual({ TableName: 't', Item: { pk: { S: 'a' } } })
    expect(out.Item?.n).toEqual(new NumberValue('1.5'))
  })
})

describe('DocumentClient query and scan', () => {
  const page = (ids: string[], last?: string) => ({
    Items: ids.map((id) => ({ pk: { S: 'P' }, sk: { S: id } })),
    Count: ids.length,
    ...(last ? { LastEvaluatedKey: { pk: { S: 'P' }, sk: { S: last } } } : {}),
  })

  it('query marshalls values and start key and unmarshalls items and LastEvaluatedKey', async () => {
    const { sender, client } = setup([page(['a'], 'a')])
    const out = await client.query({
      TableName: 't',
      ...buildExpressions({ key: and(eq('pk', 'P'), beginsWith('sk', 'a')) }),
      ExclusiveStartKey: { pk: 'P', sk: '0' },
      Limit: 1,
    })
    expect(sender.requests[0]!.input).toEqual({
      TableName: 't',
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      ExpressionAttributeNames: { '#n0': 'pk', '#n1': 'sk' },
      ExpressionAttributeValues: { ':v0': { S: 'P' }, ':v1': { S: 'a' } },
      ExclusiveStartKey: { pk: { S: 'P' }, sk: { S: '0' } },
      Limit: 1,
    })
    expect(out).toEqual({ Items: [{ pk: 'P', sk: 'a' }], Count: 1, LastEvaluatedKey: { pk: 'P', sk: 'a' } })
  })

  it('queryAll follows LastEvaluatedKey across pages without mutating the input', async () => {
    const { sender, client } = setup([page(['a', 'b'], 'b'), page(['c'], 'c'), page([])])
    const input = {
      TableName: 't',
      KeyConditionExpression: '#p = :p',
      ExpressionAttributeNames: { '#p': 'pk' },
      ExpressionAttributeValues: { ':p': 'P' },
    }
    const ids: string[] = []
    for await (const item of client.queryAll<{ sk: string }>(input)) ids.push(item.sk)
    expect(ids).toEqual(['a', 'b', 'c'])
    expect(
      sender.requests.map((r) => (r.input as { ExclusiveStartKey?: unknown }).ExclusiveStartKey),
    ).toEqual([undefined, { pk: { S: 'P' }, sk: { S: 'b' } }, { pk: { S: 'P' }, sk: { S: 'c' } }])
    expect('ExclusiveStartKey' in input).toBe(false)
  })

  it('paginateScan yields pages and honours maxPages', async () => {
    const { sender, client } = setup([page(['a'], 'a'), page(['b'], 'b'), page(['c'])])
    const pages = []
    for await (const p of client.paginateScan({ TableName: 't' }, { maxPages: 2 })) pages.push(p.Items)
    expect(pages).toEqual([[{ pk: 'P', sk: 'a' }], [{ pk: 'P', sk: 'b' }]])
    expect(sender.requests.map((r) => r.operation)).toEqual(['Scan', 'Scan'])
  })

  it('scanAll stops at the last page', async () => {
    const { client } = setup([page(['a'], 'a'), page(['b'])])
    const items = []
    for await (const item of client.scanAll({ TableName: 't', Segment: 0, TotalSegments: 2 }))
      items.push(item)
    expect(items).toHaveLength(2)
  })
})

describe('DocumentClient batches and transactions', () => {
  it('batchGet marshalls keys and unmarshalls responses and unprocessed keys', async () => {
    const { sender, client } = setup([
      {
        Responses: { t: [{ pk: { S: 'a' } }] },
        UnprocessedKeys: { t: { Keys: [{ pk: { S: 'b' } }], ConsistentRead: true } },
      },
    ])
    const out = await client.batchGet({
      RequestItems: { t: { Keys: [{ pk: 'a' }, { pk: 'b' }], ConsistentRead: true } },
    })
    expect(sender.requests[0]!.input).toEqual({
      RequestItems: { t: { Keys: [{ pk: { S: 'a' } }, { pk: { S: 'b' } }], ConsistentRead: true } },
    })
    expect(out.Responses).toEqual({ t: [{ pk: 'a' }] })
    expect(out.UnprocessedKeys).toEqual({ t: { Keys: [{ pk: 'b' }], ConsistentRead: true } })
  })

  it('batchWrite marshalls puts and deletes and returns unprocessed items as plain JS', async () => {
    const { sender, client } = setup([
      { UnprocessedItems: { t: [{ PutRequest: { Item: { pk: { S: 'a' } } } }] } },
    ])
    const out = await client.batchWrite({
      RequestItems: { t: [{ PutRequest: { Item: { pk: 'a' } } }, { DeleteRequest: { Key: { pk: 'b' } } }] },
    })
    expect(sender.requests[0]!.input).toEqual({
      RequestItems: {
        t: [{ PutRequest: { Item: { pk: { S: 'a' } } } }, { DeleteRequest: { Key: { pk: { S: 'b' } } } }],
      },
    })
    expect(out.UnprocessedItems).toEqual({ t: [{ PutRequest: { Item: { pk: 'a' } } }] })
  })

  it('rejects batches over the limits before sending', async () => {
    const { sender, client } = setup()
    const puts = Array.from({ length: 26 }, (_, i) => ({ PutRequest: { Item: { pk: `k${i}` } } }))
    await expect(client.batchWrite({ RequestItems: { t: puts } })).rejects.toMatchObject({
      code: 'BATCH_WRITE_TOO_MANY_ITEMS',
    })
    const keys = Array.from({ length: 101 }, (_, i) => ({ pk: `k${i}` }))
    await expect(client.batchGet({ RequestItems: { t: { Keys: keys } } })).rejects.toMatchObject({
      code: 'BATCH_GET_TOO_MANY_ITEMS',
    })
    expect(sender.requests).toEqual([])
  })

  it('transactWrite marshalls every action kind', async () => {
    const { sender, client } = setup([{}])
    await client.transactWrite({
      TransactItems: [
        { Put: { TableName: 't', Item: { pk: 'a' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Update: {
            TableName: 't',
            Key: { pk: 'b' },
            UpdateExpression: 'SET #v = :v',
            ExpressionAttributeNames: { '#v': 'v' },
            ExpressionAttributeValues: { ':v': 1 },
          },
        },
        { Delete: { TableName: 't', Key: { pk: 'c' } } },
        {
          ConditionCheck: {
            TableName: 't',
            Key: { pk: 'd' },
            ConditionExpression: '#v = :v',
            ExpressionAttributeNames: { '#v': 'v' },
            ExpressionAttributeValues: { ':v': true },
          },
        },
      ],
      ClientRequestToken: 'token',
    })
    expect(sender.requests[0]).toEqual({
      operation: 'TransactWriteItems',
      input: {
        TransactItems: [
          {
            Put: {
              TableName: 't',
              Item: { pk: { S: 'a' } },
              ConditionExpression: 'attribute_not_exists(pk)',
            },
          },
          {
            Update: {
              TableName: 't',
              Key: { pk: { S: 'b' } },
              UpdateExpression: 'SET #v = :v',
              ExpressionAttributeNames: { '#v': 'v' },
              ExpressionAttributeValues: { ':v': { N: '1' } },
            },
          },
          { Delete: { TableName: 't', Key: { pk: { S: 'c' } } } },
          {
            ConditionCheck: {
              TableName: 't',
              Key: { pk: { S: 'd' } },
              ConditionExpression: '#v = :v',
              ExpressionAttributeNames: { '#v': 'v' },
              ExpressionAttributeValues: { ':v': { BOOL: true } },
            },
          },
        ],
        ClientRequestToken: 'token',
      },
    })
  })

  it('transactGet unmarshalls responses, keeping positions of missing items', async () => {
    const { client } = setup([{ Responses: [{ Item: { pk: { S: 'a' } } }, {}] }])
    const out = await client.transactGet({
      TransactItems: [
        { Get: { TableName: 't', Key: { pk: 'a' } } },
        { Get: { TableName: 't', Key: { pk: 'z' } } },
      ],
    })
    expect(out.Responses).toEqual([{ Item: { pk: 'a' } }, {}])
  })

  it('rejects transactions over 100 actions', async () => {
    const { client } = setup()
    const items = Array.from({ length: 101 }, (_, i) => ({
      Delete: { TableName: 't', Key: { pk: `k${i}` } },
    }))
    await expect(client.transactWrite({ TransactItems: items })).rejects.toMatchObject({
      code: 'TRANSACTION_TOO_MANY_ITEMS',
    })
  })
})

describe('DocumentClient PartiQL', () => {
  it('executeStatement marshalls parameters and unmarshalls items', async () => {
    const { sender, client } = setup([{ Items: [{ pk: { S: 'a' } }], NextToken: 'n' }])
    const out = await client.executeStatement({
      Statement: 'SELECT * FROM t WHERE pk = ?',
      Parameters: ['a'],
    })
    expect(sender.requests[0]!.input).toEqual({
      Statement: 'SELECT * FROM t WHERE pk = ?',
      Parameters: [{ S: 'a' }],
    })
    expect(out).toEqual({ Items: [{ pk: 'a' }], NextToken: 'n' })
  })

  it('batchExecuteStatement and executeTransaction convert every statement', async () => {
    const { sender, client } = setup([
      {
        Responses: [
          { TableName: 't', Item: { pk: { S: 'a' } } },
          { Error: { Code: 'X', Item: { pk: { S: 'b' } } } },
        ],
      },
      { Responses: [{ Item: { n: { N: '1' } } }] },
    ])
    const batch = await client.batchExecuteStatement({
      Statements: [{ Statement: 'SELECT * FROM t WHERE pk = ?', Parameters: ['a'] }, { Statement: 'S' }],
    })
    const tx = await client.executeTransaction({
      TransactStatements: [{ Statement: 'S', Parameters: [1, null] }],
    })
    expect(sender.requests.map((r) => r.input)).toEqual([
      {
        Statements: [
          { Statement: 'SELECT * FROM t WHERE pk = ?', Parameters: [{ S: 'a' }] },
          { Statement: 'S' },
        ],
      },
      { TransactStatements: [{ Statement: 'S', Parameters: [{ N: '1' }, { NULL: true }] }] },
    ])
    expect(batch.Responses).toEqual([
      { TableName: 't', Item: { pk: 'a' } },
      { Error: { Code: 'X', Item: { pk: 'b' } } },
    ])
    expect(tx.Responses).toEqual([{ Item: { n: 1 } }])
  })
})
