import { afterAll, describe, expect, test } from 'bun:test'
import { dynamo } from 'bun-query-builder/dynamodb'
import { DriverError, registerDynamoDBDriver } from '../src/index'
import { freshOrm } from './support'

// bun-query-builder's own DynamoDB module with our client and design behind it: its writes land where the
// ORM reads them (every key derived from the design), its reads find what the ORM wrote, and every
// request goes through @dbtooling/dynamo-client.
const { orm, sent } = await freshOrm('driver-module')
const module = await registerDynamoDBDriver({ orm, dynamo })
const User = orm.model('User')
const Team = orm.model('Team')

afterAll(() => orm.dropTable())

describe('registerDynamoDBDriver', () => {
  test('the module addresses our table with our key attributes and key templates', () => {
    const key = module.getDriver()?.buildPrimaryKey('User', { id: 'u1' })
    expect(key).toEqual({ pk: 'USER#u1', sk: 'USER#u1' })
  })

  test('transactWrite puts land where the ORM reads them, index keys included', async () => {
    const before = sent.length
    await module.transactWrite([
      { put: { entity: 'Team', item: { id: 'tm', name: 'Module' } } },
      { put: { entity: 'User', item: { id: 'um', name: 'Mo', email: 'mo@m.io', teamId: 'tm' } } },
    ])
    expect(sent.slice(before).map((request) => request.operation)).toEqual(['TransactWriteItems'])
    expect((await User.find('um'))?.get('name')).toBe('Mo')
    // Found through the belongsTo index, whose keys the module never set.
    const team = await Team.findOrFail('tm')
    expect([...(await team.users().get())].map((user) => user.get('id'))).toEqual(['um'])
  })

  test('batchWrite goes through batchWriteAll and lands the same way', async () => {
    await module.batchWrite([{ put: { entity: 'Post', item: { id: 'pm', title: 'Batch', userId: 'um' } } }])
    const mo = await User.findOrFail('um')
    expect([...(await mo.posts().get())].map((post) => post.get('title'))).toEqual(['Batch'])
  })

  test("the module's queries read what the ORM wrote", async () => {
    await User.create({ id: 'uo', name: 'Orm', email: 'orm@o.io', teamId: 'tm' })
    const key = module.getDriver()?.buildPrimaryKey('User', { id: 'uo' })
    const items = await module
      .entity('User')
      .pk(key?.pk as string)
      .get()
    expect(items.map((item: { name: string }) => item.name)).toEqual(['Orm'])
    expect(sent.at(-1)?.operation).toBe('Query')
  })

  test('a put whose key disagrees with the design is refused before sending', async () => {
    const before = sent.length
    const wrong = module.transactWrite([
      { put: { entity: 'User', item: { pk: 'USER#elsewhere', id: 'ux', name: 'X', email: 'x@x.io' } } },
    ])
    await expect(wrong).rejects.toBeInstanceOf(DriverError)
    await expect(wrong).rejects.toMatchObject({ code: 'ENTITY_KEY_MISMATCH' })
    expect(sent.length).toBe(before)
  })
})
