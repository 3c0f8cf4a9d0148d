import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CoalescingOptions, coalescingStatsOf, createOrm, insertMany } from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { memberDefinition, squadDefinition } from './models'

const tableName = uniqueTableName('orm-coalescing')

/** An ORM over the shared table with its own request counter and recorder. */
function ormWith(coalescing?: CoalescingOptions | boolean) {
  const counter = createRequestCounter()
  const recorder = requestRecorder()
  const orm = createOrm({
    models: [memberDefinition, squadDefinition],
    client: localClient([counter, recorder]),
    design: { tableName },
    setDefault: false,
    ...(coalescing === undefined ? {} : { options: { coalescing } }),
  })
  return { orm, counter, recorder, Member: orm.model('Member') }
}

const main = ormWith()
const ids = Array.from({ length: 250 }, (_, index) => `m${String(index).padStart(3, '0')}`)

beforeAll(async () => {
  await main.orm.createTable()
  const rows = ids.map((id, index) => ({ id, name: `member ${index}`, squadId: index % 2 ? 's1' : 's2' }))
  await insertMany(main.Member, rows)
})
afterAll(() => main.orm.dropTable())

describe('find() coalescing', () => {
  it('turns 250 finds of one tick into ceil(250 / 100) = 3 BatchGetItem requests, nothing else', async () => {
    main.counter.reset()
    const found = await Promise.all(ids.map((id) => main.Member.find(id)))
    expect(main.counter.counts).toEqual({ BatchGetItem: 3 })
    expect(found.map((member) => member?.id)).toEqual(ids)
    expect(found[7]?.name).toBe('member 7')
  })

  it('answers null for missing ids and deduplicates repeated ids inside one batch', async () => {
    main.counter.reset()
    main.recorder.clear()
    const asked = ['m001', 'nope-1', 'm001', 'm002', 'nope-1', 'm001']
    const found = await Promise.all(asked.map((id) => main.Member.find(id)))
    expect(found.map((member) => member?.id ?? null)).toEqual(['m001', null, 'm001', 'm002', null, 'm001'])
    expect(main.counter.counts).toEqual({ BatchGetItem: 1 })
    const input = main.recorder.requests[0]!.input as { RequestItems: Record<string, { Keys: unknown[] }> }
    expect(input.RequestItems[tableName]!.Keys).toHaveLength(3)
    // Each caller owns its model: changing one does not change another.
    found[0]!.name = 'changed'
    expect(found[2]!.name).toBe('member 1')
  })

  it('sends a lone find as a plain GetItem', async () => {
    main.counter.reset()
    expect((await main.Member.find('m003'))?.name).toBe('member 3')
    expect(main.counter.counts).toEqual({ GetItem: 1 })
  })

  it('keeps strongly consistent finds apart and batches them with ConsistentRead', async () => {
    main.counter.reset()
    main.recorder.clear()
    const [plain, strong] = await Promise.all([
      Promise.all(['m010', 'm011'].map((id) => main.Member.find(id))),
      Promise.all(['m012', 'm013'].map((id) => main.Member.find(id, { consistentRead: true }))),
    ])
    expect([...plain, ...strong].map((member) => member?.id)).toEqual(['m010', 'm011', 'm012', 'm013'])
    expect(main.counter.counts).toEqual({ BatchGetItem: 2 })
    const consistency = main.recorder.requests.map(
      (request) =>
        Object.values(
          (request.input as { RequestItems: Record<string, { ConsistentRead?: boolean }> }).RequestItems,
        )[0]!.ConsistentRead === true,
    )
    expect(consistency.sort()).toEqual([false, true])
  })

  it('honours maxBatchSize: 250 finds with 25 keys per request are 10 BatchGetItem requests', async () => {
    const small = ormWith({ maxBatchSize: 25 })
    const found = await Promise.all(ids.map((id) => small.Member.find(id)))
    expect(found.every((member, index) => member?.id === ids[index])).toBe(true)
    expect(small.counter.counts).toEqual({ BatchGetItem: 10 })
    expect(coalescingStatsOf(small.orm)).toMatchObject({ calls: 250, batchRequests: 10, getRequests: 0 })
  })

  it('collects finds spread over a millisecond window into one batch', async () => {
    const timed = ormWith({ window: 30 })
    const first = timed.Member.find('m020')
    await new Promise((resolve) => setTimeout(resolve, 5))
    const second = timed.Member.find('m021')
    expect((await Promise.all([first, second])).map((member) => member?.id)).toEqual(['m020', 'm021'])
    expect(timed.counter.counts).toEqual({ BatchGetItem: 1 })
  })

  it('off switch: every find is its own GetItem', async () => {
    const off = ormWith(false)
    await Promise.all(ids.slice(0, 20).map((id) => off.Member.find(id)))
    expect(off.counter.counts).toEqual({ GetItem: 20 })
    expect(coalescingStatsOf(off.orm)).toBeNull()
  })
})

describe('identical concurrent reads', () => {
  it('five identical queries in flight make one Query; each caller gets its own collection', async () => {
    main.counter.reset()
    const results = await Promise.all(
      Array.from({ length: 5 }, () => main.Member.query().where('squadId', 's1').get()),
    )
    expect(main.counter.counts).toEqual({ Query: 1 })
    expect(results.every((members) => members.length === 125)).toBe(true)
    expect(results[0]!.all()[0]).not.toBe(results[1]!.all()[0])
  })

  it('different queries are not merged, and the off switch sends every one', async () => {
    main.counter.reset()
    await Promise.all([
      main.Member.query().where('squadId', 's1').get(),
      main.Member.query().where('squadId', 's2').get(),
    ])
    expect(main.counter.counts).toEqual({ Query: 2 })
    const off = ormWith({ dedupe: false })
    await Promise.all(Array.from({ length: 3 }, () => off.Member.query().where('squadId', 's1').get()))
    expect(off.counter.counts).toEqual({ Query: 3 })
  })

  it('a read issued after a write is sent never joins a read sent before it', async () => {
    main.counter.reset()
    const client = main.orm.client
    const input = {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: 'MEMBER#m030' } },
    }
    const sharedBefore = coalescingStatsOf(main.orm)?.shared
    const before = client.query(input)
    const write = main.orm.rawUpdate({
      Key: { pk: 'MEMBER#m030', sk: 'MEMBER#m030' },
      UpdateExpression: 'SET #n = :n',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':n': 'renamed' },
    })
    const after = client.query(input)
    await Promise.all([before, write, after])
    expect(main.counter.count('Query')).toBe(2)
    expect(coalescingStatsOf(main.orm)?.shared).toBe(sharedBefore)
  })
})
