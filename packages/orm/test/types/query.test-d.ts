/**
 * Type tests for the query builder, checked by `tsc --noEmit -p packages/orm/tsconfig.json`. Lines marked
 * `@ts-expect-error` must not compile; the file is never run.
 */
import type { InferAttributes } from '@dbtooling/schema'
import type { Collection } from '../../src/collection/index'
import { createQueryBuilder, type QueryContext, type ResultCollection } from '../../src/query/index'
import type { Post, User } from '../query/fixtures'

declare const ctx: QueryContext
type UserRow = InferAttributes<typeof User>
const users = createQueryBuilder<typeof User>(ctx, 'User')
const posts = createQueryBuilder<typeof Post>(ctx, 'Post')

// Fields are the model's attributes.
users.where('name', 'Ada')
users.where('age', '>', 30)
users.where('teamId', null)
users.where({ status: 'active', age: 3 })
users.whereIn('status', ['a', 'b'])
users.whereBetween('age', [1, 2])
users.whereDate('createdAt', new Date())
users.where('tags', 'contains', 'x')
users.where((q) => q.where('age', 1).orWhere('age', 2))
// @ts-expect-error unknown attribute
users.where('nope', 1)
// @ts-expect-error unknown attribute in the object form
users.where({ nope: 1 })
// @ts-expect-error a number attribute takes numbers
users.where('age', 'thirty')
// @ts-expect-error a string attribute takes strings
users.where('name', '=', 5)
// @ts-expect-error unknown operator
users.where('age', '~', 5)
// @ts-expect-error whereIn values are typed by attribute
users.whereIn('age', ['x'])
// @ts-expect-error whereNull on an unknown attribute
users.whereNull('nope')
// @ts-expect-error orderBy an unknown attribute
users.orderBy('nope')
// @ts-expect-error select an unknown attribute
users.select('name', 'nope')

// Indexes: the model's own names, generated names and the table.
posts.useIndex('byStatus')
posts.useIndex('byTitle')
posts.useIndex('GSI2')
posts.useIndex('table')
// @ts-expect-error an index the design lacks
posts.useIndex('nope')
// @ts-expect-error User declares no byStatus index
users.useIndex('byStatus')

// Aggregates take numeric attributes only.
users.sum('age')
// @ts-expect-error sum of a string attribute
users.sum('name')

// Results are typed rows.
async function results() {
  const all: ResultCollection<UserRow> = await users.get()
  const first: UserRow | null = await users.first()
  const names: Array<string> = await users.pluck('name')
  const ages: Collection<number | undefined> = all.pluck('age')
  const count: number = await users.count()
  const page = await users.cursorPaginate(10)
  const cursor: string | null = page.nextCursor
  for await (const user of users) {
    const name: string = user.name
    void name
  }
  // @ts-expect-error rows have no unknown attributes
  first?.nope
  return [all, first, names, ages, count, cursor]
}
void results
