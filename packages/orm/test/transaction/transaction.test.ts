import { attributeExists, eq, ge } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  isTransactionTooLargeError,
  transaction,
  UniqueConstraintError,
  VersionConflictError,
} from '../../src/index'
import { Account, fixtureOrm, Note } from '../write-ops/support/fixtures'

const { orm, counter } = fixtureOrm('orm-trx')

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('orm.transaction', () => {
  it('writes creates, updates, deletes and atomic ops of several models in ONE TransactWriteItems', async () => {
    await Account.create({ id: 'a1', owner: 'Ada', email: 'ada@x.io', balance: 100 })
    const payee = await Account.create({ id: 'a0', owner: 'Zed', email: 'zed@x.io' })
    const stale = await Note.create({ id: 'n-old', body: 'old' })
    counter.reset()
    const created = await orm.transaction(async (trx) => {
      const note = await trx.create(Note, { id: 'n1', body: 'paid 30' })
      trx.decrement(Account, 'a1', 'balance', 30, { condition: ge('balance', 30) })
      await trx.update(payee, { owner: 'Zed Z.' })
      await trx.delete(stale)
      expect(note.exists).toBe(false)
      return note
    })
    expect(counter.counts).toEqual({ TransactWriteItems: 1 })
    expect(created.exists).toBe(true)
    expect(payee.isDirty()).toBe(false)
    const [account, other, note, gone] = await orm.transactGet([
      { model: Account, key: 'a1' },
      { model: Account, key: 'a0' },
      { model: Note, key: 'n1' },
      { model: Note, key: 'n-old' },
    ])
    expect(account?.balance).toBe(70)
    expect(other?.owner).toBe('Zed Z.')
    expect(other?.balance).toBe(0)
    expect(note?.body).toBe('paid 30')
    expect(gone).toBeNull()
    const raw = await orm.rawGet({ Key: { pk: 'NOTE#n1', sk: 'NOTE#n1' } })
    expect(raw.Item).toMatchObject({ _et: 'Note', body: 'paid 30' })
    const viaPartiql = await orm.partiql<{ balance: number }>(
      `SELECT balance FROM "${orm.tableName}" WHERE pk = ? AND sk = ?`,
      ['ACCOUNT#a1', 'ACCOUNT#a1'],
    )
    expect(viaPartiql.items).toEqual([{ balance: 70 }])
  })

  it('is all-or-nothing: a failed condition cancels every write and leaves instances unsaved', async () => {
    await Account.create({ id: 'a2', owner: 'Bob', email: 'bob@x.io', balance: 10 })
    let draft: Note | undefined
    const error = await transaction(orm, async (trx) => {
      draft = await trx.create(Note, { id: 'n2', body: 'should vanish' })
      trx.decrement(Account, 'a2', 'balance', 50, { condition: ge('balance', 50) })
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect(error).toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED', model: 'Account' })
    expect((error as { item: { balance: number } }).item.balance).toBe(10)
    expect(draft?.exists).toBe(false)
    expect(await Note.find('n2')).toBeNull()
    expect((await Account.find('a2'))?.balance).toBe(10)
  })

  it('sends nothing when the callback throws', async () => {
    counter.reset()
    await expect(
      transaction(orm, async (trx) => {
        await trx.create(Note, { id: 'n3', body: 'never' })
        throw new Error('changed my mind')
      }),
    ).rejects.toThrow('changed my mind')
    expect(counter.count()).toBe(0)
  })

  it('rejects more than 100 actions before sending, listing the count', async () => {
    counter.reset()
    const error = await transaction(orm, async (trx) => {
      // 51 accounts with a unique email: 51 entity puts + 51 guard puts = 102 actions.
      for (let i = 0; i < 51; i++) await trx.create(Account, { id: `big${i}`, email: `big${i}@x.io` })
    }).catch((caught: unknown) => caught)
    expect(isTransactionTooLargeError(error)).toBe(true)
    if (!isTransactionTooLargeError(error)) return
    expect(error.count).toBe(102)
    expect(error.message).toContain('102 actions')
    expect(error.actions[1]).toContain('unique guard Account.email')
    expect(counter.count()).toBe(0)
  })

  it('maps a unique clash inside a transaction to UniqueConstraintError (nothing written)', async () => {
    await Account.create({ id: 'a3', email: 'taken@x.io' })
    const error = await transaction(orm, async (trx) => {
      await trx.create(Note, { id: 'n4', body: 'with clash' })
      await trx.create(Account, { id: 'a4', email: 'taken@x.io' })
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(UniqueConstraintError)
    expect(error).toMatchObject({ model: 'Account', field: 'email', value: 'taken@x.io' })
    expect(await Note.find('n4')).toBeNull()
    expect(await Account.find('a4')).toBeNull()
  })

  it('condition checks on other items gate the transaction', async () => {
    const error = await transaction(orm, async (trx) => {
      await trx.create(Note, { id: 'n5', body: 'needs a3 to be Bob' })
      trx.conditionCheck(Account, 'a3', eq('owner', 'Bob'))
    }).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ code: 'CONDITIONAL_CHECK_FAILED' })
    await transaction(orm, async (trx) => {
      await trx.create(Note, { id: 'n5', body: 'a3 exists' })
      trx.conditionCheck(Account, 'a3', attributeExists('email'))
    })
    expect((await Note.find('n5'))?.body).toBe('a3 exists')
  })

  it('reports a stale model in a transaction as VersionConflictError', async () => {
    const mine = await Account.create({ id: 'a5', email: 'v@x.io', owner: 'one' })
    const theirs = await Account.findOrFail('a5')
    await theirs.update({ owner: 'two' })
    const error = await transaction(orm, async (trx) => {
      await trx.update(mine, { owner: 'three' })
      await trx.create(Note, { id: 'n6', body: 'x' })
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(VersionConflictError)
  })
})
