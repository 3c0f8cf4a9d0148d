import { afterAll, describe, expect, test } from 'bun:test'
import { freshOrm, requestsOf, rowsOf, withRelations, writeResult } from './support'

// begin(fn): reads run as they come, writes are gathered and sent as ONE TransactWriteItems when fn
// returns; a throw sends nothing; a savepoint that throws drops only its own writes.
const { orm, sent, db } = await freshOrm('driver-transactions')
const User = orm.model('User')

afterAll(() => orm.dropTable())

describe('transactions', () => {
  test("the builder's transaction() sends every write as one TransactWriteItems", async () => {
    await db.insertInto('users').values({ id: 'a', name: 'Ann', email: 'ann@x.io', team_id: 't1' }).execute()
    const requests = await requestsOf(sent, () =>
      db.transaction(async (tx) => {
        await tx
          .insertInto('users')
          .values({ id: 'b', name: 'Ben', email: 'ben@x.io', team_id: 't1' })
          .execute()
        await tx
          .insertInto('posts')
          .values({ id: 'p1', title: 'Hi', status: 'draft', user_id: 'b' })
          .execute()
        await tx.updateTable('users').set({ name: 'Ann B' }).where({ id: 'a' }).execute()
      }),
    )
    const writes = requests.filter(
      (request) => request.operation !== 'Query' && request.operation !== 'GetItem',
    )
    expect(writes.map((request) => request.operation)).toEqual(['TransactWriteItems'])
    // Ben, his email guard, the post and Ann's update.
    expect(writes[0]?.input.TransactItems).toHaveLength(4)
    expect((await User.find('a'))?.get('name')).toBe('Ann B')
    expect((await User.find('b'))?.get('name')).toBe('Ben')
  })

  test('a callback that throws sends no write at all', async () => {
    const before = sent.length
    const failed = db.transaction(async (tx) => {
      await tx
        .insertInto('users')
        .values({ id: 'c', name: 'Cat', email: 'cat@x.io', team_id: 't1' })
        .execute()
      throw new Error('changed my mind')
    })
    await expect(failed).rejects.toThrow('changed my mind')
    expect(sent.slice(before).filter((request) => request.operation === 'TransactWriteItems')).toHaveLength(0)
    expect(await User.find('c')).toBeNull()
  })

  test('a failed savepoint drops its writes; the rest of the transaction commits', async () => {
    await db.sql.begin(async (tx) => {
      await tx.unsafe('INSERT INTO users (id, name, email, team_id) VALUES (?, ?, ?, ?)', [
        'd',
        'Dot',
        'dot@x.io',
        't2',
      ])
      await tx
        .savepoint(async (sp) => {
          await sp.unsafe('INSERT INTO users (id, name, email, team_id) VALUES (?, ?, ?, ?)', [
            'e',
            'Eli',
            'eli@x.io',
            't2',
          ])
          throw new Error('roll back to the savepoint')
        })
        .catch(() => {})
      await tx.savepoint((sp) =>
        sp.unsafe('INSERT INTO users (id, name, email, team_id) VALUES (?, ?, ?, ?)', [
          'f',
          'Fay',
          'fay@x.io',
          't2',
        ]),
      )
    })
    expect((await User.find('d'))?.get('name')).toBe('Dot')
    expect(await User.find('e')).toBeNull()
    expect((await User.find('f'))?.get('name')).toBe('Fay')
  })

  test('DELETE inside a transaction reads the matches now and deletes them at commit', async () => {
    const result = writeResult(
      await db.transaction((tx) => tx.deleteFrom('users').where({ id: 'f' }).execute()),
    )
    expect(result.count).toBe(1)
    expect(await User.find('f')).toBeNull()
  })

  test("pivot rows join the transaction's one TransactWriteItems, with the model writes", async () => {
    const Role = orm.model('Role')
    await Role.create({ id: 'r1', name: 'admin' })
    const requests = await requestsOf(sent, () =>
      db.transaction(async (tx) => {
        await tx
          .insertInto('users')
          .values({ id: 'g', name: 'Gus', email: 'gus@x.io', team_id: 't3' })
          .execute()
        await tx.insertInto('roles').values({ id: 'r2', name: 'editor' }).execute()
        await tx
          .insertInto('role_user')
          .values([
            { user_id: 'g', role_id: 'r1' },
            { user_id: 'g', role_id: 'r2' },
          ])
          .execute()
      }),
    )
    expect(requests.map((request) => request.operation)).toEqual(['TransactWriteItems'])
    // Gus, his email guard, the role, two edges.
    expect(requests[0]?.input.TransactItems).toHaveLength(5)
    const gus = await User.findOrFail('g')
    expect((await gus.relation('roles').relatedIds()).sort()).toEqual(['r1', 'r2'])
    expect(await (await Role.findOrFail('r2')).relation('users').relatedIds()).toEqual(['g'])
  })

  test('a pivot DELETE in a transaction detaches at commit, in the same request as the other writes', async () => {
    const requests = await requestsOf(sent, () =>
      db.transaction(async (tx) => {
        await tx.updateTable('users').set({ name: 'Gus B' }).where({ id: 'g' }).execute()
        await tx.deleteFrom('role_user').where({ user_id: 'g', role_id: 'r1' }).execute()
      }),
    )
    const writes = requests.filter((request) => request.operation !== 'Query')
    expect(writes.map((request) => request.operation)).toEqual(['TransactWriteItems'])
    expect(writes[0]?.input.TransactItems).toHaveLength(2)
    const gus = await User.findOrFail('g')
    expect(gus.get('name')).toBe('Gus B')
    expect(await gus.relation('roles').relatedIds()).toEqual(['r2'])
  })

  test("a DELETE of all the owner's pivot rows reads the edges now and deletes them at commit", async () => {
    const result = writeResult(
      await db.transaction((tx) => tx.deleteFrom('role_user').where({ user_id: 'g' }).execute()),
    )
    expect(result.count).toBe(1)
    expect(await (await User.findOrFail('g')).relation('roles').relatedIds()).toEqual([])
  })

  test('pivot rows of a transaction that throws are not written', async () => {
    const failed = db.transaction(async (tx) => {
      await tx.insertInto('role_user').values({ user_id: 'g', role_id: 'r1' }).execute()
      throw new Error('changed my mind')
    })
    await expect(failed).rejects.toThrow('changed my mind')
    expect(await (await User.findOrFail('g')).relation('roles').relatedIds()).toEqual([])
  })

  test('pivot rows of a savepoint that throws are dropped; the rest of the transaction commits', async () => {
    await db.sql.begin(async (tx) => {
      await tx.unsafe('INSERT INTO role_user (user_id, role_id) VALUES (?, ?)', ['g', 'r2'])
      await tx
        .savepoint(async (sp) => {
          await sp.unsafe('INSERT INTO role_user (user_id, role_id) VALUES (?, ?)', ['g', 'r1'])
          throw new Error('roll back to the savepoint')
        })
        .catch(() => {})
    })
    expect(await (await User.findOrFail('g')).relation('roles').relatedIds()).toEqual(['r2'])
    await db.transaction((tx) => tx.deleteFrom('role_user').where({ user_id: 'g' }).execute())
  })

  test("edges an ORM transaction attached (planAttach) read back through the builder's with()", async () => {
    const gus = await User.findOrFail('g')
    await orm.transaction(async (trx) => {
      await trx.update(gus, { name: 'Gus C' })
      trx.addPlan(gus.relation('roles').planAttach(['r1', 'r2']))
    })
    const [row] = rowsOf(await withRelations(db.selectFrom('users'), 'roles').where('id', '=', 'g').get())
    expect(row?.name).toBe('Gus C')
    expect(rowsOf(row?.roles).map((role) => role.id)).toEqual(['r1', 'r2'])
  })

  test('savepoint() outside begin() is a typed error', async () => {
    const error = await db.sql.savepoint(async () => {}).catch((caught: unknown) => caught)
    expect((error as { code: string }).code).toBe('NOT_IN_TRANSACTION')
  })
})
