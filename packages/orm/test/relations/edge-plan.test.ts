import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

// belongsToMany edges as write plans: planAttach/planDetach join a transaction's ONE TransactWriteItems
// with its model writes (unique guards included), and a cancelled transaction writes no edge.
const User = defineModel({
  name: 'User',
  attributes: { email: { type: 'string', fillable: true, unique: true } },
  belongsToMany: [{ model: 'Role', pivot: { attributes: ['level'] } }],
} as const)
const Role = defineModel({
  name: 'Role',
  attributes: { name: { type: 'string', fillable: true } },
  belongsToMany: ['User'],
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [User, Role],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-edge-plan') },
  setDefault: false,
})
const Users = orm.model('User')
const Roles = orm.model('Role')

beforeAll(async () => {
  await orm.createTable()
  for (const id of ['admin', 'editor', 'viewer']) await Roles.create({ id, name: id })
}, 60_000)

afterAll(() => orm.dropTable())

const roleIds = async (id: string) =>
  (await (await Users.findOrFail(id)).relation('roles').relatedIds()).sort()

describe('edge write plans in a transaction', () => {
  it('a new user, its email guard and two edges are one TransactWriteItems of four actions', async () => {
    counter.reset()
    const sent: number[] = []
    await orm.transaction(async (trx) => {
      const ann = await trx.create(Users, { id: 'ann', email: 'ann@x.io' })
      trx.addPlan(ann.relation('roles').planAttach({ admin: { level: 3 }, editor: {} }))
      sent.push(trx.size)
    })
    expect(counter.counts).toEqual({ TransactWriteItems: 1 })
    expect(sent).toEqual([4])
    expect(await roleIds('ann')).toEqual(['admin', 'editor'])
    const admin = (await (await Users.findOrFail('ann')).relation('roles').edges()).find(
      (edge) => edge.roleId === 'admin',
    )
    expect(admin?.level).toBe(3)
    // The inverted view is written too: the role lists the user.
    const users = await (await Roles.findOrFail('editor')).relation('users').relatedIds()
    expect(users).toEqual(['ann'])
  })

  it('planDetach deletes exactly the named edges, in the same request as the other writes', async () => {
    const ann = await Users.findOrFail('ann')
    counter.reset()
    await orm.transaction(async (trx) => {
      await trx.update(ann, { email: 'ann@y.io' })
      trx.addPlan(ann.relation('roles').planDetach('admin'))
    })
    expect(counter.counts).toEqual({ TransactWriteItems: 1 })
    expect(await roleIds('ann')).toEqual(['editor'])
  })

  it('a transaction that fails writes none of its edges', async () => {
    const ann = await Users.findOrFail('ann')
    const failed = orm.transaction(async (trx) => {
      trx.addPlan(ann.relation('roles').planAttach('viewer'))
      // Taken by ann already: the guard fails, the whole transaction is cancelled.
      await trx.create(Users, { id: 'bob', email: 'ann@y.io' })
    })
    await expect(failed).rejects.toMatchObject({ code: 'UNIQUE_CONSTRAINT' })
    expect(await roleIds('ann')).toEqual(['editor'])
  })
})
