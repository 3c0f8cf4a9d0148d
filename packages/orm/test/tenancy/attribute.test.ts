import { createRequestCounter, type DocumentMap } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  batchDelete,
  batchGet,
  batchWrite,
  createOrm,
  deleteByKey,
  enableTenancy,
  increment,
  insert,
  insertMany,
  isTenantError,
  type ModelBase,
  purgeTenant,
  rawGet,
  tenantContext,
  tenantItems,
  transactGet,
  transaction,
  upsert,
  withTenant,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { models } from './attribute-fixtures'

const counter = createRequestCounter()
const recorder = requestRecorder()
const design = {
  tableName: uniqueTableName('orm-tenancy-attr'),
  globalIndexes: [{ name: 'byTenant', partitionKey: 'tenantId', sortKey: 'pk' }],
}
const orm = createOrm({ models, client: localClient([counter, recorder]), design, setDefault: false })
enableTenancy(orm, { strategy: 'attribute', index: 'byTenant' })
const Team = orm.model('Team')
const User = orm.model('User')
const Post = orm.model('Post')
const Role = orm.model('Role')

const acme = { userId: '', postId: '' }
const globex = { userId: '' }
const inAcme = <T>(fn: () => Promise<T>) => withTenant('acme', fn)
const inGlobex = <T>(fn: () => Promise<T>) => withTenant('globex', fn)
const rejectsAsMissing = (promise: Promise<unknown>) =>
  expect(promise).rejects.toSatisfy((error: unknown) => {
    const { code, item, message } = error as { code?: string; item?: unknown; message?: string }
    return (
      (code === 'CONDITIONAL_CHECK_FAILED' || code === 'ITEM_NOT_FOUND') &&
      !item &&
      !/acme/.test(message ?? '')
    )
  })

beforeAll(async () => {
  await orm.createTable()
  await inAcme(async () => {
    await Team.create({ id: 'acme-core', name: 'Acme core' })
    const ada = await User.create({ name: 'Ada', email: 'ada@example.com', teamId: 'acme-core', logins: 1 })
    acme.userId = ada.id
    acme.postId = (await Post.create({ title: 'acme secret', userId: ada.id })).id
    await Role.create({ id: 'acme-admin', name: 'admin' })
    await ada.relation('roles').attach(['acme-admin'])
  })
  await inGlobex(async () => {
    await Team.create({ id: 'globex-core', name: 'Globex core' })
    // The same unique e-mail: guards are per tenant, so another tenant's value neither blocks nor leaks.
    const bob = await User.create({ name: 'Bob', email: 'ada@example.com', teamId: 'globex-core' })
    globex.userId = bob.id
  })
}, 60_000)

afterAll(() => orm.dropTable())

describe('attribute strategy: storage', () => {
  it('keys stay unchanged; every item (entity, unique guard, edge) carries the tenant attribute', async () => {
    const { Item } = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: `USER#${acme.userId}`, sk: `USER#${acme.userId}` },
    })
    expect(Item).toMatchObject({ name: 'Ada', tenantId: 'acme' })
    const owned = await inAcme(async () => {
      const items: DocumentMap[] = []
      for await (const item of tenantItems(orm)) items.push(item)
      return items
    })
    const kinds = owned.map((item) => String(item._et)).sort()
    expect(kinds).toEqual(['Post', 'Role', 'RoleUser', 'Team', 'User', '_unique'])
    expect(owned.every((item) => item.tenantId === 'acme')).toBe(true)
    expect(owned.find((item) => item._et === '_unique')?.pk).toMatch(/^TENANT#acme#UNIQUE#/)
  })

  it('models do not see the tenant attribute (it is storage, like keys)', async () => {
    const ada = await inAcme(() => User.findOrFail(acme.userId))
    expect(ada.toJSON()).not.toHaveProperty('tenantId')
  })
})

