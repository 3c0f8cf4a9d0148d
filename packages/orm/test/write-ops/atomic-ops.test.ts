import { eq, gt } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  AttributeKindError,
  addToSet,
  appendToList,
  ConditionalCheckFailedError,
  decrement,
  deleteByKey,
  increment,
  KeyFieldWriteError,
  prependToList,
  rawGet,
  removeAttribute,
  removeFromList,
  removeFromSet,
  UniqueConstraintError,
  VersionConflictError,
} from '../../src/index'
import { Account, fixtureOrm, Note } from './support/fixtures'

const { orm, counter } = fixtureOrm('orm-atomic')

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('counters', () => {
  it('increments and decrements server side, in one UpdateItem each, on an instance and by key', async () => {
    const account = await Account.create({ id: 'c1', email: 'c1@x.io', balance: 10 })
    counter.reset()
    await increment(account, 'balance', 5)
    expect(account.balance).toBe(15)
    expect(account.isDirty()).toBe(false)
    const byKey = await decrement(Account, 'c1', 'balance', 3)
    expect(byKey).toBeInstanceOf(Account)
    expect(byKey.balance).toBe(12)
    expect(counter.counts).toEqual({ UpdateItem: 2 })
    expect((await Account.findOrFail('c1')).balance).toBe(12)
    const raw = await rawGet(orm, { Key: { pk: 'ACCOUNT#c1', sk: 'ACCOUNT#c1' } })
    expect(raw.Item).toMatchObject({ _et: 'Account', balance: 12, _v: 3 })
  })

  it('keeps every concurrent increment (no lost update)', async () => {
    await Note.create({ id: 'hits', body: 'counter' })
    await Promise.all(Array.from({ length: 10 }, () => increment(Note, 'hits', 'views')))
    expect((await Note.findOrFail('hits')).views).toBe(10)
  })

  it('bumps the version, so a stale save of the same item fails instead of undoing the increment', async () => {
    const first = await Account.create({ id: 'c2', email: 'c2@x.io', balance: 1 })
    const stale = await Account.findOrFail('c2')
    await increment(first, 'balance')
    stale.owner = 'late writer'
    await expect(stale.save()).rejects.toBeInstanceOf(VersionConflictError)
    expect((await Account.findOrFail('c2')).balance).toBe(2)
  })

  it('fails on a missing item instead of creating a half item, with ConditionalCheckFailedError', async () => {
    const error = await increment(Note, 'nope', 'views').catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ConditionalCheckFailedError)
    expect(error).toMatchObject({ model: 'Note', item: null })
    expect(await Note.find('nope')).toBeNull()
  })

  it('applies arbitrary conditions and returns the current item on failure', async () => {
    await Account.create({ id: 'c3', email: 'c3@x.io', balance: 5 })
    const error = await decrement(Account, 'c3', 'balance', 10, { condition: gt('balance', 9) }).catch(
      (caught: unknown) => caught,
    )
    expect(error).toBeInstanceOf(ConditionalCheckFailedError)
    expect((error as ConditionalCheckFailedError).item).toMatchObject({ id: 'c3', balance: 5 })
    const ok = await decrement(Account, 'c3', 'balance', 5, { condition: eq('balance', 5), expectVersion: 1 })
    expect(ok.balance).toBe(0)
    const stale = await increment(Account, 'c3', 'balance', 1, { expectVersion: 1 }).catch(
      (caught: unknown) => caught,
    )
    expect(stale).toBeInstanceOf(VersionConflictError)
  })

  it('refuses non-number attributes at runtime too', async () => {
    await expect(increment(Account, 'c1', 'owner' as never)).rejects.toBeInstanceOf(AttributeKindError)
  })
})

describe('expectVersion on a model without versioning', () => {
  it('is refused with INVALID_WRITE_OPTION before anything is sent, not ignored', async () => {
    await Note.create({ id: 'unversioned', body: 'x', views: 1 })
    counter.reset()
    await expect(increment(Note, 'unversioned', 'views', 1, { expectVersion: 1 })).rejects.toMatchObject({
      code: 'INVALID_WRITE_OPTION',
    })
    await expect(deleteByKey(Note, 'unversioned', { expectVersion: 1 })).rejects.toMatchObject({
      code: 'INVALID_WRITE_OPTION',
    })
    expect(counter.counts).toEqual({})
  })
})

