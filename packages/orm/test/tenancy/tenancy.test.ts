import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  enableTenancy,
  insertMany,
  isTenantError,
  type ModelBase,
  transaction,
  withTenant,
} from '../../src/index'
import { models } from '../relations/fixtures'
import { localClient, uniqueTableName } from '../support'

const counter = createRequestCounter()
const orm = createOrm({
  models,
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-tenancy-prefix') },
  setDefault: false,
})
enableTenancy(orm, { strategy: 'prefix' })
const User = orm.model('User')
const Post = orm.model('Post')
const Team = orm.model('Team')

const acme = { userId: '', postId: '' }

beforeAll(async () => {
  await orm.createTable()
  await withTenant('acme', async () => {
    await Team.create({ id: 'core', name: 'Acme core' })
    const user = await User.create({ name: 'Ada', teamId: 'core' })
    acme.userId = user.id
    acme.postId = (await Post.create({ title: 'acme secret', userId: user.id })).id
  })
  await withTenant('globex', () => Team.create({ id: 'core', name: 'Globex core' }))
}, 60_000)

afterAll(() => orm.dropTable())

const inGlobex = <T>(fn: () => Promise<T>) => withTenant('globex', fn)

describe('prefix strategy: guessing another tenant id fails', () => {
  it('stores TENANT#<id># in every partition key', async () => {
    const raw = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: `TENANT#acme#USER#${acme.userId}`, sk: `USER#${acme.userId}` },
    })
    expect(raw.Item?.name).toBe('Ada')
    expect(String(raw.Item?.gsi2pk ?? raw.Item?.gsi1pk)).toMatch(/^TENANT#acme#/)
  })

  it('the owner tenant reads its data, relations included', async () => {
    await withTenant('acme', async () => {
      const user = (await User.find(acme.userId))!
      expect(user.name).toBe('Ada')
      expect(
        ((await user.related('posts')) as ModelBase[]).map((post) => post.getAttribute('title')),
      ).toEqual(['acme secret'])
      expect(((await user.related('team')) as ModelBase).getAttribute('name')).toBe('Acme core')
    })
  })

  it('read: find and findOrFail', async () => {
    await inGlobex(async () => {
      expect(await User.find(acme.userId)).toBeNull()
      await expect(User.findOrFail(acme.userId)).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' })
    })
  })

  it('batch-get', async () => {
    await inGlobex(async () => expect(await User.findMany([acme.userId, 'nobody'])).toEqual([]))
  })

  it('query by index and through a relation of the same-named parent', async () => {
    await inGlobex(async () => {
      expect((await User.query().where('teamId', 'core').get()).count()).toBe(0)
      expect((await Post.query().where('userId', acme.userId).get()).count()).toBe(0)
      const team = (await Team.find('core'))!
      expect(team.name).toBe('Globex core')
      expect(await team.related('users')).toEqual([])
    })
  })

  it('update and delete touch nothing of the other tenant', async () => {
    await inGlobex(async () => {
      expect(await User.query().where('teamId', 'core').update({ name: 'pwned' })).toBe(0)
      expect(await User.destroy(acme.userId)).toBe(0)
      expect(await Post.query().where('userId', acme.userId).delete()).toBe(0)
    })
    await withTenant('acme', async () => {
      expect((await User.find(acme.userId))?.name).toBe('Ada')
      expect(await Post.find(acme.postId)).not.toBeNull()
    })
  })

  it('batch writes land in the current tenant only', async () => {
    await inGlobex(() => insertMany(Team, [{ id: 'core', name: 'Globex renamed' }]))
    await withTenant('acme', async () => expect((await Team.find('core'))?.name).toBe('Acme core'))
    await inGlobex(async () => expect((await Team.find('core'))?.name).toBe('Globex renamed'))
  })

  it('transactions write in the current tenant only', async () => {
    await inGlobex(() =>
      transaction(orm, async (trx) => {
        await trx.create(Team, { id: 'tx', name: 'globex tx' })
      }),
    )
    await withTenant('acme', async () => expect(await Team.find('tx')).toBeNull())
    await inGlobex(async () => expect((await Team.find('tx'))?.name).toBe('globex tx'))
  })

  it('a missing tenant is an error, not "all tenants"', async () => {
    counter.reset()
    await expect(User.find(acme.userId)).rejects.toSatisfy(
      (error: unknown) => isTenantError(error) && error.code === 'MISSING_TENANT',
    )
    expect(() => User.query()).toThrowError(/no tenant/)
    expect(counter.count()).toBe(0)
  })

  it('tenant ids that could break keys are rejected', async () => {
    await expect(withTenant('acme#USER', () => User.find('x'))).rejects.toMatchObject({
      code: 'INVALID_TENANT',
    })
  })
})

describe('table strategy with a tenant resolver', () => {
  let tenant: string | null = null
  const base = uniqueTableName('orm-tenancy-table')
  const perTable = createOrm({
    models,
    client: localClient(),
    design: { tableName: base },
    setDefault: false,
  })
  enableTenancy(perTable, { strategy: 'table', tenantResolver: () => tenant })
  const TableUser = perTable.model('User')

  beforeAll(async () => {
    for (const id of ['t1', 't2']) {
      tenant = id
      await orm.ctx.client.createTable({
        ...perTable.createTableInput(),
        TableName: `${base}_${id}`,
      } as never)
      await orm.ctx.client.waitForTableActive(`${base}_${id}`)
    }
  }, 60_000)

  afterAll(async () => {
    for (const id of ['t1', 't2']) await orm.ctx.client.deleteTable({ TableName: `${base}_${id}` })
  })

  it('each tenant has its own table; the resolver picks it; withTenant overrides it', async () => {
    tenant = 't1'
    const user = await TableUser.create({ name: 'in t1' })
    tenant = 't2'
    expect(await TableUser.find(user.id)).toBeNull()
    expect(await TableUser.findMany([user.id])).toEqual([])
    expect(await withTenant('t1', () => TableUser.find(user.id))).not.toBeNull()
    tenant = null
    await expect(TableUser.find(user.id)).rejects.toMatchObject({ code: 'MISSING_TENANT' })
  })
})
