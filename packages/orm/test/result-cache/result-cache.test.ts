import { createRequestCounter } from '@dbtooling/dynamo-client'
import type { DbtoolingConfig } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, insertMany } from '../../src/index'
import { memberDefinition, squadDefinition } from '../coalescing/models'
import { localClient, uniqueTableName } from '../support'

const tableName = uniqueTableName('orm-result-cache')
type Caching = NonNullable<NonNullable<DbtoolingConfig['queryBuilder']>['caching']>

/** An ORM over the shared table with the given `queryBuilder.caching` and its own request counter. */
function ormWith(caching: Caching | null, coalescing = true) {
  const counter = createRequestCounter()
  const orm = createOrm({
    models: [memberDefinition, squadDefinition],
    client: localClient([counter]),
    design: { tableName },
    setDefault: false,
    options: { coalescing },
    ...(caching ? { config: { queryBuilder: { caching } } } : {}),
  })
  return { orm, counter, Member: orm.model('Member'), Squad: orm.model('Squad') }
}

const main = ormWith({ enabled: true, maxSize: 100, ttlMs: 60_000, perEntity: { Squad: { ttlMs: 40 } } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

beforeAll(async () => {
  await main.orm.createTable()
  const members = Array.from({ length: 10 }, (_, index) => ({
    id: `c${index}`,
    name: `m${index}`,
    squadId: 'sq',
  }))
  await insertMany(main.Member, members)
  await insertMany(main.Squad, [{ id: 'sq', title: 'Squad' }])
})
afterAll(() => main.orm.dropTable())

describe('result cache hits', () => {
  it('answers a repeated find and query from memory: 0 requests on hits', async () => {
    main.orm.cache.clear()
    main.orm.cache.resetStats()
    main.counter.reset()
    const first = await main.Member.find('c1')
    const listed = await main.Member.query().where('squadId', 'sq').get()
    expect(main.counter.counts).toEqual({ GetItem: 1, Query: 1 })
    main.counter.reset()
    for (let round = 0; round < 5; round++) {
      expect((await main.Member.find('c1'))?.name).toBe(first?.name)
      expect((await main.Member.query().where('squadId', 'sq').get()).length).toBe(listed.length)
    }
    expect(main.counter.count()).toBe(0)
    expect(main.orm.cache.stats()).toMatchObject({ enabled: true, hits: 10, misses: 2, stores: 2, size: 2 })
    expect(main.orm.cache.stats().hitRate).toBeCloseTo(10 / 12)
  })

  it('hands out copies: changing a cached model does not change the next answer', async () => {
    const member = await main.Member.find('c2')
    member!.name = 'local change'
    expect((await main.Member.find('c2'))?.name).toBe('m2')
  })

  it('skips the cache for strongly consistent reads', async () => {
    await main.Member.find('c3')
    main.counter.reset()
    await main.Member.find('c3', { consistentRead: true })
    await main.Member.find('c3', { consistentRead: true })
    expect(main.counter.counts).toEqual({ GetItem: 2 })
  })

  it('clear() drops every answer: the next read is a request', async () => {
    await main.Member.find('c4')
    main.orm.cache.clear()
    expect(main.orm.cache.stats().size).toBe(0)
    main.counter.reset()
    await main.Member.find('c4')
    expect(main.counter.counts).toEqual({ GetItem: 1 })
  })
})

describe('TTL per entity type, size and switches', () => {
  it('expires a Squad answer after its 40 ms TTL while Member answers (60 s) stay', async () => {
    await main.Squad.find('sq')
    await main.Member.find('c5')
    await sleep(80)
    main.counter.reset()
    await main.Squad.find('sq')
    await main.Member.find('c5')
    expect(main.counter.counts).toEqual({ GetItem: 1 })
  })

  it('never caches a model whose perEntity entry disables caching', async () => {
    const { Member, Squad, counter } = ormWith({ enabled: true, perEntity: { Squad: { enabled: false } } })
    await Squad.find('sq')
    await Squad.find('sq')
    await Member.find('c1')
    await Member.find('c1')
    expect(counter.counts).toEqual({ GetItem: 3 })
  })

  it('keeps at most maxSize answers, evicting the least recently used', async () => {
    const { orm, Member, counter } = ormWith({ enabled: true, maxSize: 3 })
    for (const id of ['c0', 'c1', 'c2', 'c3', 'c4']) await Member.find(id)
    expect(orm.cache.stats()).toMatchObject({ size: 3, evictions: 2 })
    counter.reset()
    await Member.find('c4')
    await Member.find('c0')
    expect(counter.counts).toEqual({ GetItem: 1 })
  })

  it('is off unless the config enables it, and off costs nothing: every read is a request', async () => {
    const { orm, Member, counter } = ormWith(null)
    await Member.find('c1')
    await Member.find('c1')
    expect(counter.counts).toEqual({ GetItem: 2 })
    expect(orm.cache.stats()).toMatchObject({ enabled: false, hits: 0, misses: 0 })
    const bare = ormWith(null, false)
    expect(bare.orm.client).toBe(bare.orm.client)
    expect(bare.orm.client.constructor.name).toBe('DynamoClient')
  })

  it('works with coalescing off too', async () => {
    const { Member, counter } = ormWith({ enabled: true }, false)
    await Promise.all([Member.find('c1'), Member.find('c2')])
    await Promise.all([Member.find('c1'), Member.find('c2')])
    expect(counter.counts).toEqual({ GetItem: 2 })
  })
})
