import { createRequestCounter, type Middleware, type RequestEvent } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, createQueryBuilder, InvalidCursorError, ItemNotFoundError, Model } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Post, Profile, Team, User } from './fixtures'

class UserModel extends Model(User) {}

const counter = createRequestCounter()
const sent: RequestEvent[] = []
const recorder: Middleware = { onRequest: (event) => void (event.attempt === 1 && sent.push(event)) }
const warnings: string[] = []
const orm = createOrm({
  models: [UserModel, Team, Post, Profile],
  client: localClient([counter, recorder]),
  design: { tableName: uniqueTableName('orm-query') },
  options: { warn: (message) => warnings.push(message) },
})
const users = () => createQueryBuilder<typeof User, UserModel>(orm.ctx, 'User', UserModel)
const posts = () => createQueryBuilder<typeof Post>(orm.ctx, 'Post')
const profiles = () => createQueryBuilder<typeof Profile>(orm.ctx, 'Profile')

function reset() {
  counter.reset()
  sent.length = 0
}

const TEAM_SIZE = 12
let firstUserId = ''

beforeAll(async () => {
  await orm.createTable()
  const indexes = Array.from({ length: 2 * TEAM_SIZE + 2 }, (_, index) => index)
  const created = await Promise.all(
    indexes.map((index) => {
      const teamId = index < 2 * TEAM_SIZE ? (index % 2 === 0 ? 't1' : 't2') : undefined
      return UserModel.create({
        name: `user ${String(index).padStart(2, '0')}`,
        email: `u${index}@example.com`,
        age: 20 + (index % 10),
        ...(teamId ? { teamId } : {}),
        tags: index % 3 === 0 ? ['admin'] : ['staff'],
      })
    }),
  )
  firstUserId = String(created[0]!.id)
  const PostClass = orm.model('Post')
  await Promise.all(
    [0, 1, 2, 3, 4, 5].map((index) =>
      PostClass.create({
        title: `post ${index}`,
        userId: firstUserId,
        status: index < 4 ? 'live' : 'draft',
        views: index * 10,
        ...(index < 4 ? { publishedAt: `2024-0${index + 1}-15T10:00:00.000Z` } : {}),
      }),
    ),
  )
  await orm.model('Profile').create({ userId: firstUserId, bio: 'hello' })
}, 60_000)

afterAll(() => orm.dropTable())