describe('sets and lists', () => {
  it('adds to and removes from a set', async () => {
    const note = await Note.create({ id: 's1', body: 'tags' })
    await addToSet(note, 'labels', ['b', 'a', 'b'])
    expect(note.labels).toEqual(['a', 'b'])
    await addToSet(Note, 's1', 'labels', ['c'])
    await removeFromSet(note, 'labels', ['a'])
    expect(note.labels).toEqual(['b', 'c'])
    expect((await Note.findOrFail('s1')).labels).toEqual(['b', 'c'])
  })

  it('appends, prepends and removes list elements by index', async () => {
    const note = await Note.create({ id: 'l1', body: 'list' })
    await appendToList(note, 'lines', ['two', 'three'])
    await prependToList(note, 'lines', ['one'])
    expect(note.lines).toEqual(['one', 'two', 'three'])
    const after = await removeFromList(Note, 'l1', 'lines', [0, 2])
    expect(after.lines).toEqual(['two'])
    await expect(appendToList(note, 'labels' as never, ['x'])).rejects.toBeInstanceOf(AttributeKindError)
  })
})

describe('removeAttribute', () => {
  it('removes attributes and frees a unique guard in the same transaction', async () => {
    const account = await Account.create({ id: 'r1', email: 'free@x.io', note: 'n' })
    await removeAttribute(account, ['note', 'email'])
    expect(account.email).toBeUndefined()
    expect(account.note).toBeUndefined()
    const stored = await Account.findOrFail('r1')
    expect(stored.email).toBeUndefined()
    // The guard is gone: another account can take the email now.
    await expect(Account.create({ id: 'r2', email: 'free@x.io' })).resolves.toBeInstanceOf(Account)
    await expect(Account.create({ id: 'r3', email: 'free@x.io' })).rejects.toBeInstanceOf(
      UniqueConstraintError,
    )
  })

  it('works by key (reading the guard values first) and refuses key attributes', async () => {
    await Account.create({ id: 'r4', email: 'bykey@x.io', note: 'x' })
    const after = await removeAttribute(Account, 'r4', 'email')
    expect(after.email).toBeUndefined()
    expect(after.note).toBe('x')
    await expect(Account.create({ id: 'r5', email: 'bykey@x.io' })).resolves.toBeInstanceOf(Account)
    await expect(removeAttribute(Account, 'r4', 'id')).rejects.toBeInstanceOf(KeyFieldWriteError)
  })
})

describe('deleteByKey', () => {
  it('deletes only when the condition holds, and frees unique guards', async () => {
    await Account.create({ id: 'd1', email: 'gone@x.io', owner: 'keep' })
    const refused = await deleteByKey(Account, 'd1', { condition: eq('owner', 'other') }).catch(
      (caught: unknown) => caught,
    )
    expect(refused).toBeInstanceOf(ConditionalCheckFailedError)
    expect((refused as ConditionalCheckFailedError).item).toMatchObject({ owner: 'keep' })
    await deleteByKey(Account, 'd1', { condition: eq('owner', 'keep') })
    expect(await Account.find('d1')).toBeNull()
    await expect(Account.create({ id: 'd2', email: 'gone@x.io' })).resolves.toBeInstanceOf(Account)
  })

  it('treats a missing item as an error unless ifExists is false', async () => {
    await expect(deleteByKey(Note, 'never')).rejects.toBeInstanceOf(ConditionalCheckFailedError)
    await expect(deleteByKey(Note, 'never', { ifExists: false })).resolves.toBeUndefined()
  })
})

describe('write helpers as statics and instance methods', () => {
  it('forward to the same single requests as the functions', async () => {
    counter.reset()
    const [first] = await Note.insertMany([
      { id: 'st1', body: 'one' },
      { id: 'st2', body: 'two' },
    ])
    expect(first).toBeInstanceOf(Note)
    expect(counter.counts).toEqual({ BatchWriteItem: 1 })
    counter.reset()
    const bumped = await Note.increment('st1', 'views', 4)
    expect(bumped.views).toBe(4)
    await bumped.decrement('views')
    expect(bumped.views).toBe(3)
    await bumped.appendToList('lines', ['a', 'b'])
    await bumped.removeFromList('lines', 0)
    expect(bumped.lines).toEqual(['b'])
    expect(counter.counts).toEqual({ UpdateItem: 4 })
    const upserted = await Note.upsert({ id: 'st2', body: 'two again' })
    expect(upserted.body).toBe('two again')
    await Note.removeAttribute('st2', 'body')
    expect((await Note.findOrFail('st2')).body).toBeUndefined()
    await Note.deleteByKey('st2')
    expect(await Note.find('st2')).toBeNull()
  })

  it('keeps the typed errors: an unsaved instance and a string attribute are refused before sending', async () => {
    counter.reset()
    const account = new Account({ id: 'unsaved', email: 'u@x.io' })
    await expect(account.increment('balance')).rejects.toMatchObject({ code: 'UNSAVED_MODEL' })
    await expect(Account.increment('c1', 'owner' as never)).rejects.toBeInstanceOf(AttributeKindError)
    expect(counter.counts).toEqual({})
  })
})
