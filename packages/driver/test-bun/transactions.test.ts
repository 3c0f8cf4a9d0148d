import { afterAll, describe, expect, test } from 'bun:test'
import { freshOrm, requestsOf, writeResult } from './support'

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

  test('pivot rows cannot join a transaction', async () => {
    const error = await db
      .transaction((tx) => tx.insertInto('role_user').values({ user_id: 'a', role_id: 'r' }).execute())
      .catch((caught: unknown) => caught)
    expect((error as { code: string }).code).toBe('UNSUPPORTED_STATEMENT')
  })

  test('savepoint() outside begin() is a typed error', async () => {
    const error = await db.sql.savepoint(async () => {}).catch((caught: unknown) => caught)
    expect((error as { code: string }).code).toBe('NOT_IN_TRANSACTION')
  })
})