describe('attribute strategy: the owner works as usual', () => {
  it('reads, relations, queries, updates and deletes its own items', async () => {
    await inAcme(async () => {
      const ada = (await User.find(acme.userId))!
      expect(ada.name).toBe('Ada')
      expect(((await ada.related('posts')) as ModelBase[]).map((post) => post.getAttribute('title'))).toEqual(
        ['acme secret'],
      )
      expect(((await ada.related('team')) as ModelBase).getAttribute('name')).toBe('Acme core')
      expect(((await ada.related('roles')) as ModelBase[]).map((role) => role.getAttribute('id'))).toEqual([
        'acme-admin',
      ])
      expect(await User.query().count()).toBe(1)
      expect((await User.query().where('teamId', 'acme-core').get()).count()).toBe(1)
      ada.name = 'Ada L.'
      await ada.save()
      expect((await User.find(acme.userId))?.name).toBe('Ada L.')
      await increment(User, acme.userId, 'logins', 2)
      expect((await User.find(acme.userId))?.logins).toBe(3)
      const draft = await Post.create({ title: 'draft', userId: acme.userId })
      expect(await Post.destroy(draft.id)).toBe(1)
      expect(await Post.find(draft.id)).toBeNull()
    })
  })
})

describe('attribute strategy: guessing another tenant id fails or finds nothing', () => {
  it('read: find, findOrFail', async () => {
    await inGlobex(async () => {
      expect(await User.find(acme.userId)).toBeNull()
      await expect(User.findOrFail(acme.userId)).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' })
      expect(await Team.find('acme-core')).toBeNull()
    })
  })

  it('batch-get and transact-get', async () => {
    await inGlobex(async () => {
      expect(await User.findMany([acme.userId, globex.userId])).toHaveLength(1)
      const { users } = await batchGet(orm, { users: { model: User, keys: [acme.userId, 'nobody'] } })
      expect(users).toEqual([])
      expect(await transactGet(orm, [{ model: User, key: acme.userId }])).toEqual([null])
    })
  })

  it('query: by index, by type, counts, scans', async () => {
    await inGlobex(async () => {
      expect((await User.query().where('teamId', 'acme-core').get()).count()).toBe(0)
      expect((await Post.query().where('userId', acme.userId).get()).count()).toBe(0)
      expect(await Post.query().where('userId', acme.userId).count()).toBe(0)
      expect([...(await User.query().get())].map((user) => user.getAttribute('name'))).toEqual(['Bob'])
      expect(await User.query().count()).toBe(1)
      expect(await Team.query().where('name', 'Acme core').count()).toBe(0)
    })
  })

  it('relation loads: lazy, eager, belongsToMany', async () => {
    await inGlobex(async () => {
      // A globex post pointing at acme's user by its guessed id.
      const post = await Post.create({ title: 'probe', userId: acme.userId })
      try {
        expect(await post.related('user')).toBeNull()
        const eager = [...(await Post.query().where('userId', acme.userId).with('user').get())]
        expect(eager.map((one) => [one.getAttribute('title'), one.getRelation('user')])).toEqual([
          ['probe', null],
        ])
        const bob = (await User.find(globex.userId))!
        expect(await bob.related('roles')).toEqual([])
        // A stand-in for acme's user: its posts and roles in globex are globex's probe post and nothing.
        const fake = User.hydrate({ id: acme.userId, name: 'Ada' })
        const titles = ((await fake.related('posts')) as ModelBase[]).map((one) => one.getAttribute('title'))
        expect(titles).toEqual(['probe'])
        expect(await fake.related('roles')).toEqual([])
      } finally {
        await post.delete()
      }
    })
  })

  it('update: instance save, query update, counters, upsert', async () => {
    await inGlobex(async () => {
      const fake = User.hydrate({ id: acme.userId, name: 'Ada' })
      fake.name = 'pwned'
      await rejectsAsMissing(fake.save())
      expect(await User.query().where('teamId', 'acme-core').update({ name: 'pwned' })).toBe(0)
      await rejectsAsMissing(increment(User, acme.userId, 'logins', 100))
      await expect(upsert(Team, { id: 'acme-core', name: 'pwned' })).rejects.toMatchObject({
        code: 'CONDITIONAL_CHECK_FAILED',
      })
      // Ids of uuid models are not writable in the types; the guessed id goes in anyway (the guarded path).
      await expect(upsert(User, { id: acme.userId, name: 'pwned' } as never)).rejects.toMatchObject({
        code: 'CONDITIONAL_CHECK_FAILED',
      })
    })
    await inAcme(async () => {
      expect(await User.find(acme.userId)).toMatchObject({ name: 'Ada L.', logins: 3 })
      expect((await Team.find('acme-core'))?.name).toBe('Acme core')
    })
  })

  it('delete: destroy, deleteByKey, instance delete, query delete', async () => {
    await inGlobex(async () => {
      expect(await User.destroy(acme.userId)).toBe(0)
      await rejectsAsMissing(deleteByKey(Post, acme.postId))
      await deleteByKey(Post, acme.postId, { ifExists: false })
      await rejectsAsMissing(Post.hydrate({ id: acme.postId, title: 'x' }).delete())
      expect(await Post.query().where('userId', acme.userId).delete()).toBe(0)
    })
    await inAcme(async () => {
      expect(await User.find(acme.userId)).not.toBeNull()
      expect(await Post.find(acme.postId)).not.toBeNull()
    })
  })

  it('insert over another tenant key, and batch writes', async () => {
    await inGlobex(async () => {
      await expect(insert(Team, { id: 'acme-core', name: 'pwned' })).rejects.toMatchObject({
        code: 'CONDITIONAL_CHECK_FAILED',
      })
      await expect(insertMany(Team, [{ id: 'acme-core', name: 'pwned' }])).rejects.toMatchObject({
        code: 'ConditionalCheckFailedException',
      })
      counter.reset()
      await batchWrite(orm, [batchDelete(Post, acme.postId), batchDelete(Team, 'acme-core')])
      // BatchWriteItem takes no condition: one ownership read, and nothing of acme's to delete.
      expect(counter.counts).toEqual({ BatchGetItem: 1 })
      await insertMany(Team, [{ id: 'globex-lab', name: 'Lab' }])
    })
    await inAcme(async () => {
      expect((await Team.find('acme-core'))?.name).toBe('Acme core')
      expect(await Post.find(acme.postId)).not.toBeNull()
      expect(await Team.find('globex-lab')).toBeNull()
    })
  })

  it('transactions: another tenant item cancels the transaction, own items commit', async () => {
    await inGlobex(async () => {
      const fake = Team.hydrate({ id: 'acme-core', name: 'Acme core' })
      await expect(
        transaction(orm, async (trx) => {
          await trx.create(Team, { id: 'globex-tx', name: 'tx' })
          await trx.update(fake, { name: 'pwned' })
        }),
      ).rejects.toSatisfy((error: unknown) => !(error as { item?: unknown }).item)
      expect(await Team.find('globex-tx')).toBeNull()
      await transaction(orm, async (trx) => {
        await trx.create(Team, { id: 'globex-tx', name: 'tx' })
      })
      expect((await Team.find('globex-tx'))?.name).toBe('tx')
    })
    await inAcme(async () => expect((await Team.find('acme-core'))?.name).toBe('Acme core'))
  })

  it('concurrent reads of one key from two tenants (coalesced into one request) each see their own answer', async () => {
    const [mine, theirs] = await Promise.all([
      inAcme(() => User.find(acme.userId)),
      inGlobex(() => User.find(acme.userId)),
    ])
    expect(mine?.name).toBe('Ada L.')
    expect(theirs).toBeNull()
  })
})

