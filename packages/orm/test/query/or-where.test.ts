import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, createQueryBuilder } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { Post, Profile, Team, User } from './fixtures'
import { builders } from './unit-context'

const { users } = builders()
/** Team members without the soft-delete filter, so each filter below shows only what the method adds. */
const team = () => users.withTrashed().where('teamId', 't1')

describe('or variants compile to an OR with the clauses before them', () => {
  it.each([
    ['orWhereIn', team().where('age', 1).orWhereIn('age', [2, 3]), 'age IN (2, 3)'],
    ['orWhereNotIn', team().where('age', 1).orWhereNotIn('age', [2, 3]), '(NOT age IN (2, 3))'],
    ['orWhereBetween', team().where('age', 1).orWhereBetween('age', [3, 5]), 'age BETWEEN 3 AND 5'],
    ['orWhereNotBetween', team().where('age', 1).orWhereNotBetween('age', [3, 5]), '(age < 3 OR age > 5)'],
    ['orWhereBeginsWith', team().where('age', 1).orWhereBeginsWith('name', 'A'), 'begins_with(name, "A")'],
    ['orWhereContains', team().where('age', 1).orWhereContains('tags', 'x'), 'contains(tags, "x")'],
    ['orWhereExists', team().where('age', 1).orWhereExists('email'), 'attribute_exists(email)'],
    ['orWhereNotExists', team().where('age', 1).orWhereNotExists('email'), 'attribute_not_exists(email)'],
    [
      'orWhereNull',
      team().where('age', 1).orWhereNull('email'),
      '(attribute_not_exists(email) OR attribute_type(email, "NULL"))',
    ],
    [
      'orWhereDate',
      team().where('age', 1).orWhereDate('createdAt', '2024-03-05'),
      'begins_with(createdAt, "2024-03-05")',
    ],
    [
      'orWhereMonth',
      team().where('age', 1).orWhereMonth('createdAt', '2024-03'),
      'begins_with(createdAt, "2024-03")',
    ],
    ['orWhereYear', team().where('age', 1).orWhereYear('createdAt', '>=', 2024), 'createdAt >= "2024"'],
    ['orWhere between', team().where('age', 1).orWhere('age', 'between', [3, 5]), 'age BETWEEN 3 AND 5'],
    ['orWhere contains', team().where('age', 1).orWhere('tags', 'contains', 'x'), 'contains(tags, "x")'],
  ])('%s', (_name, query, branch) => {
    const explained = query.explain()
    // A top-level OR has no key condition that covers both branches: it filters a read of every User.
    expect(explained.keyCondition).toBeNull()
    expect(explained.filter).toBe(`((teamId = "t1" AND age = 1) OR ${branch}) AND _et = "User"`)
  })

  it('inside a group the OR stays a filter and the key condition still uses the index', () => {
    const query = team().where((q) => q.whereNull('email').orWhereBetween('age', [20, 22]))
    expect(query.explain()).toMatchObject({
      operation: 'Query',
      index: 'GSI2',
      keyCondition: 'gsi2pk = "TEAM#t1"',
    })
    expect(query.explain().filter).toBe(
      '(attribute_not_exists(email) OR attribute_type(email, "NULL")) OR age BETWEEN 20 AND 22',
    )
  })
})

describe('whereNot / orWhereNot', () => {
  it('negates one condition or a whole group as a filter, keeping the key condition', () => {
    const query = team().whereNot('age', 20)
    expect(query.explain()).toMatchObject({ operation: 'Query', keyCondition: 'gsi2pk = "TEAM#t1"' })
    expect(query.explain().filter).toBe('NOT age = 20')
    const group = team().whereNot((q) => q.where('age', 20).orWhere('name', 'Bob'))
    expect(group.explain().filter).toBe('NOT (age = 20 OR name = "Bob")')
  })

  it('orWhereNot ORs the negation with what came before', () => {
    const explained = team()
      .where('age', 1)
      .orWhereNot('name', 'begins_with' as never, 'A')
      .explain()
    expect(explained.keyCondition).toBeNull()
    expect(explained.filter).toBe(
      '((teamId = "t1" AND age = 1) OR (NOT begins_with(name, "A"))) AND _et = "User"',
    )
  })
})

