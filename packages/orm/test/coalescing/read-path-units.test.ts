import { createRequestCounter, DynamoClient, type OperationSender } from '@dbtooling/dynamo-client'
import { describe, expect, it } from 'vitest'
import {
  canonicalJson,
  GetItemBatcher,
  isBatchableGet,
  isShareableRead,
  mayWrite,
  ReadPathClient,
  readPathFor,
  resolveCoalescingOptions,
  tablesOf,
} from '../../src/index'

describe('canonicalJson', () => {
  it('is the same whatever the key order, and drops undefined members', () => {
    const a = canonicalJson({ TableName: 't', Key: { sk: { S: '1' }, pk: { S: '2' } }, Limit: undefined })
    const b = canonicalJson({ Key: { pk: { S: '2' }, sk: { S: '1' } }, TableName: 't' })
    expect(a).toBe(b)
    expect(canonicalJson([{ b: 1, a: [2, null] }])).toBe('[{"a":[2,null],"b":1}]')
  })
})

describe('request kinds', () => {
  it('shares and caches eventually consistent reads only', () => {
    expect(isShareableRead('Query', { TableName: 't' })).toBe(true)
    expect(isShareableRead('Query', { TableName: 't', ConsistentRead: true })).toBe(false)
    expect(isShareableRead('BatchGetItem', { RequestItems: { t: { Keys: [], ConsistentRead: true } } })).toBe(
      false,
    )
    expect(isShareableRead('TransactGetItems', { TransactItems: [] })).toBe(false)
    expect(isShareableRead('ExecuteStatement', { Statement: 'SELECT * FROM t' })).toBe(false)
  })

  it('counts everything that is not a known read as a write', () => {
    for (const op of ['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'] as const)
      expect(mayWrite(op)).toBe(true)
    for (const op of [
      'ExecuteStatement',
      'BatchExecuteStatement',
      'ExecuteTransaction',
      'DeleteTable',
    ] as const)
      expect(mayWrite(op)).toBe(true)
    for (const op of [
      'GetItem',
      'Query',
      'Scan',
      'BatchGetItem',
      'DescribeTable',
      'TransactGetItems',
    ] as const)
      expect(mayWrite(op)).toBe(false)
  })

  it('finds the tables of a request, or null when only the statement knows them', () => {
    expect(tablesOf({ TableName: 'a' })).toEqual(['a'])
    expect(tablesOf({ RequestItems: { a: {}, b: {} } })).toEqual(['a', 'b'])
    expect(
      tablesOf({ TransactItems: [{ Put: { TableName: 'a' } }, { Update: { TableName: 'b' } }] }),
    ).toEqual(['a', 'b'])
    expect(tablesOf({ Statement: 'UPDATE "a" SET x = 1' })).toBeNull()
  })

  it('batches plain string-key GetItems only', () => {
    const Key = { pk: { S: 'A' }, sk: { S: 'B' } }
    expect(isBatchableGet({ TableName: 't', Key })).toBe(true)
    expect(isBatchableGet({ TableName: 't', Key, ProjectionExpression: 'a' })).toBe(false)
    expect(isBatchableGet({ TableName: 't', Key, ReturnConsumedCapacity: 'TOTAL' })).toBe(false)
    expect(isBatchableGet({ TableName: 't', Key: { pk: { N: '1' } } })).toBe(false)
  })
})

describe('resolveCoalescingOptions', () => {
  it('is on by default with a tick window, and validates its numbers', () => {
    expect(resolveCoalescingOptions(undefined)).toEqual({
      enabled: true,
      window: 'tick',
      maxBatchSize: 100,
      dedupe: true,
      maxAttempts: 10,
    })
    expect(resolveCoalescingOptions(false).enabled).toBe(false)
    expect(() => resolveCoalescingOptions({ maxBatchSize: 101 })).toThrow(RangeError)
    expect(() => resolveCoalescingOptions({ window: -1 })).toThrow(RangeError)
    expect(() => resolveCoalescingOptions({ maxAttempts: 0 })).toThrow(RangeError)
  })
})

const item = (id: string) => ({ pk: { S: id }, sk: { S: id }, v: { S: `value ${id}` } })
const get = (id: string) => ({ TableName: 't', Key: { pk: { S: id }, sk: { S: id } } })

/** A sender answering BatchGetItem from canned replies, recording each request's keys. */
function cannedSender(replies: ((keys: string[]) => object)[]): OperationSender & { sent: string[][] } {
  const sent: string[][] = []
  return {
    sent,
    send(operation, input) {
      if (operation === 'GetItem') {
        const id = (input as { Key: { pk: { S: string } } }).Key.pk.S
        sent.push([`get:${id}`])
        return Promise.resolve({ Item: item(id) }) as never
      }
      const keys = (
        input as { RequestItems: { t: { Keys: { pk: { S: string } }[] } } }
      ).RequestItems.t.Keys.map((key) => key.pk.S)
      sent.push(keys)
      const reply = replies.shift()
      return (reply ? Promise.resolve(reply(keys)) : Promise.reject(new Error('no reply'))) as never
    },
  }
}

