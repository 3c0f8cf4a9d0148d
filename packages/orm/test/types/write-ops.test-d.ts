import { expectTypeOf } from 'vitest'
import {
  addToSet,
  appendToList,
  batchGet,
  batchPut,
  decrement,
  increment,
  type Orm,
  removeAttribute,
  removeFromList,
  transactGet,
  transaction,
  upsert,
} from '../../src/index'
import { Account, Note } from '../write-ops/support/fixtures'

declare const account: Account
declare const orm: Orm

// increment/decrement only accept number attributes, on an instance or by key.
expectTypeOf(increment(account, 'balance', 2)).toEqualTypeOf<Promise<Account>>()
expectTypeOf(decrement(Account, 'a1', 'balance')).toEqualTypeOf<Promise<Account>>()
expectTypeOf(increment(Note, 'n1', 'views')).toEqualTypeOf<Promise<Note>>()
// @ts-expect-error owner is a string attribute
increment(account, 'owner')
// @ts-expect-error owner is a string attribute
decrement(Account, 'a1', 'owner', 1)
// @ts-expect-error not an attribute of Account
increment(account, 'nope')
// @ts-expect-error exists is model state, not an attribute
increment(account, 'exists')

// Sets and lists take elements of the attribute's type; scalars are refused.
addToSet(account, 'tags', ['vip'])
// @ts-expect-error tags holds strings
addToSet(account, 'tags', [1])
// @ts-expect-error owner is not a list
appendToList(account, 'owner', ['x'])
removeFromList(Note, 'n1', 'lines', [0, 1])
removeAttribute(account, ['note', 'email'])
// @ts-expect-error not an attribute of Account
removeAttribute(account, 'nope')

// transactGet and batchGet return instances of each model asked for.
expectTypeOf(
  transactGet(orm, [
    { model: Account, key: 'a1' },
    { model: Note, key: 'n1' },
  ]),
).toEqualTypeOf<Promise<[Account | null, Note | null]>>()
expectTypeOf(
  batchGet(orm, { accounts: { model: Account, keys: ['a1'] }, notes: { model: Note, keys: [{ id: 'n1' }] } }),
).toEqualTypeOf<Promise<{ accounts: Account[]; notes: Note[] }>>()

// Writes are checked against the model's attributes.
batchPut(Note, { id: 'n1', body: 'x' })
// @ts-expect-error views is a number
batchPut(Note, { id: 'n1', views: 'many' })
upsert(Account, { id: 'a1', balance: 3 })
// @ts-expect-error unknown attribute
upsert(Account, { id: 'a1', nope: 3 })

// The callback's result is the transaction's result; trx.create returns the model's instance.
expectTypeOf(transaction(orm, async (trx) => trx.create(Note, { id: 'n2', body: 'b' }))).toEqualTypeOf<
  Promise<Note>
>()
transaction(orm, async (trx) => {
  // @ts-expect-error body is a string
  await trx.create(Note, { id: 'n3', body: 3 })
  // @ts-expect-error owner is a string attribute
  trx.increment(Account, 'a1', 'owner')
})

// The same API as Orm methods.
expectTypeOf(orm.transaction(async (trx) => trx.create(Account, { id: 'a9' }))).toEqualTypeOf<
  Promise<Account>
>()
expectTypeOf(orm.transactGet([{ model: Note, key: 'n1' }])).toEqualTypeOf<Promise<[Note | null]>>()
expectTypeOf(orm.batchGet({ notes: { model: Note, keys: ['n1'] } })).toEqualTypeOf<
  Promise<{ notes: Note[] }>
>()
expectTypeOf(orm.rawGet<{ n: number }>({ Key: { pk: 'x', sk: 'x' } })).resolves.toHaveProperty('Item')

// The same helpers as model statics and instance methods, equally typed.
expectTypeOf(account.increment('balance', 2)).toEqualTypeOf<Promise<Account>>()
expectTypeOf(Account.decrement('a1', 'balance')).toEqualTypeOf<Promise<Account>>()
expectTypeOf(Note.increment({ id: 'n1' }, 'views', 5)).toEqualTypeOf<Promise<Note>>()
expectTypeOf(Note.insertMany([{ id: 'n1', body: 'x' }])).toEqualTypeOf<Promise<Note[]>>()
expectTypeOf(Account.upsert({ id: 'a1', balance: 3 })).toEqualTypeOf<Promise<Account>>()
expectTypeOf(Note.insert({ id: 'n2', body: 'y' })).toEqualTypeOf<Promise<Note>>()
account.addToSet('tags', ['vip'])
Account.removeFromSet('a1', 'tags', ['vip'])
Note.appendToList('n1', 'lines', ['more'])
account.removeAttribute(['note', 'email'])
Note.deleteByKey('n1', { ifExists: false })
// @ts-expect-error owner is a string attribute
account.increment('owner')
// @ts-expect-error owner is a string attribute
Account.increment('a1', 'owner')
// @ts-expect-error tags holds strings
account.addToSet('tags', [1])
// @ts-expect-error views is a number
Note.insertMany([{ id: 'n1', views: 'many' }])
// @ts-expect-error unknown attribute
Account.upsert({ id: 'a1', nope: 3 })
// @ts-expect-error not an attribute of Account
account.removeAttribute('nope')
