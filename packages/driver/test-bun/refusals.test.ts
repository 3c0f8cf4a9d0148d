import { afterAll, describe, expect, test } from 'bun:test'
import { DriverError, UnsupportedClauseError } from '../src/index'
import { freshOrm } from './support'

// What DynamoDB cannot answer is refused before any request, with the clause named and the DynamoDB way
// to get the same result in the hint; the ORM's own strict refusals and warnings come through unchanged.
const warnings: string[] = []
const lenient = await freshOrm('driver-refusals', { warn: (message) => warnings.push(message) })
const strict = await freshOrm('driver-strict', { strict: true })

afterAll(async () => {
  await lenient.orm.dropTable()
  await strict.orm.dropTable()
})

async function refusal(run: () => Promise<unknown>): Promise<UnsupportedClauseError> {
  const before = lenient.sent.length
  const error = await run().then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(UnsupportedClauseError)
  expect(lenient.sent.length).toBe(before)
  return error as UnsupportedClauseError
}

describe('clauses DynamoDB has no equivalent for', () => {
  const { db } = lenient

  test('JOIN names the clause and points at with()', async () => {
    const error = await refusal(() =>
      db.selectFrom('users').join('posts', 'posts.user_id', '=', 'users.id').get(),
    )
    expect(error.code).toBe('UNSUPPORTED_CLAUSE')
    expect(error.clause).toBe('JOIN')
    expect(error.hint).toContain("with('relation')")
    expect(error.sql).toContain('JOIN posts')
  })

  test('GROUP BY points at counter items', async () => {
    const error = await refusal(() => db.selectFrom('users').groupBy('team_id').get())
    expect(error.clause).toBe('GROUP BY')
    expect(error.hint).toContain('increment()')
  })

  test('OFFSET points at cursors', async () => {
    const offset = await refusal(() => db.selectFrom('users').offset(10).get())
    expect(offset.clause).toBe('OFFSET')
    expect(offset.hint).toContain('cursorPaginate')
  })

  test('sub-selects (whereExists) are refused', async () => {
    const users = db.selectFrom('users')
    const exists = await refusal(async () => {
      if (!users.whereExists) throw new Error('this bun-query-builder has no whereExists()')
      return users.whereExists({ toSQL: () => 'SELECT 1 FROM posts' }).get()
    })
    expect(exists.clause).toBe('SUB-SELECT')
  })

  test('paginate() past the first page is an OFFSET: refused, pointing at cursors', async () => {
    // The builder clamps the page to the last one, so there must be a second page.
    await db
      .insertInto('users')
      .values([
        { id: 'pg1', name: 'A', email: 'pg1@x.io', team_id: 't' },
        { id: 'pg2', name: 'B', email: 'pg2@x.io', team_id: 't' },
      ])
      .execute()
    const before = lenient.sent.length
    const page2 = await db
      .selectFrom('users')
      .where('team_id', '=', 't')
      .paginate(1, 2)
      .catch((caught: unknown) => caught)
    expect(page2).toBeInstanceOf(UnsupportedClauseError)
    expect((page2 as UnsupportedClauseError).clause).toBe('OFFSET')
    // Only the total (one COUNT Query) was sent; the page itself was refused before sending.
    expect(lenient.sent.slice(before).map((request) => request.input.Select)).toEqual(['COUNT'])
  })

  test('a LIKE pattern that is neither a prefix nor a substring is a typed error', async () => {
    const error = await db
      .selectFrom('users')
      .where('name', 'like', '%da')
      .get()
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(DriverError)
    expect((error as DriverError).code).toBe('UNSUPPORTED_EXPRESSION')
    expect((error as DriverError).hint).toContain('begins_with')
  })

  test('an unknown table or column names what exists', async () => {
    const table = await db
      .selectFrom('nope')
      .get()
      .catch((caught: unknown) => caught)
    expect((table as DriverError).code).toBe('UNKNOWN_TABLE')
    expect((table as DriverError).hint).toContain('users')
    const column = await db
      .selectFrom('users')
      .where('nope', '=', 1)
      .get()
      .catch((caught: unknown) => caught)
    expect((column as DriverError).code).toBe('UNKNOWN_COLUMN')
    expect((column as DriverError).hint).toContain('teamId')
  })
})

describe("the ORM's planner rules hold through the driver", () => {
  test('a query that must scan warns as the ORM query does', async () => {
    warnings.length = 0
    await lenient.db.selectFrom('users').where('name', '=', 'Ada').get()
    expect(warnings).toHaveLength(1)
    const fromDriver = warnings[0]
    warnings.length = 0
    // The ORM warns once per query shape, so a fresh ORM states the same query by hand.
    const again = await freshOrm('driver-refusals-orm', { warn: (message) => warnings.push(message) })
    await again.orm.model('User').query().where('name', 'Ada').get()
    await again.orm.dropTable()
    expect(warnings).toEqual([fromDriver as string])
  })

  test('strict mode refuses the same read, before any request', async () => {
    const before = strict.sent.length
    const error = await strict.db
      .selectFrom('users')
      .where('name', '=', 'Ada')
      .get()
      .catch((caught: unknown) => caught)
    expect((error as { code: string }).code).toMatch(/SCAN_NOT_ALLOWED|WHOLE_TYPE_READ_NOT_ALLOWED/)
    expect(strict.sent.length).toBe(before)
  })
})