describe('whereNotBetween', () => {
  it('is age < low OR age > high, so items without the attribute match neither (as in SQL)', () => {
    const request = team().whereNotBetween('age', [3, 5]).toQuery()
    expect(request.KeyConditionExpression).toBe('#n0 = :v0')
    expect(request.FilterExpression).toBe('#n1 < :v1 OR #n1 > :v2')
    expect(request.ExpressionAttributeValues).toMatchObject({ ':v1': 3, ':v2': 5 })
  })

  it('keeps its parentheses when more conditions follow', () => {
    expect(team().whereNotBetween('age', [3, 5]).where('name', 'a').explain().filter).toBe(
      '(age < 3 OR age > 5) AND name = "a"',
    )
  })

  it('rejects undefined and null bounds before sending anything', () => {
    expect(() => team().whereNotBetween('age', [1, undefined as unknown as number])).toThrow(/undefined/)
    expect(() => team().orWhereNotBetween('age', [null as unknown as number, 2])).toThrow(/null/)
  })
})

describe('or variants against DynamoDB Local', () => {
  const orm = createOrm({
    models: [User, Team, Post, Profile],
    client: localClient(),
    design: { tableName: uniqueTableName('orm-or-where') },
    setDefault: false,
  })
  const members = () => createQueryBuilder<typeof User>(orm.ctx, 'User').where('teamId', 't1')
  type Row = { name: string; age?: number; email?: string | null; tags?: string[] }
  const rows: Row[] = [
    { name: 'Ada', age: 20, email: 'ada@x.io', tags: ['admin'] },
    { name: 'Bob', age: 25, email: null, tags: ['staff'] },
    { name: 'Cy', age: 30, tags: ['staff', 'ops'] },
    { name: 'Dee', email: 'dee@x.io' },
    { name: 'Eve', age: 41, email: 'eve@x.io', tags: ['ops'] },
  ]
  const names = async (query: ReturnType<typeof members>) =>
    [...(await query.get())].map((row) => row.name).sort()
  const expected = (keep: (row: Row) => boolean) =>
    rows
      .filter(keep)
      .map((row) => row.name)
      .sort()

  beforeAll(async () => {
    await orm.createTable()
    const Users = orm.model('User')
    for (const { email, ...row } of rows) {
      // A null email is stored as NULL (or left out): whereNull matches both.
      const stored = { ...row, id: row.name.toLowerCase(), teamId: 't1', email: email as string }
      await Users.forceCreate(email === undefined ? { ...row, id: stored.id, teamId: 't1' } : stored)
    }
    await Users.forceCreate({ id: 'outsider', name: 'Outsider', age: 30, teamId: 't2' })
  }, 60_000)

  afterAll(() => orm.dropTable())

  it('orWhereIn / orWhereNotBetween / orWhereBeginsWith inside a group: one Query on the team index', async () => {
    const query = members().where((q) =>
      q.whereIn('age', [20]).orWhereNotBetween('age', [22, 35]).orWhereBeginsWith('name', 'C'),
    )
    expect(query.explain().operation).toBe('Query')
    expect(await names(query)).toEqual(
      expected(
        (row) =>
          row.age === 20 ||
          (row.age !== undefined && (row.age < 22 || row.age > 35)) ||
          row.name.startsWith('C'),
      ),
    )
  })

  it('whereNotBetween skips items without the attribute', async () => {
    expect(await names(members().whereNotBetween('age', [21, 35]))).toEqual(
      expected((row) => row.age !== undefined && (row.age < 21 || row.age > 35)),
    )
  })

  it('orWhereNull / orWhereNotExists / orWhereContains', async () => {
    const nullOrOps = members().where((q) => q.whereNull('email').orWhereContains('tags', 'ops'))
    expect(await names(nullOrOps)).toEqual(
      expected((row) => row.email == null || !!row.tags?.includes('ops')),
    )
    const noAge = members().where((q) => q.where('age', 20).orWhereNotExists('age'))
    expect(await names(noAge)).toEqual(expected((row) => row.age === 20 || row.age === undefined))
  })

  it('whereNot matches items where the condition is false or the attribute is missing', async () => {
    expect(await names(members().whereNot('age', 20))).toEqual(expected((row) => row.age !== 20))
    const neither = members().whereNot((q) => q.whereContains('tags', 'staff').orWhereNotExists('age'))
    expect(await names(neither)).toEqual(
      expected((row) => !row.tags?.includes('staff') && row.age !== undefined),
    )
  })

  it('a top-level orWhereIn reads every User (forceScan) and matches either side', async () => {
    const query = createQueryBuilder<typeof User>(orm.ctx, 'User')
      .where('teamId', 't2')
      .orWhereIn('name', ['Ada', 'Eve'])
      .forceScan()
    expect(await names(query as ReturnType<typeof members>)).toEqual(['Ada', 'Eve', 'Outsider'])
  })
})
