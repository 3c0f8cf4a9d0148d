import { createOrm } from '@dbtooling/orm'
import { describe, expect, it } from 'vitest'
import { SchemaMap, toIntent, UnsupportedClauseError } from '../src/index'

// SQL text -> intent, without a network: the statements bun-query-builder 0.1.13 emits (sqlite dialect),
// mapped onto the design's models and attributes, and the refusals by clause.
const orm = createOrm({
  models: [
    {
      name: 'User',
      primaryKey: 'id',
      hasMany: ['Post'],
      belongsToMany: ['Role'],
      attributes: { name: { type: 'string' }, teamId: { type: 'string' }, age: { type: 'number' } },
    },
    {
      name: 'Post',
      primaryKey: 'id',
      belongsTo: ['User'],
      attributes: { title: { type: 'string' }, userId: { type: 'string' } },
    },
    { name: 'Role', primaryKey: 'id', belongsToMany: ['User'], attributes: { name: { type: 'string' } } },
  ],
  clientConfig: { endpoint: 'http://127.0.0.1:1', region: 'us-east-1' },
  design: { tableName: 'intent-unit' },
  setDefault: false,
})
const schema = new SchemaMap(orm.design)
const intent = (sql: string, values: unknown[] = []) => toIntent(sql, values, schema)

describe('SELECT', () => {
  it('binds ? values by position and maps snake_case columns to attributes', () => {
    expect(
      intent('SELECT * FROM users WHERE team_id = ? AND age > ? ORDER BY age DESC LIMIT 5', ['t1', 30]),
    ).toEqual({
      kind: 'select',
      model: 'User',
      where: {
        kind: 'and',
        items: [
          { kind: 'compare', field: 'teamId', op: '=', value: 't1' },
          { kind: 'compare', field: 'age', op: '>', value: 30 },
        ],
      },
      columns: null,
      orderBy: { field: 'age', direction: 'desc' },
      limit: 5,
      count: null,
      exists: null,
      relations: [],
    })
  })

  it('IN, BETWEEN, IS NULL, LIKE prefix and substring, NOT and OR', () => {
    const where = intent(
      "SELECT * FROM users WHERE team_id IN (?, ?) AND age BETWEEN ? AND ? AND name IS NOT NULL AND (name like 'Ad%' OR name LIKE ?)",
      ['a', 'b', 1, 9, '%x%'],
    )
    expect(where.kind === 'select' && where.where).toEqual({
      kind: 'and',
      items: [
        { kind: 'in', field: 'teamId', values: ['a', 'b'], negated: false },
        { kind: 'between', field: 'age', low: 1, high: 9, negated: false },
        { kind: 'null', field: 'name', negated: true },
        {
          kind: 'or',
          items: [
            { kind: 'beginsWith', field: 'name', prefix: 'Ad' },
            { kind: 'contains', field: 'name', text: 'x' },
          ],
        },
      ],
    })
  })

  it("COUNT(*) keeps the alias the builder reads; with()'s LEFT JOIN is a relation", () => {
    expect(intent('SELECT COUNT(*) as c FROM users WHERE team_id = ?', ['t'])).toMatchObject({
      count: { alias: 'c' },
    })
    expect(
      intent('SELECT * FROM users LEFT JOIN posts ON posts.user_id = users.id WHERE id = ?', ['u']),
    ).toMatchObject({
      relations: ['posts'],
    })
    const pivotJoin =
      'SELECT * FROM users LEFT JOIN role_user ON role_user.user_id = users.id LEFT JOIN roles ON roles.id = role_user.role_id'
    expect(intent(pivotJoin)).toMatchObject({ relations: ['roles'] })
  })
})

describe("the builder's paginate()", () => {
  it('its total, COUNT(*) over the plain query as a sub-select, is the count of that query', () => {
    expect(
      intent('SELECT COUNT(*) as c FROM (SELECT * FROM users WHERE team_id = ?) as sub', ['t']),
    ).toMatchObject({
      model: 'User',
      where: { kind: 'compare', field: 'teamId', op: '=', value: 't' },
      count: { alias: 'c' },
    })
  })

  it('its first page (OFFSET 0) is a plain LIMIT; later pages are refused', () => {
    expect(intent('SELECT * FROM users LIMIT ? OFFSET ?', [10, 0])).toMatchObject({ limit: 10 })
    expect(() => intent('SELECT * FROM users LIMIT ? OFFSET ?', [10, 10])).toThrow(UnsupportedClauseError)
  })
})

