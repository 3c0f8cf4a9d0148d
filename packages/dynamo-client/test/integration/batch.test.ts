import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BatchProgress, createRequestCounter } from '../../src/index'
import { createTable, localClient, n, s, singleTableDefinition } from '../support/local-client'

const client = localClient()
const counter = createRequestCounter()
client.use(counter)
let table = ''
const COUNT = 130

const keyOf = (i: number) => ({ pk: s(`ITEM#${i}`), sk: s('META') })

beforeAll(async () => {
  table = await createTable(client, singleTableDefinition('batch'))
})

afterAll(async () => {
  await client.deleteTable({ TableName: table })
  await client.close()
})

describe('batch helpers against DynamoDB Local', () => {
  it('batchWriteAll chunks 130 puts into requests of 25 and reports progress', async () => {
    counter.reset()
    const progress: BatchProgress[] = []
    const out = await client.batchWriteAll(
      {
        RequestItems: {
          [table]: Array.from({ length: COUNT }, (_, i) => ({
            PutRequest: { Item: { ...keyOf(i), i: n(i) } },
          })),
        },
      },
      { onProgress: (p) => progress.push(p) },
    )
    expect(out.written).toBe(COUNT)
    expect(counter.count('BatchWriteItem')).toBe(Math.ceil(COUNT / 25))
    expect(progress).toHaveLength(6)
    expect(Math.max(...progress.map((p) => p.processed))).toBe(COUNT)
    expect(progress.every((p) => p.total === COUNT)).toBe(true)
  })

  it('batchGetAll chunks 130 keys (plus duplicates) into requests of 100 and returns every item once', async () => {
    counter.reset()
    const keys = [
      ...Array.from({ length: COUNT }, (_, i) => keyOf(i)),
      keyOf(0),
      { sk: s('META'), pk: s('ITEM#1') },
    ]
    const out = await client.batchGetAll({
      RequestItems: { [table]: { Keys: keys, ProjectionExpression: 'i' } },
    })
    expect(counter.count('BatchGetItem')).toBe(2)
    const ids = (out.Responses[table] ?? [])
      .map((item) => Number((item.i as { N: string }).N))
      .sort((a, b) => a - b)
    expect(ids).toEqual(Array.from({ length: COUNT }, (_, i) => i))
    expect(Object.keys(out.Responses[table]?.[0] ?? {})).toEqual(['i'])
  })

  it('batchWriteAll deletes as well as puts', async () => {
    await client.batchWriteAll({
      RequestItems: { [table]: Array.from({ length: 30 }, (_, i) => ({ DeleteRequest: { Key: keyOf(i) } })) },
    })
    const out = await client.scan({ TableName: table, Select: 'COUNT' })
    expect(out.Count).toBe(COUNT - 30)
  })

  it('raw batchGetItem and batchWriteItem pass through', async () => {
    await client.batchWriteItem({
      RequestItems: { [table]: [{ PutRequest: { Item: { ...keyOf(999), i: n(999) } } }] },
    })
    const out = await client.batchGetItem({ RequestItems: { [table]: { Keys: [keyOf(999)] } } })
    expect(out.Responses?.[table]?.[0]?.i).toEqual(n(999))
    expect(out.UnprocessedKeys).toEqual({})
  })
})
