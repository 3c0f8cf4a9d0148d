import { createRequestCounter } from '@dbtooling/dynamo-client'
import { shardOf } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, createQueryBuilder, QueryError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Event, Log, Project, Task } from './fixtures'
import { ids, inKeyOrder, type Raw, storedItems } from './support'

const counter = createRequestCounter()
const orm = createOrm({
  models: [Project, Task, Event, Log],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('fan-out-shards') },
  options: { warn: () => {} },
})
const events = () => createQueryBuilder<typeof Event>(orm.ctx, 'Event')
const design = orm.ctx.design
const typeEntry = design.entities.Event!.indexKeys.find((k) => k.accessPath === 'type')!
const kindEntry = design.entities.Event!.indexKeys.find((k) => k.accessPath === 'index:byKind')!
const KINDS = ['click', 'view']
let stored: Raw[] = []

beforeAll(async () => {
  await orm.createTable()
  const EventModel = orm.model('Event')
  for (let index = 0; index < 30; index++) {
    await EventModel.create({
      kind: KINDS[index % 2]!,
      at: `2026-01-${String(1 + (index % 28)).padStart(2, '0')}`,
    })
  }
  await orm.model('Log').create({ line: 'hello' })
  stored = await storedItems(orm.ctx.doc, orm.ctx.tableName, 'Event')
}, 60_000)

afterAll(() => orm.dropTable())

describe('sharded writes', () => {
  it('puts each item in the shard FNV-1a of its id gives, on the type entry and the index entry', () => {
    expect(stored).toHaveLength(30)
    const used = new Set<string>()
    for (const item of stored) {
      const typeShard = shardOf(typeEntry.shards!, item, design.delimiter)
      expect(item[typeEntry.partitionKey.attribute]).toBe(`EVENT#${typeShard}`)
      used.add(String(item[typeEntry.partitionKey.attribute]))
      const kindShard = shardOf(kindEntry.shards!, item, design.delimiter)
      expect(item[kindEntry.partitionKey.attribute]).toBe(`EVENT#BY_KIND#${item.kind}#${kindShard}`)
    }
    expect(used.size).toBeGreaterThan(1)
  })

  it('keeps the shard when an update re-renders the index key', async () => {
    const EventModel = orm.model('Event')
    const first = stored[0]!
    const found = await EventModel.find(String(first.id))
    await found!.update({ kind: 'purchase' })
    const [after] = (await storedItems(orm.ctx.doc, orm.ctx.tableName, 'Event')).filter(
      (i) => i.id === first.id,
    )
    const shard = shardOf(kindEntry.shards!, first, design.delimiter)
    expect(after![kindEntry.partitionKey.attribute]).toBe(`EVENT#BY_KIND#purchase#${shard}`)
    await found!.update({ kind: String(first.kind) })
  })
})

describe('sharded reads fan out over every shard', () => {
  const listed = (desc = false) => ids(inKeyOrder(stored, typeEntry.sortKey.attribute, desc))

  it('lists the type with one Query per shard, merged by the sort key', async () => {
    const plan = events().explain()
    expect(plan.fanOut?.branches).toBe(4)
    expect(plan.fanOut?.keyConditions[3]).toBe(`${typeEntry.partitionKey.attribute} = "EVENT#3"`)
    expect(plan.fanOut?.reason).toContain('4 shards of')
    counter.reset()
    const rows = await events().get()
    expect(counter.count('Query')).toBe(4)
    expect(rows.meta.scannedCount).toBe(30)
    expect(ids(rows)).toEqual(listed())
  })

  it('orders newest first, limits, counts and pages exactly as unsharded would', async () => {
    expect(ids(await events().latest().limit(7).get())).toEqual(listed(true).slice(0, 7))
    expect(String((await events().oldest().first())?.id)).toBe(listed()[0])
    expect(await events().count()).toBe(30)
    const page = await events().paginate(8, 3)
    expect(ids(page.data)).toEqual(listed().slice(16, 24))
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const next = await events().latest().cursorPaginate(6, cursor)
      seen.push(...ids(next.data))
      cursor = next.nextCursor
    } while (cursor)
    expect(seen).toEqual(listed(true))
  })

  it('asks each shard for a share of a limit, not the whole limit', async () => {
    const rows = await events().latest().limit(8).get()
    expect(ids(rows)).toEqual(listed(true).slice(0, 8))
    expect(rows.meta.pages).toBeGreaterThanOrEqual(4)
    // 4 shards asked for all 8 each would read up to 32 items; a share with headroom reads about half.
    expect(rows.meta.scannedCount).toBeLessThan(32)
  })

  it('estimates every shard, not one: requests and the share each shard is asked for', async () => {
    const estimate = events().latest().limit(8).explain().estimate
    expect(estimate).toMatchObject({ items: 16, pages: 4, minRequests: 4 })
    expect(estimate.basis).toContain('4 Queries')
    counter.reset()
    const rows = await events().latest().limit(8).get()
    expect(counter.count('Query')).toBeGreaterThanOrEqual(estimate.minRequests)
    expect(rows.meta.pages).toBe(counter.count('Query'))
  })

  it('fans out values x shards for whereIn on a sharded index', async () => {
    const query = events().whereIn('kind', ['click', 'view'])
    expect(query.explain().fanOut?.branches).toBe(6)
    expect(query.explain().estimate.minRequests).toBe(6)
    counter.reset()
    await query.get()
    expect(counter.count('Query')).toBe(6)
    const expected = ids(
      inKeyOrder(
        stored.filter((item) => KINDS.includes(String(item.kind))),
        kindEntry.sortKey.attribute,
      ),
    )
    expect(ids(await query.get())).toEqual(expected)
    expect(ids(await events().where('kind', 'view').get())).toEqual(
      ids(
        inKeyOrder(
          stored.filter((i) => i.kind === 'view'),
          kindEntry.sortKey.attribute,
        ),
      ),
    )
  })
})

describe('typeIndex: false', () => {
  it('writes no list-by-type keys and refuses a read that would need them, naming the option', async () => {
    const [log] = await storedItems(orm.ctx.doc, orm.ctx.tableName, 'Log')
    expect(Object.keys(log!).filter((name) => /^gsi/.test(name))).toEqual([])
    let caught: unknown
    try {
      await createQueryBuilder(orm.ctx, 'Log').get()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(QueryError)
    expect((caught as QueryError).code).toBe('TYPE_INDEX_DISABLED')
    expect((caught as QueryError).message).toContain('typeIndex: false')
    expect((await createQueryBuilder(orm.ctx, 'Log').forceScan().get()).count()).toBe(1)
    expect(await orm.model('Log').find(String(log!.id))).not.toBeNull()
  })
})
