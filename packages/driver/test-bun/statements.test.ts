import { afterAll, beforeAll, describe, expect, test } from 'bun:test'
import { freshOrm, requestsOf, writeResult } from './support'

// Every statement kind the builder emits, run through the driver and compared with the request our ORM
// sends for the same intent, on the same data: the index, key condition, filter, limit and order match.
const ctx = await freshOrm('driver-statements')
const { orm, sent, db } = ctx
const User = orm.model('User')
const Post = orm.model('Post')

beforeAll(async () => {
  await db
    .insertInto('teams')
    .values([
      { id: 't1', name: 'Core' },
      { id: 't2', name: 'Web' },
    ])
    .execute()
  await db
    .insertInto('users')
    .values([
      { id: 'u1', name: 'Ada', email: 'ada@x.io', age: 36, team_id: 't1' },
      { id: 'u2', name: 'Bob', email: 'bob@x.io', age: 41, team_id: 't1' },
      { id: 'u3', name: 'Cy', email: 'cy@x.io', age: 29, team_id: 't2' },
    ])
    .execute()
  for (const [id, title, status] of [
    ['p1', 'Hello DynamoDB', 'published'],
    ['p2', 'Hello again', 'draft'],
    ['p3', 'Keys first', 'published'],
  ] as const) {
    await db.insertInto('posts').values({ id, title, status, user_id: 'u1' }).execute()
  }
})

afterAll(() => orm.dropTable())

async function sameRequests(viaDriver: () => Promise<unknown>, viaOrm: () => Promise<unknown>) {
  const driver = await requestsOf(sent, viaDriver)
  const ours = await requestsOf(sent, viaOrm)
  expect(driver.length).toBeGreaterThan(0)
  expect(driver).toEqual(ours)
  return driver
}

describe('SELECT through the ORM planner', () => {
  test('primary key equality reads the item by its key, as User.query().where(id)', async () => {
    const rows = await db.selectFrom('users').where('id', '=', 'u1').get()
    expect(rows.map((row) => row.name)).toEqual(['Ada'])
    await sameRequests(
      () => db.selectFrom('users').where('id', '=', 'u1').get(),
      () => User.query().where('id', 'u1').get(),
    )
  })

  test('foreign key equality is a Query on the belongsTo index', async () => {
    const requests = await sameRequests(
      () => db.selectFrom('users').where('team_id', '=', 't1').get(),
      () => User.query().where('teamId', 't1').get(),
    )
    expect(requests[0]?.operation).toBe('Query')
    expect(requests[0]?.input.IndexName).toBeString()
  })

  test('a range on a non-key attribute stays a filter on the same Query', async () => {
    const rows = await db.selectFrom('users').where('team_id', '=', 't1').where('age', '>', 40).get()
    expect(rows.map((row) => row.id)).toEqual(['u2'])
    await sameRequests(
      () => db.selectFrom('users').where('team_id', '=', 't1').where('age', '>', 40).get(),
      () => User.query().where('teamId', 't1').where('age', '>', 40).get(),
    )
  })

  test('ranges (BETWEEN, >=) on an indexed attribute go where the ORM puts them', async () => {
    const between = () =>
      db.selectFrom('posts').where('status', '=', 'published').whereBetween('title', 'H', 'J').get()
    expect((await between()).map((row) => row.id)).toEqual(['p1'])
    const requests = await sameRequests(between, () =>
      Post.query().where('status', 'published').whereBetween('title', ['H', 'J']).get(),
    )
    // The byStatus index's sort key is `{title}#POST#{id}`: the partition is the key condition, and the
    // planner keeps the title range exact in the filter (key text would only bracket it).
    expect(requests[0]?.input.IndexName).toBeString()
    expect(String(requests[0]?.input.FilterExpression)).toContain('BETWEEN')
    await sameRequests(
      () => db.selectFrom('posts').where('status', '=', 'published').where('title', '>=', 'K').get(),
      () => Post.query().where('status', 'published').where('title', '>=', 'K').get(),
    )
  })

  test("IN on a partition attribute is the ORM's fan-out: one Query per value", async () => {
    const requests = await sameRequests(
      () =>
        db
          .selectFrom('users')
          .where(['team_id', 'in', ['t1', 't2']])
          .get(),
      () => User.query().whereIn('teamId', ['t1', 't2']).get(),
    )
    expect(requests.filter((request) => request.operation === 'Query')).toHaveLength(2)
    const rows = await db
      .selectFrom('users')
      .where(['team_id', 'in', ['t1', 't2']])
      .get()
    expect(rows.map((row) => row.id).sort()).toEqual(['u1', 'u2', 'u3'])
  })

  test("LIKE 'x%' is begins_with in the key condition of the index the attribute sorts", async () => {
    const requests = await sameRequests(
      () => db.selectFrom('posts').where('status', '=', 'published').where('title', 'like', 'Hello%').get(),
      () => Post.query().where('status', 'published').whereBeginsWith('title', 'Hello').get(),
    )
    expect(String(requests[0]?.input.KeyConditionExpression)).toContain('begins_with')
    const rows = await db
      .selectFrom('posts')
      .where('status', '=', 'published')
      .where('title', 'like', 'Hello%')
      .get()
    expect(rows.map((row) => row.id)).toEqual(['p1'])
  })

  test('ORDER BY the sort key and LIMIT become ScanIndexForward and a limited read', async () => {
    const latest = () =>
      db.selectFrom('posts').where('user_id', '=', 'u1').orderBy('id', 'desc').limit(1).get()
    expect((await latest()).map((row) => row.id)).toEqual(['p3'])
    const requests = await sameRequests(latest, () =>
      Post.query().where('userId', 'u1').orderBy('id', 'desc').limit(1).get(),
    )
    expect(requests[0]?.input.ScanIndexForward).toBe(false)
  })

  test('ORDER BY an attribute no index sorts by is the ORM refusal, before any request', async () => {
    const before = sent.length
    const unsorted = db.selectFrom('posts').where('user_id', '=', 'u1').orderBy('title', 'asc').get()
    await expect(unsorted).rejects.toMatchObject({ code: 'UNSUPPORTED_ORDER' })
    expect(sent.length).toBe(before)
  })

  test('COUNT(*) is a Select COUNT query', async () => {
    expect(await db.selectFrom('users').where('team_id', '=', 't1').count()).toBe(2)
    const requests = await sameRequests(
      () => db.selectFrom('users').where('team_id', '=', 't1').count(),
      () => User.query().where('teamId', 't1').count(),
    )
    expect(requests[0]?.input.Select).toBe('COUNT')
  })

  test("paginate()'s first page: its total is the ORM count, its rows a limited read", async () => {
    const page = await db.selectFrom('users').where('team_id', '=', 't1').paginate(1, 1)
    expect(page.meta.total).toBe(await User.query().where('teamId', 't1').count())
    expect(page.data).toHaveLength(1)
  })

  test('first() and find() read one item', async () => {
    expect((await db.selectFrom('users').find('u2'))?.name).toBe('Bob')
    expect((await db.selectFrom('users').where('team_id', '=', 't2').first())?.id).toBe('u3')
    await sameRequests(
      () => db.selectFrom('users').find('u2'),
      () => User.query().where('id', 'u2').first(),
    )
  })

  test('explain() on the connection is the ORM explanation of the same query, and sends nothing', () => {
    const before = sent.length
    const explained = db.sql.explain('SELECT * FROM users WHERE team_id = ?', ['t1'])
    expect(explained.plan).toEqual(User.query().where('teamId', 't1').explain())
    expect(explained.request).toEqual(User.query().where('teamId', 't1').toQuery())
    expect(sent.length).toBe(before)
  })
})