describe('reads compile to the right request', () => {
  it('queries a GSI for a foreign key and hydrates model instances', async () => {
    reset()
    const team = await users().where('teamId', 't1').get()
    expect(counter.count('Query')).toBe(1)
    expect(counter.count('Scan')).toBe(0)
    expect(team.count()).toBe(TEAM_SIZE)
    expect(team.first()).toBeInstanceOf(UserModel)
    expect(team.every((user) => user.teamId === 't1')).toBe(true)
    expect(team.meta).toMatchObject({ operation: 'Query', index: 'GSI2', pages: 1, count: TEAM_SIZE })
    expect(team.meta.capacityUnits).toBeGreaterThan(0)
  })

  it('is what the model statics return', async () => {
    expect(await UserModel.where('teamId', 't1').count()).toBe(TEAM_SIZE)
    const newest = await UserModel.query().latest().first()
    expect(newest).toBeInstanceOf(UserModel)
    expect((await UserModel.all()).count()).toBe(2 * TEAM_SIZE + 2)
  })

  it('never returns other entity types from a shared partition', async () => {
    const found = await profiles().where('userId', firstUserId).get()
    expect(found.count()).toBe(1)
    expect(found.first()).toMatchObject({ bio: 'hello' })
  })

  it('orders newest first on the time-ordered type index', async () => {
    reset()
    const newest = await users().latest().limit(5).get()
    expect(counter.count('Query')).toBe(1)
    expect(sent[0]?.input).toMatchObject({ ScanIndexForward: false, Limit: 5 })
    const stamps = newest.pluck('createdAt').all() as string[]
    expect([...stamps].sort().reverse()).toEqual(stamps)
  })

  it('answers whereDate with a key condition on the time-ordered sort key', async () => {
    const today = new Date().toISOString().slice(0, 10)
    reset()
    expect(await users().whereDate('createdAt', today).count()).toBe(2 * TEAM_SIZE + 2)
    expect(await users().whereDate('createdAt', '<', today).count()).toBe(0)
    const input = sent[0]?.input as { KeyConditionExpression?: string; Select?: string }
    expect(input.KeyConditionExpression).toContain('begins_with')
    expect(input.Select).toBe('COUNT')
  })

  it('uses the model index with a range on its sort key', async () => {
    const live = await posts()
      .where('status', 'live')
      .whereBetween('publishedAt', ['2024-02-01', '2024-03-31'])
      .orderByDesc('publishedAt')
      .get()
    expect(live.meta.index).toBe('GSI3')
    expect(live.pluck('title').all()).toEqual(['post 2', 'post 1'])
  })

  it('reports pages and capacity for a limit behind a filter, and caps pages', async () => {
    reset()
    const older = await users().where('teamId', 't2').where('age', '>=', 27).pageSize(3).limit(2).get()
    expect(older.count()).toBe(2)
    expect(older.meta.pages).toBe(counter.count('Query'))
    expect(older.meta.pages).toBeGreaterThan(1)
    expect(older.meta.scannedCount).toBeGreaterThan(older.count())
    const capped = await users().where('teamId', 't2').where('age', '>=', 27).pageSize(3).maxPages(1).get()
    expect(capped.meta).toMatchObject({ pages: 1, truncated: true })
  })
})

describe('result helpers', () => {
  it('first, firstOrFail, value, pluck, exists', async () => {
    expect(await users().where('teamId', 'nope').first()).toBeNull()
    await expect(users().where('teamId', 'nope').firstOrFail()).rejects.toBeInstanceOf(ItemNotFoundError)
    expect(await users().where('id', firstUserId).value('name')).toBe('user 00')
    expect((await users().where('teamId', 't1').pluck('name')).sort()[0]).toBe('user 00')
    expect(await users().where('teamId', 't1').exists()).toBe(true)
    expect(await users().where('teamId', 'nope').doesntExist()).toBe(true)
  })

  it('count uses Select COUNT and agrees with get', async () => {
    reset()
    const count = await users().where('teamId', 't2').where('age', '<', 25).count()
    expect(sent.map((event) => (event.input as { Select?: string }).Select)).toEqual(['COUNT'])
    expect(count).toBe((await users().where('teamId', 't2').where('age', '<', 25).get()).count())
  })

  it('aggregates client-side', async () => {
    const ages = (await users().where('teamId', 't1').pluck('age')) as number[]
    const sum = ages.reduce((a, b) => a + b, 0)
    expect(await users().where('teamId', 't1').sum('age')).toBe(sum)
    expect(await users().where('teamId', 't1').avg('age')).toBeCloseTo(sum / ages.length)
    expect(await users().where('teamId', 't1').min('age')).toBe(Math.min(...ages))
    expect(await users().where('teamId', 't1').max('age')).toBe(Math.max(...ages))
    expect(await users().where('teamId', 'nope').avg('age')).toBeNull()
  })

  it('cursorPaginate walks every match once and rejects tampered cursors', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: Awaited<ReturnType<ReturnType<typeof users>['cursorPaginate']>> = await users()
        .where('teamId', 't1')
        .cursorPaginate(5, cursor)
      seen.push(...page.data.map((user) => String(user.id)))
      cursor = page.nextCursor
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(new Set(seen).size).toBe(TEAM_SIZE)
    const first = await users().where('teamId', 't1').cursorPaginate(5)
    const tampered = `${first.nextCursor!.slice(0, -2)}xx`
    await expect(users().where('teamId', 't1').cursorPaginate(5, tampered)).rejects.toBeInstanceOf(
      InvalidCursorError,
    )
    await expect(users().where('teamId', 't2').cursorPaginate(5, first.nextCursor)).rejects.toMatchObject({
      code: 'INVALID_CURSOR',
    })
  })

  it('paginate returns numbered pages with totals', async () => {
    const page = await users().where('teamId', 't1').paginate(5, 3)
    expect(page).toMatchObject({
      total: TEAM_SIZE,
      perPage: 5,
      currentPage: 3,
      lastPage: 3,
      from: 11,
      to: 12,
    })
    expect(page.data.count()).toBe(2)
    expect(page.hasMorePages).toBe(false)
  })

  it('chunk, chunkById, each and for await visit every row', async () => {
    const sizes: number[] = []
    await users()
      .where('teamId', 't1')
      .chunk(5, (rows) => void sizes.push(rows.count()))
    expect(sizes).toEqual([5, 5, 2])
    const byId: number[] = []
    await users()
      .where('teamId', 't1')
      .chunkById(5, (rows) => void byId.push(rows.count()))
    expect(byId).toEqual([5, 5, 2])
    let stopped = 0
    await users()
      .where('teamId', 't1')
      .each(() => ++stopped < 3)
    expect(stopped).toBe(3)
    const names: string[] = []
    for await (const user of users().where('teamId', 't2')) names.push(String(user.name))
    expect(names).toHaveLength(TEAM_SIZE)
  })

  it('collections group and key results', async () => {
    const team = await users().where('teamId', 't1').get()
    const byTag = team.groupBy((user) => (user.tags as string[])[0] ?? 'none')
    expect(Object.keys(byTag).sort()).toEqual(['admin', 'staff'])
    expect(Object.keys(team.keyBy('id'))).toHaveLength(TEAM_SIZE)
  })
})

