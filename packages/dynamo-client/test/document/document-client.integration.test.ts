import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type {} from '../../../../tests/global-setup'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../../../../tests/support'
import { DynamoClient } from '../../src/client/dynamo-client'
import { type AttributeValue, DocumentClient, NumberValue } from '../../src/document/index'
import { ConditionalCheckFailedError } from '../../src/errors/index'
import {
  add,
  and,
  attributeNotExists,
  beginsWith,
  buildExpressions,
  contains,
  deleteFromSet,
  diffUpdate,
  eq,
  gt,
  increment,
  inList,
  listAppend,
  not,
  or,
  RESERVED_WORDS,
  remove,
  set,
  size,
} from '../../src/expressions/index'

const low = new DynamoClient({
  endpoint: localEndpoint(),
  region: localRegion,
  credentials: localCredentials,
})
const client = new DocumentClient(low)
const TableName = uniqueTableName('document')

beforeAll(async () => {
  await low.createTable({
    TableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
  })
  await low.waitForTableActive(TableName, { intervalMs: 50 })
})

afterAll(async () => {
  await low.deleteTable({ TableName })
})

describe('DocumentClient against DynamoDB Local', () => {
  it('stores and reads back every type without loss', async () => {
    const item = {
      pk: 'TYPES',
      sk: 'A',
      text: 'héllo',
      int: 42,
      float: -0.125,
      big: 123456789012345678901234567890n,
      exact: new NumberValue('3.1415926535897932384626433832795028841'),
      yes: true,
      nothing: null,
      bytes: new Uint8Array([0, 1, 254, 255]),
      list: ['a', 1, { deep: [true] }],
      map: { name: 'x', size: 3 },
      strings: new Set(['a', 'b']),
      numbers: new Set([1, 2.5]),
      binaries: new Set([new Uint8Array([1]), new Uint8Array([2, 3])]),
    }
    await client.put({ TableName, Item: item })
    const { Item } = await client.get({ TableName, Key: { pk: 'TYPES', sk: 'A' }, ConsistentRead: true })
    expect(Item).toEqual({ ...item, exact: new NumberValue('3.1415926535897932384626433832795028841') })
  })

  it('updates nested paths named with reserved words', async () => {
    await client.put({
      TableName,
      Item: { pk: 'UPD', sk: 'A', data: { name: 'old', count: 1 }, tags: new Set(['a']) },
    })
    const { Attributes } = await client.update({
      TableName,
      Key: { pk: 'UPD', sk: 'A' },
      ...buildExpressions({
        update: [
          set('data.name', 'new'),
          increment('data.count', 2),
          add('tags', new Set(['b', 'c'])),
          listAppend('log', ['created'], { createIfMissing: true }),
          increment('views', 1, { initial: 0 }),
        ],
        condition: and(eq('data.name', 'old'), contains('tags', 'a')),
      }),
      ReturnValues: 'ALL_NEW',
    })
    expect(Attributes).toEqual({
      pk: 'UPD',
      sk: 'A',
      data: { name: 'new', count: 3 },
      tags: new Set(['a', 'b', 'c']),
      log: ['created'],
      views: 1,
    })
    const second = await client.update({
      TableName,
      Key: { pk: 'UPD', sk: 'A' },
      ...buildExpressions({
        update: [remove('data.count'), deleteFromSet('tags', ['a']), listAppend('log', ['again'])],
      }),
      ReturnValues: 'ALL_NEW',
    })
    expect(second.Attributes).toMatchObject({
      data: { name: 'new' },
      tags: new Set(['b', 'c']),
      log: ['created', 'again'],
    })
  })

  it('reads, updates and filters on attributes named after every reserved word', async () => {
    const words = [...RESERVED_WORDS].map((word) => word.toLowerCase())
    const item: Record<string, unknown> = { pk: 'RESERVED', sk: 'A' }
    words.forEach((word, i) => {
      item[word] = i
    })
    await client.put({ TableName, Item: item })
    const projected = await client.get({
      TableName,
      Key: { pk: 'RESERVED', sk: 'A' },
      ...buildExpressions({ projection: words }),
    })
    expect(Object.keys(projected.Item ?? {}).sort()).toEqual([...words].sort())
    for (let start = 0; start < words.length; start += 150) {
      const chunk = words.slice(start, start + 150)
      await client.update({
        TableName,
        Key: { pk: 'RESERVED', sk: 'A' },
        ...buildExpressions({ update: chunk.map((word) => increment(word, 1000)) }),
      })
    }
    const filtered = await client.query({
      TableName,
      ...buildExpressions({
        key: eq('pk', 'RESERVED'),
        filter: and(...words.slice(0, 90).map((word, i) => eq(word, i + 1000))),
      }),
    })
    expect(filtered.Items).toHaveLength(1)
    expect(filtered.Items?.[0]?.zone).toBe(words.indexOf('zone') + 1000)
  })

  it('turns a stored item into the edited one with diffUpdate', async () => {
    const before = {
      pk: 'DIFF',
      sk: 'A',
      profile: { name: 'Ada', address: { city: 'London', zip: 'N1' }, 'dotted.key': 1 },
      tags: new Set(['a']),
      gone: true,
      list: [1, 2],
    }
    const after = {
      pk: 'DIFF',
      sk: 'A',
      profile: { name: 'Ada', address: { city: 'Paris', zip: 'N1' }, 'dotted.key': 2, born: 1815 },
      tags: new Set<string>(),
      list: [1, 2, 3],
      added: { nested: null },
    }
    await client.put({ TableName, Item: before })
    await client.update({
      TableName,
      Key: { pk: 'DIFF', sk: 'A' },
      ...buildExpressions({ update: diffUpdate(before, after, { exclude: ['pk', 'sk'] }) }),
    })
    const { Item } = await client.get({ TableName, Key: { pk: 'DIFF', sk: 'A' }, ConsistentRead: true })
    const { tags: _emptied, ...expected } = after
    expect(Item).toEqual(expected)
  })

  it('surfaces a failed condition as ConditionalCheckFailedError', async () => {
    await client.put({ TableName, Item: { pk: 'COND', sk: 'A' } })
    await expect(
      client.put({
        TableName,
        Item: { pk: 'COND', sk: 'A' },
        ...buildExpressions({ condition: attributeNotExists('pk') }),
      }),
    ).rejects.toBeInstanceOf(ConditionalCheckFailedError)
  })

  it('queries with key condition and filter, across pages', async () => {
    const writes = Array.from({ length: 12 }, (_, i) => ({
      PutRequest: {
        Item: { pk: 'Q', sk: `POST#${String(i).padStart(2, '0')}`, n: i, tags: i % 2 ? ['odd'] : [] },
      },
    }))
    await client.batchWrite({ RequestItems: { [TableName]: writes } })
    const expressions = buildExpressions({
      key: and(eq('pk', 'Q'), beginsWith('sk', 'POST#')),
      filter: or(gt(size('tags'), 0), inList('n', [0, 2])),
    })
    const seen: number[] = []
    for await (const item of client.queryAll<{ n: number }>({ TableName, ...expressions, Limit: 5 }))
      seen.push(item.n)
    expect(seen).toEqual([0, 1, 2, 3, 5, 7, 9, 11])
    const pages = []
    for await (const page of client.paginateQuery({ TableName, ...expressions, Limit: 5 }))
      pages.push(page.Count)
    expect(pages.length).toBe(3)
    const negated = await client.query({
      TableName,
      ...buildExpressions({ key: eq('pk', 'Q'), filter: not(gt('n', 1)), projection: ['sk', 'n'] }),
    })
    expect(negated.Items).toEqual([
      { sk: 'POST#00', n: 0 },
      { sk: 'POST#01', n: 1 },
    ])
  })

  it('batch gets plain items', async () => {
    await client.batchWrite({
      RequestItems: {
        [TableName]: [
          { PutRequest: { Item: { pk: 'B', sk: '1', v: 1 } } },
          { PutRequest: { Item: { pk: 'B', sk: '2', v: 2 } } },
        ],
      },
    })
    const out = await client.batchGet({
      RequestItems: {
        [TableName]: {
          Keys: [
            { pk: 'B', sk: '1' },
            { pk: 'B', sk: '2' },
            { pk: 'B', sk: 'missing' },
          ],
        },
      },
    })
    const items = out.Responses?.[TableName] ?? []
    expect(items.map((i) => i.v).sort()).toEqual([1, 2])
  })

  it('writes and reads any number of items with batchWriteAll / batchGetAll', async () => {
    const writes = Array.from({ length: 60 }, (_, i) => ({
      PutRequest: { Item: { pk: 'MANY', sk: String(i), i } },
    }))
    const written = await client.batchWriteAll({ RequestItems: { [TableName]: writes } })
    expect(written.written).toBe(60)
    const keys = Array.from({ length: 120 }, (_, i) => ({ pk: 'MANY', sk: String(i) }))
    const read = await client.batchGetAll<{ i: number }>({ RequestItems: { [TableName]: { Keys: keys } } })
    expect(read.Responses[TableName]?.map((item) => item.i).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i),
    )
  })

  it('runs transactions and PartiQL with plain values', async () => {
    await client.transactWrite({
      TransactItems: [
        { Put: { TableName, Item: { pk: 'TX', sk: '1', v: 1 } } },
        { Put: { TableName, Item: { pk: 'TX', sk: '2', v: 2 } } },
      ],
    })
    const got = await client.transactGet({
      TransactItems: [
        { Get: { TableName, Key: { pk: 'TX', sk: '1' } } },
        { Get: { TableName, Key: { pk: 'TX', sk: '2' } } },
      ],
    })
    expect(got.Responses?.map((r) => r.Item?.v)).toEqual([1, 2])
    const statement = await client.executeStatement({
      Statement: `SELECT * FROM "${TableName}" WHERE pk = ? AND sk = ?`,
      Parameters: ['TX', '2'],
    })
    expect(statement.Items).toEqual([{ pk: 'TX', sk: '2', v: 2 }])
  })

  it('agrees with DynamoDB on the nesting limit', async () => {
    const nest = (containers: number) => {
      let deep: unknown = 'leaf'
      for (let i = 0; i < containers; i++) deep = i % 2 ? [deep] : { k: deep }
      return deep
    }
    await client.put({ TableName, Item: { pk: 'DEEP', sk: 'A', deep: nest(31) } })
    const { Item } = await client.get({ TableName, Key: { pk: 'DEEP', sk: 'A' } })
    expect(Item?.deep).toEqual(nest(31))
    await expect(
      client.put({ TableName, Item: { pk: 'DEEP', sk: 'B', deep: nest(32) } }),
    ).rejects.toMatchObject({
      code: 'TOO_DEEP',
    })
    // Sent raw, DynamoDB itself refuses the same item: the check never blocks a valid write.
    let wire: AttributeValue = { S: 'leaf' }
    for (let i = 0; i < 32; i++) wire = i % 2 ? { L: [wire] } : { M: { k: wire } }
    const raw = { TableName, Item: { pk: { S: 'DEEP' }, sk: { S: 'B' }, deep: wire } }
    await expect(low.send('PutItem', raw)).rejects.toMatchObject({ code: 'ValidationException' })
  })

  it.each([
    ['strings', { s: 'héllo wörld 😀' }],
    [
      'numbers',
      {
        a: new NumberValue('-0.000123'),
        b: new NumberValue('12345678901234567890123456789012345678'),
        c: 1.5,
      },
    ],
    ['documents', { m: { a: [1, 'x', { b: null }], c: true }, l: [[], {}] }],
    [
      'sets and binary',
      {
        ss: new Set(['a', 'bb']),
        ns: new Set([1, -22.5]),
        bs: new Set([new Uint8Array(3)]),
        b: new Uint8Array(7),
      },
    ],
  ])('computes item size exactly as DynamoDB does for %s', async (_, extra) => {
    const { itemSize } = await import('../../src/limits/index')
    const { marshall } = await import('../../src/document/index')
    const unchecked = new DocumentClient(low, { validate: false })
    const base = { pk: 'SIZE', sk: 'A', ...extra, pad: '' }
    const padding = 409_600 - itemSize(marshall(base))
    const exact = { ...base, pad: 'p'.repeat(padding) }
    expect(itemSize(marshall(exact))).toBe(409_600)
    await unchecked.put({ TableName, Item: exact })
    const over = { ...base, pad: 'p'.repeat(padding + 1) }
    await expect(unchecked.put({ TableName, Item: over })).rejects.toMatchObject({
      code: 'ValidationException',
    })
    await expect(client.put({ TableName, Item: over })).rejects.toMatchObject({
      code: 'ITEM_TOO_LARGE',
      measured: 409_601,
    })
  })
})
