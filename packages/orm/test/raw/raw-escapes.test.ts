import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uniqueTableName } from '../../../../tests/support'
import {
  partiql,
  rawBatchGet,
  rawBatchWrite,
  rawDelete,
  rawGet,
  rawPut,
  rawQuery,
  rawScan,
  rawTransactWrite,
  rawUpdate,
} from '../../src/raw/index'
import {
  isDuplicateTransactionItemError,
  isTransactionTooLargeError,
} from '../../src/transaction/limits-errors'
import { createKeyTable, tableTarget } from '../batch/support/raw-target'

const target = tableTarget(uniqueTableName('orm-raw'))
const counter = createRequestCounter()
target.client.use(counter)
const table = target.tableName

beforeAll(() => createKeyTable(target))
afterAll(() => target.client.deleteTable({ TableName: table }))

describe('raw item escapes fill in the table name', () => {
  it('puts, gets, updates and deletes plain items', async () => {
    await rawPut(target, { Item: { pk: 'RAW#1', sk: 'RAW#1', n: 1, tags: new Set(['a']) } })
    const got = await rawGet(target, { Key: { pk: 'RAW#1', sk: 'RAW#1' } })
    expect(got.Item).toEqual({ pk: 'RAW#1', sk: 'RAW#1', n: 1, tags: new Set(['a']) })

    const updated = await rawUpdate(target, {
      Key: { pk: 'RAW#1', sk: 'RAW#1' },
      UpdateExpression: 'SET #n = #n + :one',
      ExpressionAttributeNames: { '#n': 'n' },
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'ALL_NEW',
    })
    expect(updated.Attributes?.n).toBe(2)

    const removed = await rawDelete(target, { Key: { pk: 'RAW#1', sk: 'RAW#1' }, ReturnValues: 'ALL_OLD' })
    expect(removed.Attributes?.n).toBe(2)
    expect((await rawGet(target, { Key: { pk: 'RAW#1', sk: 'RAW#1' } })).Item).toBeUndefined()
  })

  it('queries and scans one page', async () => {
    for (const sk of ['A', 'B', 'C']) await rawPut(target, { Item: { pk: 'Q#1', sk, v: sk } })
    const page = await rawQuery(target, {
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :p)',
      ExpressionAttributeValues: { ':pk': 'Q#1', ':p': 'B' },
    })
    expect(page.Items).toEqual([{ pk: 'Q#1', sk: 'B', v: 'B' }])
    const scanned = await rawScan(target, {
      FilterExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': 'Q#1' },
    })
    expect(scanned.Items?.map((item) => item.sk).sort()).toEqual(['A', 'B', 'C'])
  })
})

describe('raw batches', () => {
  it('writes 60 items in 3 requests and reads 250 keys in 3 requests, reporting progress', async () => {
    const writes = Array.from({ length: 60 }, (_, i) => ({
      PutRequest: { Item: { pk: `B#${i}`, sk: 'X', i } },
    }))
    const progress: number[] = []
    counter.reset()
    const written = await rawBatchWrite(target, writes, { onProgress: (p) => progress.push(p.processed) })
    expect(written).toEqual({ written: 60, requests: 3 })
    expect(counter.count('BatchWriteItem')).toBe(3)
    expect(progress.sort((a, b) => a - b).at(-1)).toBe(60)

    const keys = Array.from({ length: 250 }, (_, i) => ({ pk: `B#${i}`, sk: 'X' }))
    counter.reset()
    const read = await rawBatchGet<{ i: number }>(target, keys)
    expect(counter.count('BatchGetItem')).toBe(3)
    expect(read.requests).toBe(3)
    expect(read.items.map((item) => item.i).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 60 }, (_, i) => i),
    )
  })

  it('keeps the last of two writes to one key (DynamoDB rejects duplicates in a batch)', async () => {
    await rawBatchWrite(target, [
      { PutRequest: { Item: { pk: 'DUP', sk: 'X', v: 1 } } },
      { PutRequest: { Item: { pk: 'DUP', sk: 'X', v: 2 } } },
    ])
    expect((await rawGet(target, { Key: { pk: 'DUP', sk: 'X' } })).Item?.v).toBe(2)
  })
})

describe('raw transactions', () => {
  it('applies every action or none', async () => {
    await rawTransactWrite(target, [
      { Put: { Item: { pk: 'T#1', sk: 'T', v: 1 } } },
      { Put: { Item: { pk: 'T#2', sk: 'T', v: 2 } } },
    ])
    await expect(
      rawTransactWrite(target, [
        { Put: { Item: { pk: 'T#3', sk: 'T', v: 3 } } },
        { ConditionCheck: { Key: { pk: 'T#1', sk: 'T' }, ConditionExpression: 'attribute_not_exists(pk)' } },
      ]),
    ).rejects.toMatchObject({ code: 'TransactionCanceledException' })
    expect((await rawGet(target, { Key: { pk: 'T#3', sk: 'T' } })).Item).toBeUndefined()
  })

  it('rejects more than 100 actions and duplicate targets before sending', async () => {
    counter.reset()
    const many = Array.from({ length: 101 }, (_, i) => ({ Put: { Item: { pk: `M#${i}`, sk: 'M' } } }))
    const tooMany = await rawTransactWrite(target, many).catch((error: unknown) => error)
    expect(isTransactionTooLargeError(tooMany) && tooMany.count).toBe(101)
    const twice = await rawTransactWrite(target, [
      { Put: { Item: { pk: 'D', sk: 'D' } } },
      { Delete: { Key: { pk: 'D', sk: 'D' } } },
    ]).catch((error: unknown) => error)
    expect(isDuplicateTransactionItemError(twice) && twice.indexes).toEqual([0, 1])
    expect(counter.count()).toBe(0)
  })
})

describe('partiql', () => {
  it('inserts, selects with parameters and follows pages', async () => {
    for (let i = 0; i < 5; i++) {
      await partiql(target, `INSERT INTO "${table}" VALUE {'pk': ?, 'sk': ?, 'n': ?}`, ['P#1', `S#${i}`, i])
    }
    const result = await partiql<{ n: number }>(target, `SELECT * FROM "${table}" WHERE pk = ?`, ['P#1'], {
      pageSize: 2,
    })
    expect(result.items.map((item) => item.n)).toEqual([0, 1, 2, 3, 4])
    expect(result.pages).toBeGreaterThanOrEqual(3)
    await partiql(target, `UPDATE "${table}" SET n = ? WHERE pk = ? AND sk = ?`, [40, 'P#1', 'S#4'])
    const one = await partiql<{ n: number }>(target, `SELECT n FROM "${table}" WHERE pk = ? AND sk = ?`, [
      'P#1',
      'S#4',
    ])
    expect(one.items).toEqual([{ n: 40 }])
  })
})