describe('GetItemBatcher against canned replies', () => {
  it('retries unprocessed keys with BatchGetItem and answers every caller', async () => {
    const sender = cannedSender([
      (keys) => ({
        Responses: { t: [item(keys[0]!)] },
        UnprocessedKeys: { t: { Keys: keys.slice(1).map((k) => get(k).Key) } },
      }),
      (keys) => ({ Responses: { t: keys.filter((k) => k !== 'missing').map(item) } }),
    ])
    const batcher = new GetItemBatcher(sender, 'microtask', 100)
    const answers = await Promise.all(['a', 'b', 'missing'].map((id) => batcher.load(get(id))))
    expect(answers.map((answer) => answer.Item?.v)).toEqual([{ S: 'value a' }, { S: 'value b' }, undefined])
    expect(sender.sent).toEqual([
      ['a', 'b', 'missing'],
      ['b', 'missing'],
    ])
    expect(batcher.stats()).toEqual({ calls: 3, batchRequests: 2, getRequests: 0 })
  })

  it('asks DynamoDB with GetItem for keys still unprocessed after maxAttempts, never answering null', async () => {
    const throttled = (keys: string[]) => ({
      Responses: { t: keys.slice(0, 1).map(item) },
      UnprocessedKeys: { t: { Keys: keys.slice(1).map((key) => get(key).Key) } },
    })
    const sender = cannedSender([throttled, throttled])
    const batcher = new GetItemBatcher(sender, 'microtask', 100, { maxAttempts: 2, baseDelayMs: 1 })
    const answers = await Promise.all(['a', 'b', 'c'].map((id) => batcher.load(get(id))))
    expect(answers.map((answer) => answer.Item?.v)).toEqual([
      { S: 'value a' },
      { S: 'value b' },
      { S: 'value c' },
    ])
    expect(sender.sent).toEqual([['a', 'b', 'c'], ['b', 'c'], ['get:c']])
    expect(batcher.stats()).toEqual({ calls: 3, batchRequests: 2, getRequests: 1 })
  })

  it('a window with one key sends a GetItem; its own answer, or its own error', async () => {
    const sender = cannedSender([])
    const batcher = new GetItemBatcher(sender, 'microtask', 100)
    expect((await batcher.load(get('a'))).Item?.v).toEqual({ S: 'value a' })
    expect(sender.sent).toEqual([['get:a']])
    const failing = new GetItemBatcher(
      { send: () => Promise.reject(new Error('down')) as never },
      'microtask',
      100,
    )
    await expect(failing.load(get('a'))).rejects.toThrow('down')
    expect(batcher.stats()).toEqual({ calls: 1, batchRequests: 0, getRequests: 1 })
  })

  it('the first key of a window joins the batch when others come; a repeat of it shares its slot', async () => {
    const sender = cannedSender([(keys) => ({ Responses: { t: keys.map(item) } })])
    const batcher = new GetItemBatcher(sender, 'microtask', 100)
    const same = await Promise.all(['a', 'a'].map((id) => batcher.load(get(id))))
    expect(sender.sent).toEqual([['get:a']])
    expect(same[0]).toEqual(same[1])
    expect(same[0]!.Item).not.toBe(same[1]!.Item)
    const answers = await Promise.all(['a', 'b', 'a'].map((id) => batcher.load(get(id))))
    expect(sender.sent.at(-1)).toEqual(['a', 'b'])
    expect(answers.map((answer) => answer.Item?.v)).toEqual([
      { S: 'value a' },
      { S: 'value b' },
      { S: 'value a' },
    ])
  })

  it('rejects every caller of a failed batch with its error', async () => {
    const batcher = new GetItemBatcher(cannedSender([]), 'microtask', 100)
    const answers = await Promise.allSettled(['a', 'b'].map((id) => batcher.load(get(id))))
    expect(answers.map((answer) => answer.status)).toEqual(['rejected', 'rejected'])
  })
})

describe('readPathFor', () => {
  it('returns the client itself when coalescing and caching are both off', () => {
    const inner = new DynamoClient({ region: 'eu-west-1' })
    expect(readPathFor(inner, { entityTypeAttribute: '_et' }, null, { coalescing: false })).toBe(inner)
  })

  it('wraps it otherwise, sharing middleware, capacity and description with the wrapped client', () => {
    const inner = new DynamoClient({ region: 'eu-west-1' })
    const wrapped = readPathFor(inner, { entityTypeAttribute: '_et' }, null, undefined)
    expect(wrapped).toBeInstanceOf(ReadPathClient)
    expect(wrapped.capacity).toBe(inner.capacity)
    expect(wrapped.toJSON()).toEqual(inner.toJSON())
    const remove = wrapped.use(createRequestCounter())
    expect(typeof remove).toBe('function')
    remove()
  })
})
