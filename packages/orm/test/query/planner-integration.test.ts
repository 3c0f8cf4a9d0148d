import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, Model } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Post, Profile, Team, User } from './fixtures'

class UserModel extends Model(User) {}
class TeamModel extends Model(Team) {}
class PostModel extends Model(Post) {}

const counter = createRequestCounter()
const warnings: string[] = []
const orm = createOrm({
  models: [UserModel, TeamModel, PostModel, Profile],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-planner') },
  options: { warn: (message) => warnings.push(message) },
})
const table = orm.ctx.tableName

const USERS = 30
let ada: UserModel

beforeAll(async () => {
  await orm.createTable()
  await Promise.all(
    Array.from({ length: USERS }, (_, index) =>
      UserModel.create({ name: `user ${index}`, email: `u${index}@example.com`, age: 20 + (index % 7) }),
    ),
  )
  ada = await UserModel.create({ name: 'Ada', email: 'ada@example.com', age: 36 })
  await Promise.all(['core', 'infra', 'web', 'data'].map((name) => TeamModel.create({ name })))
  await Promise.all(
    Array.from({ length: 20 }, (_, index) =>
      PostModel.create({
        title: `post ${index}`,
        userId: ada.id as string,
        status: 'live',
        views: (index * 7) % 20,
        publishedAt: `2024-${String(1 + (index % 10)).padStart(2, '0')}-15T10:00:00.000Z`,
      }),
    ),
  )
}, 60_000)

afterAll(() => orm.dropTable())

function ops(): Record<string, number> {
  return { ...counter.counts }
}

describe('unique equality reads the guard item, never the type', () => {
  it('first() is a GetItem of the guard and a GetItem of the user', async () => {
    counter.reset()
    const found = await UserModel.where('email', 'ada@example.com').first()
    expect(found?.name).toBe('Ada')
    expect(ops()).toEqual({ GetItem: 2 })
    const explained = UserModel.where('email', 'ada@example.com').explain()
    expect(explained.costClass).toBe('GetItem')
    expect(explained.operation).toBe('GetItem')
    expect(explained.keyCondition).toBe(
      'pk = "UNIQUE#User#email#ada@example.com" AND sk = "UNIQUE#User#email#ada@example.com"',
    )
  })

  it('reports two point reads and one item in the result meta', async () => {
    const rows = await UserModel.where('email', 'ada@example.com').get()
    expect(rows).toHaveLength(1)
    expect(rows.meta).toMatchObject({ operation: 'GetItem', pages: 2, scannedCount: 2, count: 1 })
  })

  it('applies the other where clauses to the fetched item', async () => {
    counter.reset()
    expect(await UserModel.where('email', 'ada@example.com').where('age', '>', 40).first()).toBeNull()
    expect((await UserModel.where('email', 'ada@example.com').where('age', 36).first())?.name).toBe('Ada')
    expect(ops()).toEqual({ GetItem: 4 })
  })

  it('stops after one GetItem when no guard holds the value', async () => {
    counter.reset()
    expect(await UserModel.where('email', 'nobody@example.com').first()).toBeNull()
    expect(await UserModel.where('email', 'nobody@example.com').exists()).toBe(false)
    expect(await UserModel.where('email', 'ada@example.com').count()).toBe(1)
    expect(ops()).toEqual({ GetItem: 4 })
  })

  it('writes the owner key on the guard and moves it when the unique value changes', async () => {
    const user = await UserModel.create({ name: 'Grace', email: 'grace@example.com' })
    const guardKey = 'UNIQUE#User#email#grace@example.com'
    const guard = await orm.ctx.doc.get({ TableName: table, Key: { pk: guardKey, sk: guardKey } })
    expect(guard.Item).toMatchObject({ owner: `USER#${user.id}`, ownerSk: `USER#${user.id}` })
    user.email = 'hopper@example.com'
    await user.save()
    counter.reset()
    expect(await UserModel.where('email', 'grace@example.com').first()).toBeNull()
    expect((await UserModel.where('email', 'hopper@example.com').first())?.name).toBe('Grace')
    expect(ops()).toEqual({ GetItem: 3 })
    const moved = 'UNIQUE#User#email#hopper@example.com'
    const movedGuard = await orm.ctx.doc.get({ TableName: table, Key: { pk: moved, sk: moved } })
    expect(movedGuard.Item).toMatchObject({ ownerSk: `USER#${user.id}` })
  })

  it('guards written in a transaction (create, then update of the unique value) hold the owner key', async () => {
    const created = await orm.transaction((trx) =>
      trx.create(UserModel, { name: 'Barbara', email: 'barbara@example.com' }),
    )
    await orm.transaction((trx) => trx.update(created, { email: 'liskov@example.com' }))
    counter.reset()
    expect((await UserModel.where('email', 'liskov@example.com').first())?.name).toBe('Barbara')
    expect(await UserModel.where('email', 'barbara@example.com').first()).toBeNull()
    expect(ops()).toEqual({ GetItem: 3 })
  })

  it('hides a soft-deleted owner unless withTrashed(), and forgets a deleted one', async () => {
    const user = await UserModel.create({ name: 'Linus', email: 'linus@example.com' })
    await user.delete()
    expect(await UserModel.where('email', 'linus@example.com').first()).toBeNull()
    expect((await UserModel.where('email', 'linus@example.com').withTrashed().first())?.name).toBe('Linus')
    await user.forceDelete()
    counter.reset()
    expect(await UserModel.where('email', 'linus@example.com').withTrashed().first()).toBeNull()
    expect(ops()).toEqual({ GetItem: 1 })
  })

  it('reads an older guard without ownerSk with one Query on the owner partition', async () => {
    const user = await UserModel.create({ name: 'Old', email: 'old@example.com' })
    const key = 'UNIQUE#User#email#old@example.com'
    await orm.ctx.doc.update({
      TableName: table,
      Key: { pk: key, sk: key },
      UpdateExpression: 'REMOVE ownerSk',
    })
    counter.reset()
    const rows = await UserModel.where('email', 'old@example.com').get()
    expect(rows.first()?.id).toBe(user.id)
    expect(ops()).toEqual({ GetItem: 1, Query: 1 })
    expect(rows.meta.scannedCount).toBe(2)
  })
})

