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

// Or variants take the same fields and values as their where counterparts.
users
  .where('age', 1)
  .orWhereIn('age', [2, 3])
  .orWhereNotIn('status', ['x'])
  .orWhereBetween('age', [1, 2])
  .whereNotBetween('age', [1, 2])
  .orWhereNotBetween('age', [1, 2])
  .orWhereNull('teamId')
  .orWhereNotNull('teamId')
  .orWhereBeginsWith('name', 'A')
  .orWhereContains('tags', 'x')
  .orWhereExists('age')
  .orWhereNotExists('age')
  .orWhereDate('createdAt', '>=', new Date())
  .orWhereMonth('createdAt', 3, 2024)
  .orWhereYear('createdAt', 2024)
  .orWhere('age', 'between', [1, 2])
  .andWhere('tags', 'contains', 'x')
// @ts-expect-error orWhereIn values are typed by attribute
users.orWhereIn('age', ['x'])
// @ts-expect-error orWhereNotBetween bounds are typed by attribute
users.orWhereNotBetween('age', ['a', 'b'])
// @ts-expect-error orWhereNull on an unknown attribute
users.orWhereNull('nope')
// @ts-expect-error orWhereExists on an unknown attribute
users.orWhereExists('nope')
// @ts-expect-error orWhereBeginsWith takes a string prefix
users.orWhereBeginsWith('name', 1)
// @ts-expect-error orWhereDate on an unknown attribute
users.orWhereDate('nope', '2024-01-01')

// Relation instructions are declared on the builder itself and keep its type.
async function eager() {
  const loaded: ResultCollection<UserRow> = await users
    .with('posts', { profile: (q) => q.limit(1) })
    .withCount('posts')
    .has('posts')
    .doesntHave('profile')
    .whereHas('posts', (q) => q.where('rank', '>', 1))
    .whereDoesntHave('posts')
    .eagerConcurrency(4)
    .where('age', '>', 1)
    .get()
  // @ts-expect-error eagerConcurrency takes a number
  users.eagerConcurrency('4')
  return loaded
}
void eager
