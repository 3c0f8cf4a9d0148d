import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRequestCounter } from '../../src/index'
import { createTable, localClient, n, s, singleTableDefinition } from '../support/local-client'

const client = localClient()
const counter = createRequestCounter()
client.use(counter)
let table = ''
const ITEMS = 60

beforeAll(async () => {
  table = await createTable(client, singleTableDefinition('pages'))
  const writes = Array.from({ length: ITEMS }, (_, i) => ({
    PutRequest: {
      Item: { pk: s(i % 2 === 0 ? 'EVEN' : 'ODD'), sk: s(`ITEM#${String(i).padStart(3, '0')}`), i: n(i) },
    },
  }))
  await client.batchWriteAll({ RequestItems: { [table]: writes } })
})

afterAll(async () => {
  await client.deleteTable({ TableName: table })
  await client.close()
})

describe('pagination against DynamoDB Local', () => {
  it('paginateQuery follows LastEvaluatedKey, one request per page', async () => {
    counter.reset()
    const seen: number[] = []
    let pages = 0
    for await (const page of client.paginateQuery({
      TableName: table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': s('EVEN') },
      Limit: 7,
    })) {
      pages += 1
      for (const item of page.Items ?? []) seen.push(Number((item.i as { N: string }).N))
    }
    expect(seen).toEqual(Array.from({ length: ITEMS / 2 }, (_, i) => i * 2))
    // 30 items at 7 per page: 5 pages, the last one may be followed by an empty page.
    expect(pages).toBeGreaterThanOrEqual(5)
    expect(counter.count('Query')).toBe(pages)
  })

  it('maxPages caps the requests and leaves LastEvaluatedKey to resume from', async () => {
    const pages = []
    for await (const page of client.paginateQuery(
      {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': s('ODD') },
        Limit: 5,
      },
      { maxPages: 2 },
    )) {
      pages.push(page)
    }
    expect(pages).toHaveLength(2)
    expect(pages[1]?.LastEvaluatedKey).toBeDefined()
  })

  it('paginateScan reads every item', async () => {
    let count = 0
    for await (const page of client.paginateScan({ TableName: table, Limit: 11 })) count += page.Count ?? 0
    expect(count).toBe(ITEMS)
  })

  it('parallelScan reads every item exactly once across segments', async () => {
    counter.reset()
    const ids: number[] = []
    const segments = new Set<number>()
    for await (const page of client.parallelScan(
      { TableName: table, Limit: 9 },
      { segments: 4, concurrency: 2 },
    )) {
      segments.add(page.segment)
      for (const item of page.Items ?? []) ids.push(Number((item.i as { N: string }).N))
    }
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: ITEMS }, (_, i) => i))
    expect([...segments].sort()).toEqual([0, 1, 2, 3])
    expect(counter.count('Scan')).toBeGreaterThanOrEqual(4)
  })

  it('stopping a parallel scan early stops requesting pages', async () => {
    counter.reset()
    // Only two partition keys: some segments are empty, so the first page may hold no items.
    let pages = 0
    for await (const page of client.parallelScan({ TableName: table, Limit: 2 }, { segments: 3 })) {
      expect(page.segment).toBeLessThan(3)
      pages += 1
      break
    }
    expect(pages).toBe(1)
    expect(counter.count('Scan')).toBe(3)
  })
})