describe('writes by key', () => {
  test('INSERT is Model.create(): the item and its unique guard in one TransactWriteItems', async () => {
    const result = writeResult(
      await db
        .insertInto('users')
        .values({ id: 'u9', name: 'Dee', email: 'dee@x.io', team_id: 't2' })
        .execute(),
    )
    expect(result.count).toBe(1)
    expect(result.insertId).toBe('u9')
    const stored = await User.find('u9')
    expect(stored?.get('email')).toBe('dee@x.io')
  })

  test('UPDATE ... WHERE id = ? changes that item only (dirty attributes, one UpdateItem)', async () => {
    const requests = await requestsOf(sent, () =>
      db.updateTable('users').set({ name: 'Dee Dee' }).where({ id: 'u9' }).execute(),
    )
    expect(requests.map((request) => request.operation)).toEqual(['Query', 'UpdateItem'])
    expect((await User.find('u9'))?.get('name')).toBe('Dee Dee')
    expect((await User.find('u3'))?.get('name')).toBe('Cy')
  })

  test('DELETE ... WHERE id = ? removes the item and its unique guard', async () => {
    const result = writeResult(await db.deleteFrom('users').where({ id: 'u9' }).execute())
    expect(result.count).toBe(1)
    expect(await User.find('u9')).toBeNull()
    // The guard went with it: the email can be taken again.
    await db
      .insertInto('users')
      .values({ id: 'u10', name: 'Eve', email: 'dee@x.io', team_id: 't2' })
      .execute()
    expect((await User.find('u10'))?.get('email')).toBe('dee@x.io')
  })

  test('a unique clash is the ORM error, and nothing is written', async () => {
    const clash = db
      .insertInto('users')
      .values({ id: 'u11', name: 'X', email: 'ada@x.io', team_id: 't1' })
      .execute()
    await expect(clash).rejects.toMatchObject({ name: 'UniqueConstraintError' })
    expect(await User.find('u11')).toBeNull()
  })
})