describe('bounded reads, measured', () => {
  it('two bounds on the sort key read only the range', async () => {
    const query = PostModel.where('status', 'live')
      .where('publishedAt', '>=', '2024-03-01')
      .where('publishedAt', '<', '2024-05-01')
    expect(query.explain().keyCondition).toContain('BETWEEN')
    const rows = await query.get()
    expect(rows).toHaveLength(4)
    expect(rows.meta).toMatchObject({ scannedCount: 4, count: 4, pages: 1 })
  })

  it('a filtered whole-type read warns once per shape and shows it read every item', async () => {
    warnings.length = 0
    const rows = await TeamModel.where('name', 'web').get()
    await TeamModel.where('name', 'data').get()
    expect(rows).toHaveLength(1)
    expect(rows.meta.scannedCount).toBe(4)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain("Team.where('name', ?) reads every Team")
    expect(warnings[0]).toContain("add `indexes: [{ name: 'byName', columns: ['name'] }]` to Team")
  })
})

describe('sortInMemory() on a bounded partition', () => {
  it('reads the partition once, sorts by the field and cuts to the limit', async () => {
    counter.reset()
    const rows = await PostModel.where('userId', ada.id as string)
      .orderBy('views', 'desc')
      .sortInMemory()
      .limit(3)
      .get()
    expect([...rows].map((row) => row.views)).toEqual([19, 18, 17])
    expect(rows.meta).toMatchObject({ scannedCount: 20, count: 3 })
    expect(ops()).toEqual({ Query: 1 })
  })

  it('refuses to page in an order that exists only after reading everything', async () => {
    const query = PostModel.where('userId', ada.id as string)
      .orderBy('views')
      .sortInMemory()
    await expect(query.cursorPaginate(5)).rejects.toMatchObject({ code: 'UNSUPPORTED_ORDER' })
    const page = await query.paginate(5, 2)
    expect([...page.data].map((row) => row.views)).toEqual([5, 6, 7, 8, 9])
  })
})