describe('attribute strategy: explicit tenant values and unsupported requests', () => {
  it('a write naming another tenant, or changing the tenant attribute, is a TENANT_MISMATCH', async () => {
    await inAcme(async () => {
      const { doc, tableName } = tenantContext(orm.ctx)
      await expect(
        doc.put({ TableName: tableName, Item: { pk: 'X#1', sk: 'X#1', tenantId: 'globex' } }),
      ).rejects.toMatchObject({ code: 'TENANT_MISMATCH' })
      await expect(
        doc.update({
          TableName: tableName,
          Key: { pk: `USER#${acme.userId}`, sk: `USER#${acme.userId}` },
          UpdateExpression: 'SET #t = :t',
          ExpressionAttributeNames: { '#t': 'tenantId' },
          ExpressionAttributeValues: { ':t': 'globex' },
        }),
      ).rejects.toMatchObject({ code: 'TENANT_MISMATCH' })
      await expect(doc.executeStatement({ Statement: `SELECT * FROM "${tableName}"` })).rejects.toMatchObject(
        {
          code: 'UNSUPPORTED_REQUEST',
        },
      )
    })
  })

  it('raw escapes on the ORM are not scoped (as with prefix); on tenantContext(orm.ctx) they are', async () => {
    const key = { pk: `USER#${acme.userId}`, sk: `USER#${acme.userId}` }
    await inGlobex(async () => {
      expect((await orm.rawGet({ Key: key })).Item?.name).toBe('Ada L.')
      expect((await rawGet(tenantContext(orm.ctx), { Key: key })).Item).toBeUndefined()
    })
  })

  it('a missing tenant is an error, not "all tenants", and sends nothing', async () => {
    counter.reset()
    await expect(User.find(acme.userId)).rejects.toSatisfy(
      (error: unknown) => isTenantError(error) && error.code === 'MISSING_TENANT',
    )
    expect(() => User.query()).toThrowError(/no tenant/)
    await expect(batchGet(orm, { users: { model: User, keys: [acme.userId] } })).rejects.toMatchObject({
      code: 'MISSING_TENANT',
    })
    await expect(tenantItems(orm).next()).rejects.toMatchObject({ code: 'MISSING_TENANT' })
    expect(counter.count()).toBe(0)
  })

  it('options that cannot work are refused when tenancy is enabled', () => {
    const other = createOrm({ models, client: localClient(), design, setDefault: false })
    expect(() => enableTenancy(other, { strategy: 'attribute', index: 'nope' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
    expect(() => enableTenancy(other, { strategy: 'attribute', attribute: 'pk' })).toThrowError(
      expect.objectContaining({ code: 'INVALID_OPTIONS' }),
    )
  })
})

describe('attribute strategy: cost', () => {
  // The same calls on an ORM without tenancy: the scope rewrites requests, it adds none.
  const plainCounter = createRequestCounter()
  const plain = createOrm({
    models,
    client: localClient([plainCounter]),
    design: { ...design, tableName: uniqueTableName('orm-tenancy-attr-plain') },
    setDefault: false,
  })
  beforeAll(() => plain.createTable(), 60_000)
  afterAll(() => plain.dropTable())

  async function workload(on: typeof orm): Promise<void> {
    const [U, P] = [on.model('User'), on.model('Post')]
    const user = await U.create({ name: 'Cy', email: 'cy@example.com', teamId: 'cost' })
    await P.create({ title: 'p', userId: user.id })
    await U.find(user.id)
    await U.findMany([user.id])
    await U.query().where('teamId', 'cost').get()
    await U.query().where('teamId', 'cost').count()
    await user.related('posts')
    user.name = 'Cy 2'
    await user.save()
    await upsert(on.model('Team'), { id: 'fixed', name: 'q' })
    await deleteByKey(on.model('Team'), 'fixed')
  }

  it('no extra requests per call', async () => {
    counter.reset()
    await inAcme(() => workload(orm))
    plainCounter.reset()
    await workload(plain)
    expect(counter.counts).toEqual(plainCounter.counts)
    recorder.clear()
    await inAcme(() => User.find(acme.userId))
    expect(recorder.ops()).toEqual(['GetItem'])
  })
})

describe('attribute strategy: the tenant index', () => {
  it('purgeTenant deletes everything a tenant owns and nothing else', async () => {
    await withTenant('initech', async () => {
      const milton = await User.create({ name: 'Milton', email: 'm@example.com' })
      await Post.create({ title: 'stapler', userId: milton.id })
      await Role.create({ id: 'initech-staff', name: 'staff' })
      await milton.relation('roles').attach(['initech-staff'])
      expect(await purgeTenant(orm)).toBe(5) // user, its e-mail guard, post, role, edge
      const left: DocumentMap[] = []
      for await (const item of tenantItems(orm)) left.push(item)
      expect(left).toEqual([])
    })
    await inAcme(async () => expect(await User.find(acme.userId)).not.toBeNull())
  })
})
