import { describe, expect, test } from 'bun:test'
import { readFileSync } from 'node:fs'
import * as bqb from 'bun-query-builder'
import * as dynamoModule from 'bun-query-builder/dynamodb'

// What the driver relies on in the installed bun-query-builder. If a release changes any of it, this
// file fails first and names the broken assumption (the peer range is >=0.1.13).
const installed = JSON.parse(
  readFileSync(new URL(import.meta.resolve('bun-query-builder/package.json')), 'utf8'),
) as { version: string }

interface Call {
  readonly kind: 'template' | 'unsafe' | 'helper'
  readonly text: string
}

function recordingConnection(calls: Call[]) {
  const query = (text: string) => ({
    text,
    toString: () => text,
    execute: async () => Object.assign([], { count: 0 }),
  })
  const sql = (strings: unknown, ...values: unknown[]) => {
    if (Array.isArray(strings) && 'raw' in strings) {
      const text = (strings as string[]).reduce((out, part, i) => out + String(values[i - 1] ?? '') + part)
      calls.push({ kind: 'template', text })
      return query(text)
    }
    calls.push({ kind: 'helper', text: String(strings) })
    return query(String(strings))
  }
  return Object.assign(sql, {
    unsafe: (text: string) => {
      calls.push({ kind: 'unsafe', text })
      return query(text)
    },
  })
}

describe(`bun-query-builder ${installed.version}: the contract the driver relies on`, () => {
  test('createQueryBuilder and setConfig exist and take { sql, meta }', () => {
    expect(typeof bqb.createQueryBuilder).toBe('function')
    expect(typeof bqb.setConfig).toBe('function')
  })

  test("statements run through the injected connection's unsafe() with sqlite text", async () => {
    bqb.setConfig({ dialect: 'sqlite' } as never)
    const calls: Call[] = []
    const qb = bqb.createQueryBuilder({ sql: recordingConnection(calls) } as never) as never as {
      selectFrom(table: string): { where(c: string, o: string, v: unknown): { get(): Promise<unknown> } }
      insertInto(table: string): { values(v: object): { execute(): Promise<unknown> } }
    }
    await qb.selectFrom('users').where('id', '=', 'u1').get()
    await qb.insertInto('users').values({ id: 'u1' }).execute()
    expect(calls.filter((call) => call.kind === 'unsafe').map((call) => call.text)).toContain(
      'SELECT * FROM users WHERE id = ?',
    )
    expect(calls.some((call) => call.text === 'INSERT INTO "users"("id")VALUES(?)')).toBe(true)
  })

  test('with() emits LEFT JOINs from meta.relations (what the driver turns into eager loads)', async () => {
    const calls: Call[] = []
    const meta = {
      modelToTable: { User: 'users', Post: 'posts' },
      tableToModel: { users: 'User', posts: 'Post' },
      primaryKeys: { users: 'id', posts: 'id' },
      relations: { users: { hasMany: { posts: 'Post' } } },
    }
    const qb = bqb.createQueryBuilder({ sql: recordingConnection(calls), meta } as never) as never as {
      selectFrom(table: string): { with(name: string): { get(): Promise<unknown> } }
    }
    await qb.selectFrom('users').with('posts').get()
    expect(calls.at(-1)?.text).toBe('SELECT * FROM users LEFT JOIN posts ON posts.user_id = users.id')
  })

  test('morph relations: with() joins morphMany on <name>_id/<name>_type, morphToMany through a pivot, and an unresolved hasOne (how the driver lists a morphTo) as a table of its name', async () => {
    const calls: Call[] = []
    const meta = {
      modelToTable: { Post: 'posts', Comment: 'comments', Tag: 'tags' },
      tableToModel: { posts: 'Post', comments: 'Comment', tags: 'Tag' },
      primaryKeys: { posts: 'id', comments: 'id', tags: 'id' },
      relations: {
        posts: { morphMany: { comments: 'Comment' }, morphToMany: { tags: 'Tag' } },
        tags: { morphedByMany: { posts: 'Post' } },
        comments: { hasOne: { commentable: 'commentable' } },
      },
    }
    const qb = bqb.createQueryBuilder({ sql: recordingConnection(calls), meta } as never) as never as {
      selectFrom(table: string): { with(name: string): { get(): Promise<unknown> } }
    }
    const joined = async (table: string, relation: string) => {
      await qb.selectFrom(table).with(relation).get()
      return calls.at(-1)?.text
    }
    expect(await joined('posts', 'comments')).toBe(
      'SELECT * FROM posts LEFT JOIN comments ON comments.comments_id = posts.id AND comments.comments_type = Post',
    )
    expect(await joined('posts', 'tags')).toBe(
      'SELECT * FROM posts LEFT JOIN tag_tags ON tag_tags.tags_id = posts.id AND tag_tags.tags_type = Post LEFT JOIN tags ON tags.id = tag_tags.tag_id',
    )
    expect(await joined('tags', 'posts')).toBe(
      'SELECT * FROM tags LEFT JOIN post_tag ON post_tag.post_id = tags.id LEFT JOIN posts ON posts.id = post_tag.tag_id AND post_tag.tag_type = Post',
    )
    expect(await joined('comments', 'commentable')).toBe(
      'SELECT * FROM comments LEFT JOIN commentable ON commentable.comment_id = comments.id',
    )
  })

  test("whereIn() on a select is dropped by the builder's own get() (use where([col, 'in', values]))", async () => {
    const calls: Call[] = []
    const qb = bqb.createQueryBuilder({ sql: recordingConnection(calls) } as never) as never as {
      selectFrom(table: string): { whereIn(c: string, v: unknown[]): { get(): Promise<unknown> } }
    }
    await qb.selectFrom('users').whereIn('team_id', ['a', 'b']).get()
    expect(calls.at(-1)?.text).toBe('SELECT * FROM users')
  })

  test("the builder's transaction() does not use the injected connection (so the driver replaces it)", () => {
    const source = bqb.createQueryBuilder.toString()
    expect(source).toContain('bunSql.begin')
  })

  test('the DynamoDB module has the client seams registerDynamoDBDriver uses', () => {
    const { dynamo } = dynamoModule
    for (const method of [
      'connection',
      'setClient',
      'registerEntity',
      'getDriver',
      'entity',
      'transactWrite',
      'batchWrite',
    ]) {
      expect(typeof (dynamo as unknown as Record<string, unknown>)[method]).toBe('function')
    }
  })
})
