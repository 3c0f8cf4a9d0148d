import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, createQueryBuilder, InvalidCursorError, QueryError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Event, Log, Project, Task } from './fixtures'
import { ids, inKeyOrder, type Raw, storedItems } from './support'

const counter = createRequestCounter()
const orm = createOrm({
  models: [Project, Task, Event, Log],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('fan-out-in') },
  options: { warn: () => {} },
})
const tasks = () => createQueryBuilder<typeof Task>(orm.ctx, 'Task')
const entry = (path: string) => orm.ctx.design.entities.Task!.indexKeys.find((k) => k.accessPath === path)!
const STATUSES = ['todo', 'doing', 'done', 'blocked']
let stored: Raw[] = []

beforeAll(async () => {
  await orm.createTable()
  const TaskModel = orm.model('Task')
  for (let index = 0; index < 40; index++) {
    await TaskModel.create({
      title: `task ${index}`,
      projectId: `p${index % 5}`,
      status: STATUSES[index % STATUSES.length]!,
      rank: index,
    })
  }
  stored = await storedItems(orm.ctx.doc, orm.ctx.tableName, 'Task')
}, 60_000)

afterAll(() => orm.dropTable())

const expected = (field: 'projectId' | 'status', values: string[], sortAttribute: string, desc = false) =>
  ids(
    inKeyOrder(
      stored.filter((item) => values.includes(String(item[field]))),
      sortAttribute,
      desc,
    ),
  )