describe('scans and strict mode', () => {
  it('warns once per query shape when a query must Scan', async () => {
    warnings.length = 0
    reset()
    await users().withTrashed().where('age', 99).get()
    await users().withTrashed().where('age', 99).get()
    expect(counter.count('Scan')).toBe(2)
    expect(warnings.filter((w) => w.includes('Scan'))).toHaveLength(1)
  })

  it('throws in strict mode before sending anything', async () => {
    const strict = createOrm({
      models: [User, Team, Post, Profile],
      client: localClient([counter]),
      design: { tableName: orm.tableName },
      options: { strict: true },
      setDefault: false,
    })
    reset()
    const query = createQueryBuilder<typeof User>(strict.ctx, 'User').withTrashed().where('age', 99)
    await expect(query.get()).rejects.toMatchObject({ code: 'SCAN_NOT_ALLOWED' })
    expect(counter.count()).toBe(0)
    expect((await query.forceScan().get()).meta.operation).toBe('Scan')
  })
})

describe('query-level writes', () => {
  it('update changes every match and returns the count', async () => {
    const updated = await users().where('teamId', 't2').where('age', '>=', 28).update({ status: 'senior' })
    expect(updated).toBeGreaterThan(0)
    expect(await users().where('teamId', 't2').where('status', 'senior').count()).toBe(updated)
  })

  it('delete soft-deletes; withTrashed and onlyTrashed see the trashed items', async () => {
    const before = await users().where('teamId', 't2').count()
    const deleted = await users().where('teamId', 't2').where('status', 'senior').delete()
    expect(deleted).toBeGreaterThan(0)
    expect(await users().where('teamId', 't2').count()).toBe(before - deleted)
    expect(await users().where('teamId', 't2').withTrashed().count()).toBe(before)
    expect(await users().where('teamId', 't2').onlyTrashed().count()).toBe(deleted)
    // The live-only type index no longer lists them.
    expect(await users().where('status', 'senior').count()).toBe(0)
  })

  it('delete removes hard-deleting models for good', async () => {
    const removed = await posts().where('userId', firstUserId).where('status', 'draft').delete()
    expect(removed).toBe(2)
    expect(await posts().where('userId', firstUserId).count()).toBe(4)
  })
})