describe('writes', () => {
  it('INSERT rows, UPDATE and DELETE by key, in the text the builder emits', () => {
    expect(intent('INSERT INTO "users"("id","team_id")VALUES(?,?),(?,?)', ['u1', 't', 'u2', 't'])).toEqual({
      kind: 'insert',
      model: 'User',
      rows: [
        { id: 'u1', teamId: 't' },
        { id: 'u2', teamId: 't' },
      ],
    })
    expect(intent('UPDATE "users" SET "name" = ? WHERE "id" = ?', ['N', 'u1'])).toEqual({
      kind: 'update',
      model: 'User',
      changes: { name: 'N' },
      where: { kind: 'compare', field: 'id', op: '=', value: 'u1' },
    })
    expect(intent('DELETE FROM "users" WHERE "id" = ?', ['u1'])).toMatchObject({
      kind: 'delete',
      model: 'User',
    })
  })

  it("rows of the builder's pivot table are edges of the belongsToMany relation", () => {
    expect(intent('INSERT INTO "role_user"("user_id","role_id")VALUES(?,?)', ['u1', 'r1'])).toEqual({
      kind: 'attach',
      owner: 'Role',
      relation: 'users',
      // Either side's relation writes the same edge; the design's first owner (Role.users) is used.
      rows: [{ ownerId: 'r1', targetId: 'u1', attributes: {} }],
    })
  })

  it('a pivot DELETE is owned by the side given by equality: Role.users, or its inverse User.roles', () => {
    expect(intent('DELETE FROM "role_user" WHERE "role_id" = ?', ['r1'])).toEqual({
      kind: 'detach',
      owner: 'Role',
      relation: 'users',
      ownerId: 'r1',
      targetIds: null,
    })
    expect(
      intent('DELETE FROM "role_user" WHERE "user_id" = ? AND "role_id" IN (?, ?)', ['u1', 'a', 'b']),
    ).toEqual({
      kind: 'detach',
      owner: 'User',
      relation: 'roles',
      ownerId: 'u1',
      targetIds: ['a', 'b'],
    })
  })
})

describe('refusals name the clause and the DynamoDB way', () => {
  it.each([
    ['SELECT * FROM users JOIN posts ON posts.user_id = users.id', 'JOIN'],
    ['SELECT * FROM users GROUP BY team_id', 'GROUP BY'],
    ['SELECT * FROM users OFFSET 5', 'OFFSET'],
    ['SELECT * FROM users LIMIT 5 OFFSET 10', 'OFFSET'],
    ['SELECT * FROM users WHERE EXISTS (SELECT 1 FROM posts)', 'SUB-SELECT'],
    ['SELECT * FROM (SELECT * FROM users) as sub', 'SUB-SELECT'],
    ['SELECT DISTINCT name FROM users', 'DISTINCT'],
    ['SELECT * FROM users ORDER BY name, age', 'ORDER BY'],
  ])('%s -> %s', (sql, clause) => {
    const error = (() => {
      try {
        intent(sql)
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(UnsupportedClauseError)
    expect(error).toMatchObject({ code: 'UNSUPPORTED_CLAUSE', clause, sql })
    expect((error as UnsupportedClauseError).hint.length).toBeGreaterThan(20)
  })

  it('$1 placeholders and a wrong number of values are typed errors', () => {
    expect(() => intent('SELECT * FROM users WHERE id = $1', ['u'])).toThrow(
      expect.objectContaining({ code: 'PLACEHOLDER_MISMATCH' }),
    )
    expect(() => intent('SELECT * FROM users WHERE id = ?', [])).toThrow(
      expect.objectContaining({ code: 'PLACEHOLDER_MISMATCH' }),
    )
  })
})
