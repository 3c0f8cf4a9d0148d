import type { BatchProgress } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BatchWriteGuardError,
  batchDelete,
  batchPut,
  batchWrite,
  ConditionalCheckFailedError,
  insert,
  insertMany,
  isPartialInsertError,
  UniqueConstraintError,
  upsert,
} from '../../src/index'
import { Account, fixtureOrm, Note } from '../write-ops/support/fixtures'

const { orm, counter } = fixtureOrm('orm-batches')

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('insertMany', () => {
  it('writes 60 plain rows with 3 BatchWriteItem requests and reports progress', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}`, body: `row ${i}`, views: i }))
    const progress: BatchProgress[] = []
    counter.reset()
    const notes = await insertMany(Note, rows, { onProgress: (p) => progress.push(p) })
    expect(counter.counts).toEqual({ BatchWriteItem: 3 })
    expect(notes).toHaveLength(60)
    expect(notes[59]).toBeInstanceOf(Note)
    expect(notes.every((note) => note.exists && !note.isDirty())).toBe(true)
    expect(progress).toHaveLength(3)
    expect(Math.max(...progress.map((p) => p.processed))).toBe(60)
    expect(progress.every((p) => p.total === 60)).toBe(true)
  })

  it('falls back to transactions for models with unique attributes, packing 100 actions each', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ id: `u${i}`, email: `u${i}@x.io` }))
    const seen: number[] = []
    counter.reset()
    const accounts = await insertMany(Account, rows, { onProgress: (p) => seen.push(p.processed) })
    // 60 entity puts + 60 guard puts = 120 actions: 50 accounts (100 actions) + 10 accounts.
    expect(counter.counts).toEqual({ TransactWriteItems: 2 })
    expect(seen).toEqual([50, 60])
    expect(accounts[0]?.balance).toBe(0)
    await expect(Account.create({ id: 'dup', email: 'u7@x.io' })).rejects.toBeInstanceOf(
      UniqueConstraintError,
    )
  })

  it('reports a clash after some transactions as PartialInsertError with the rows not written', async () => {
    const rows = Array.from({ length: 55 }, (_, i) => ({
      id: `p${i}`,
      email: i === 52 ? 'u1@x.io' : `p${i}@x.io`,
    }))
    const error = await insertMany(Account, rows).catch((caught: unknown) => caught)
    expect(isPartialInsertError(error)).toBe(true)
    if (!isPartialInsertError(error)) return
    expect(error.inserted).toHaveLength(50)
    expect(error.remaining.map((row) => row.id)).toEqual(['p50', 'p51', 'p52', 'p53', 'p54'])
    expect(error.cause).toBeInstanceOf(UniqueConstraintError)
    expect(await Account.find('p50')).toBeNull()
  })

  it('with ifNotExists refuses to replace existing items', async () => {
    const error = await insertMany(Note, [{ id: 'm1', body: 'again' }], { ifNotExists: true }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ConditionalCheckFailedError)
    expect((await Note.findOrFail('m1')).body).toBe('row 1')
  })
})

describe('batchGet across models', () => {
  it('reads 250 keys of two models with 3 BatchGetItem requests, in key order, missing ones left out', async () => {
    const noteKeys = Array.from({ length: 200 }, (_, i) => `m${i}`)
    const accountKeys = Array.from({ length: 50 }, (_, i) => `u${i}`)
    const progress: BatchProgress[] = []
    counter.reset()
    const { notes, accounts } = await orm.batchGet(
      { notes: { model: Note, keys: noteKeys }, accounts: { model: Account, keys: accountKeys } },
      { onProgress: (p) => progress.push(p) },
    )
    expect(counter.counts).toEqual({ BatchGetItem: 3 })
    expect(notes.map((note) => note.id)).toEqual(noteKeys.slice(0, 60))
    expect(notes[0]).toBeInstanceOf(Note)
    expect(accounts.map((account) => account.email)).toEqual(accountKeys.map((id) => `${id}@x.io`))
    expect(Math.max(...progress.map((p) => p.processed))).toBe(250)
  })
})

describe('batchWrite across models', () => {
  it('puts and deletes items of several models and refuses models with unique guards', async () => {
    counter.reset()
    const result = await batchWrite(orm, [
      batchPut(Note, { id: 'bw1', body: 'new' }),
      batchDelete(Note, 'm0'),
    ])
    expect(result).toMatchObject({ written: 2, requests: 1 })
    expect(result.models[0]?.exists).toBe(true)
    expect(await Note.find('m0')).toBeNull()
    expect((await Note.findOrFail('bw1')).body).toBe('new')
    await expect(batchWrite(orm, [batchPut(Account, { id: 'x', email: 'x@x.io' })])).rejects.toBeInstanceOf(
      BatchWriteGuardError,
    )
  })
})

describe('insert and upsert', () => {
  it('insert fails on an existing key with ConditionalCheckFailedError', async () => {
    const note = await insert(Note, { id: 'i1', body: 'first' })
    expect(note.exists).toBe(true)
    await expect(insert(Note, { id: 'i1', body: 'second' })).rejects.toBeInstanceOf(
      ConditionalCheckFailedError,
    )
  })

  it('upsert creates, then updates only the given attributes in one UpdateItem', async () => {
    counter.reset()
    const created = await upsert(Note, { id: 'up1', body: 'v1', views: 3 })
    expect(created).toBeInstanceOf(Note)
    const updated = await upsert(Note, { id: 'up1', body: 'v2' })
    expect(counter.counts).toEqual({ UpdateItem: 2 })
    expect(updated.body).toBe('v2')
    expect(updated.views).toBe(3)
    // The key field is stored like create() stores it, so a later find() can delete the model again.
    const found = await Note.findOrFail('up1')
    expect(found.id).toBe('up1')
    await found.delete()
    expect(await Note.find('up1')).toBeNull()
    await expect(upsert(Note, { id: 'up-missing', body: 'x' }, { ifExists: true })).rejects.toBeInstanceOf(
      ConditionalCheckFailedError,
    )
  })

  it('upsert of a model with unique attributes moves its guard and keeps defaults and createdAt', async () => {
    const first = await upsert(Account, { id: 'ua', email: 'old@x.io', owner: 'o' })
    expect(first.balance).toBe(0)
    const second = await upsert(Account, { id: 'ua', email: 'new@x.io' })
    expect(second.owner).toBe('o')
    expect(second.createdAt).toBe(first.createdAt)
    await expect(Account.create({ id: 'ub', email: 'old@x.io' })).resolves.toBeInstanceOf(Account)
    await expect(Account.create({ id: 'uc', email: 'new@x.io' })).rejects.toBeInstanceOf(
      UniqueConstraintError,
    )
  })
})