describe('whereIn on a partition attribute fans out', () => {
  it('sends one Query per value on the belongsTo index, reads only what it returns, merged by sort key', async () => {
    const query = tasks().whereIn('projectId', ['p1', 'p3', 'p4'])
    const plan = query.explain()
    expect(plan.operation).toBe('Query')
    expect(plan.index).toBe(entry('parent:Project:projectId').index)
    expect(plan.fanOut?.branches).toBe(3)
    const pk = entry('parent:Project:projectId').partitionKey.attribute
    expect(plan.fanOut?.keyConditions).toEqual([
      `${pk} = "PROJECT#p1"`,
      `${pk} = "PROJECT#p3"`,
      `${pk} = "PROJECT#p4"`,
    ])
    counter.reset()
    const rows = await query.get()
    expect(counter.count('Query')).toBe(3)
    expect(counter.count('Scan')).toBe(0)
    expect(rows.meta.scannedCount).toBe(rows.count())
    expect(rows.meta.pages).toBe(3)
    expect(ids(rows)).toEqual(
      expected('projectId', ['p1', 'p3', 'p4'], entry('parent:Project:projectId').sortKey.attribute),
    )
  })

  it('fans out over a declared index partition (status) and merges newest first', async () => {
    const sk = entry('index:byStatus').sortKey.attribute
    const query = tasks().whereIn('status', ['todo', 'blocked']).orderByDesc('createdAt')
    expect(query.explain().fanOut?.branches).toBe(2)
    counter.reset()
    const rows = await query.get()
    expect(counter.count('Query')).toBe(2)
    expect(ids(rows)).toEqual(expected('status', ['todo', 'blocked'], sk, true))
  })

  it('removes duplicate values', () => {
    expect(tasks().whereIn('projectId', ['p1', 'p1', 'p2', 'p2']).explain().fanOut?.branches).toBe(2)
  })

  it('returns nothing for an empty list without a request, for get, first, count and paginate', async () => {
    counter.reset()
    expect((await tasks().whereIn('projectId', []).get()).count()).toBe(0)
    expect(await tasks().whereIn('status', []).first()).toBeNull()
    expect(await tasks().whereIn('status', []).count()).toBe(0)
    const page = await tasks().whereIn('projectId', []).cursorPaginate(5)
    expect(page.data.count()).toBe(0)
    expect(page.nextCursor).toBeNull()
    expect(counter.count()).toBe(0)
    expect(tasks().whereIn('projectId', []).explain().fanOut?.branches).toBe(0)
  })

  it('refuses more than 100 distinct values with a typed error and a hint', () => {
    const many = Array.from({ length: 101 }, (_, index) => `p${index}`)
    let caught: unknown
    try {
      tasks().whereIn('projectId', many).explain()
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(QueryError)
    expect((caught as QueryError).code).toBe('FAN_OUT_TOO_WIDE')
    expect((caught as QueryError).hint).toContain('chunks of 100')
    expect(
      tasks()
        .whereIn('projectId', [...many.slice(0, 100), 'p0'])
        .explain().fanOut?.branches,
    ).toBe(100)
  })

  it('keeps an IN filter when another key already bounds the partition', () => {
    const plan = tasks().where('projectId', 'p1').whereIn('status', ['todo', 'done']).explain()
    expect(plan.fanOut).toBeNull()
    expect(plan.filter).toContain('IN')
  })

  it('leaves whereIn on a non-key attribute as a filter', () => {
    expect(tasks().whereIn('title', ['task 1']).explain().fanOut).toBeNull()
  })
})

describe('limit, first, count, paginate and cursors are exact over the merge', () => {
  const values = ['p0', 'p2', 'p3']
  const order = () => expected('projectId', values, entry('parent:Project:projectId').sortKey.attribute)

  it('limit and first return the first items of the merged order', async () => {
    counter.reset()
    const five = await tasks().whereIn('projectId', values).limit(5).get()
    expect(ids(five)).toEqual(order().slice(0, 5))
    expect(counter.count('Query')).toBe(3)
    const first = await tasks().whereIn('projectId', values).first()
    expect(String(first?.id)).toBe(order()[0])
  })

  it('count sums the partitions with Select COUNT', async () => {
    counter.reset()
    expect(await tasks().whereIn('projectId', values).count()).toBe(order().length)
    expect(counter.count('Query')).toBe(3)
  })

  it('cursorPaginate walks every item once, in order, whatever the page size', async () => {
    for (const perPage of [1, 4, 7, 50]) {
      const seen: string[] = []
      let cursor: string | null = null
      do {
        const page = await tasks().whereIn('projectId', values).cursorPaginate(perPage, cursor)
        expect(page.data.count()).toBeLessThanOrEqual(perPage)
        seen.push(...ids(page.data))
        cursor = page.nextCursor
      } while (cursor)
      expect(seen).toEqual(order())
    }
  })

  it('paginate gives numbered pages of the merged order', async () => {
    const page = await tasks().whereIn('projectId', values).paginate(4, 2)
    expect(page.total).toBe(order().length)
    expect(ids(page.data)).toEqual(order().slice(4, 8))
  })

  it('rejects a cursor edited, or made for another list of values', async () => {
    const page = await tasks().whereIn('projectId', values).cursorPaginate(2)
    const cursor = page.nextCursor!
    await expect(tasks().whereIn('projectId', ['p0', 'p2']).cursorPaginate(2, cursor)).rejects.toBeInstanceOf(
      InvalidCursorError,
    )
    const [payload, tag] = cursor.split('.')
    const edited = `${Buffer.from('{"fanOut":2,"b":[1,1,1]}').toString('base64url')}.${tag}`
    await expect(tasks().whereIn('projectId', values).cursorPaginate(2, edited)).rejects.toBeInstanceOf(
      InvalidCursorError,
    )
    expect(payload).toBeTruthy()
  })

  it('counts every branch against maxPages and sends no round that would pass it', async () => {
    counter.reset()
    const capped = await tasks().whereIn('projectId', values).maxPages(2).get()
    expect(counter.count('Query')).toBe(0)
    expect(capped.meta.truncated).toBe(true)
    expect(capped.count()).toBe(0)
    const enough = await tasks().whereIn('projectId', values).maxPages(3).get()
    expect(counter.count('Query')).toBe(3)
    expect(ids(enough)).toEqual(order())
  })

  it('iterates lazily over every item in order', async () => {
    const seen: string[] = []
    for await (const row of tasks().whereIn('projectId', values)) seen.push(String(row.id))
    expect(seen).toEqual(order())
  })
})

describe('explain().estimate covers every branch of the fan-out, as the request counter shows', () => {
  const values = ['p1', 'p3', 'p4']

  it('names the N Queries of an unbounded fan-out, each sent once', async () => {
    const estimate = tasks().whereIn('projectId', values).explain().estimate
    expect(estimate.minRequests).toBe(3)
    expect(estimate.basis).toContain('3 Queries (one per partition)')
    expect(estimate.items).toBeNull()
    counter.reset()
    await tasks().whereIn('projectId', values).get()
    expect(counter.count('Query')).toBe(estimate.minRequests)
  })

  it('sums the reads of a limit: each branch asks for a share of it', async () => {
    const estimate = tasks().whereIn('projectId', values).limit(5).explain().estimate
    // shareOf(5, 3) = ceil(1.5 x 5 / 3) + 1 = 4 items per branch, not the 5 a single branch estimate says.
    expect(estimate).toMatchObject({ items: 12, pages: 3, minRequests: 3, rcu: 1.5 })
    const single = tasks().where('projectId', 'p1').limit(5).explain().estimate
    expect(single).toMatchObject({ items: 5, pages: 1, minRequests: 1 })
    counter.reset()
    const rows = await tasks().whereIn('projectId', values).limit(5).get()
    expect(counter.count('Query')).toBe(estimate.pages)
    expect(rows.meta.scannedCount).toBe(estimate.items)
  })

  it('says a maxPages below the branch count sends nothing, and an empty list costs nothing', async () => {
    const capped = tasks().whereIn('projectId', values).maxPages(2).explain().estimate
    expect(capped).toMatchObject({ items: 0, pages: 0, minRequests: 0 })
    expect(capped.basis).toContain('raise maxPages to at least 3')
    expect(tasks().whereIn('projectId', values).maxPages(4).explain().estimate).toMatchObject({
      pages: 4,
      minRequests: 3,
    })
    expect(tasks().whereIn('projectId', []).explain().estimate).toMatchObject({ items: 0, minRequests: 0 })
    counter.reset()
    await tasks().whereIn('projectId', values).maxPages(2).get()
    expect(counter.count()).toBe(0)
  })
})
