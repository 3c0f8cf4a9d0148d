import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, increment, insertMany, partiql, rawTransactWrite } from '../../src/index'
import { memberDefinition, squadDefinition } from '../coalescing/models'
import { localClient, uniqueTableName } from '../support'

const tableName = uniqueTableName('orm-cache-stale')
const counter = createRequestCounter()
const orm = createOrm({
  models: [memberDefinition, squadDefinition],
  client: localClient([counter]),
  config: { queryBuilder: { caching: { enabled: true, ttlMs: 60_000, maxSize: 500 } } },
  design: { tableName },
  setDefault: false,
})
const Member = orm.model('Member')
const key = (id: string) => ({ pk: `MEMBER#${id}`, sk: `MEMBER#${id}` })

/** A write path of the ORM that gives member `id` the name `name`, or removes it when `name` is null. */
type WritePath = (id: string, name: string | null) => Promise<unknown>

const paths: Record<string, WritePath> = {
  'model save': async (id, name) => {
    const member = await Member.findOrFail(id)
    member.name = name!
    await member.save()
  },
  'model delete': async (id) => (await Member.findOrFail(id)).delete(),
  'static destroy': (id) => Member.destroy(id),
  'query-level update': (id, name) => Member.query().where('squadId', `squad-${id}`).update({ name: name! }),
  transaction: (id, name) =>
    orm.transaction(async (trx) => {
      await trx.update(await Member.findOrFail(id), { name: name! })
    }),
  batchWrite: (id, name) => orm.batchWrite([{ model: Member, put: { id, name, squadId: `squad-${id}` } }]),
  insertMany: (id, name) => insertMany(Member, [{ id, name: name!, squadId: `squad-${id}` }]),
  increment: async (id, name) => {
    await increment(Member, id, 'score', 5)
    await orm.rawUpdate({
      Key: key(id),
      UpdateExpression: 'SET #n = :n',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':n': name },
    })
  },
  rawPut: async (id, name) => {
    const { Item } = await orm.rawGet({ Key: key(id) })
    await orm.rawPut({ Item: { ...Item, name } })
  },
  rawDelete: (id) => orm.rawDelete({ Key: key(id) }),
  rawTransactWrite: (id, name) =>
    rawTransactWrite(orm, [
      {
        Update: {
          Key: key(id),
          UpdateExpression: 'SET #n = :n',
          ExpressionAttributeNames: { '#n': 'name' },
          ExpressionAttributeValues: { ':n': name },
        },
      },
    ]),
  'partiql UPDATE': (id, name) =>
    partiql(orm, `UPDATE "${tableName}" SET "name" = ? WHERE pk = ? AND sk = ?`, [
      name,
      `MEMBER#${id}`,
      `MEMBER#${id}`,
    ]),
}

const deletes = new Set(['model delete', 'static destroy', 'rawDelete'])

beforeAll(async () => {
  await orm.createTable()
  await insertMany(
    Member,
    Object.keys(paths).map((_path, index) => ({
      id: `p${index}`,
      name: 'before',
      squadId: `squad-p${index}`,
    })),
  )
})
afterAll(() => orm.dropTable())

describe('no stale read after a write through the ORM', () => {
  const entries = Object.entries(paths)
  it.each(entries.map(([path], index) => [path, index] as const))('%s', async (path, index) => {
    const id = `p${index}`
    const squad = () => Member.query().where('squadId', `squad-${id}`).get()
    // Warm the cache: the second reads are answered from memory.
    await Member.find(id)
    await squad()
    counter.reset()
    expect((await Member.find(id))?.name).toBe('before')
    expect((await squad()).length).toBe(1)
    expect(counter.count()).toBe(0)

    await paths[path]!(id, 'after')

    counter.reset()
    const found = await Member.find(id)
    const members = await squad()
    if (deletes.has(path)) {
      expect(found).toBeNull()
      expect(members.length).toBe(0)
    } else {
      expect(found?.name).toBe('after')
      expect(members.all().map((member) => member.name)).toEqual(['after'])
    }
    // Both reads went to DynamoDB again.
    expect(counter.counts).toEqual({ GetItem: 1, Query: 1 })
  })

  it('a cached "not found" is dropped when the item is created', async () => {
    expect(await Member.find('late')).toBeNull()
    counter.reset()
    expect(await Member.find('late')).toBeNull()
    expect(counter.count()).toBe(0)
    await Member.create({ id: 'late', name: 'new' })
    expect((await Member.find('late'))?.name).toBe('new')
  })

  it('an answer that overlapped a write is not cached', async () => {
    const input = { TableName: tableName, Key: { pk: { S: 'MEMBER#p0' }, sk: { S: 'MEMBER#p0' } } }
    const read = orm.client.getItem(input)
    const write = orm.rawUpdate({
      Key: key('p0'),
      UpdateExpression: 'SET #n = :n',
      ExpressionAttributeNames: { '#n': 'name' },
      ExpressionAttributeValues: { ':n': 'overlap' },
    })
    await Promise.all([read, write])
    counter.reset()
    expect((await orm.client.getItem(input)).Item?.name).toEqual({ S: 'overlap' })
    expect(counter.counts).toEqual({ GetItem: 1 })
  })
})
