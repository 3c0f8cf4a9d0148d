import { defineModel, deriveDesign } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { createQueryBuilder, type QueryContext } from '../../src/query/index'

const User = defineModel({
  name: 'User',
  hasMany: ['Post'],
  attributes: { name: { type: 'string' } },
} as const)
const Post = defineModel({
  name: 'Post',
  belongsTo: ['User'],
  attributes: { userId: { type: 'string', required: true }, title: { type: 'string' } },
} as const)
const Comment = defineModel({
  name: 'Comment',
  belongsTo: [{ model: 'User', foreignKey: 'authorId', relationName: 'author' }],
  attributes: { authorId: { type: 'string', required: true }, body: { type: 'string' } },
} as const)
const Project = defineModel({
  name: 'Project',
  keys: { pk: 'ORG#{orgId}', sk: 'PROJECT#{id}' },
  attributes: { orgId: { type: 'string', required: true }, name: { type: 'string' } },
} as const)
const Task = defineModel({
  name: 'Task',
  keys: { pk: 'ORG#{orgId}', sk: 'PROJECT#{projectId}#TASK#{id}' },
  attributes: {
    orgId: { type: 'string', required: true },
    projectId: { type: 'string', required: true },
  },
} as const)
const Event = defineModel({
  name: 'Event',
  traits: { useTimestamps: { format: 'unix' } },
  attributes: { kind: { type: 'string' }, score: { type: 'number' } },
} as const)

const fail = () => Promise.reject(new Error('no requests in unit tests'))
const ctx: QueryContext = {
  design: deriveDesign([User, Post, Comment, Project, Task, Event], { tableName: 'guard-unit' }),
  tableName: 'guard-unit',
  doc: { query: fail, scan: fail, get: fail },
  options: {},
  hydrate: (_entity, item) => item,
}

describe('entity types in shared partitions', () => {
  it('keeps the sort-key prefix when another type shares the GSI partition', () => {
    const posts = createQueryBuilder<typeof Post>(ctx, 'Post').where('userId', 'u1').explain()
    const comments = createQueryBuilder<typeof Comment>(ctx, 'Comment').where('authorId', 'u1').explain()
    expect(posts.index).toBe(comments.index)
    expect(posts.keyCondition).toMatch(/begins_with\(gsi\dsk, "POST#"\)/)
    expect(comments.keyCondition).toMatch(/begins_with\(gsi\dsk, "COMMENT#"\)/)
    expect(posts.entityTypeFilter).toBe(false)
    expect(comments.entityTypeFilter).toBe(false)
  })

  it('adds an entity-type filter where a prefix also matches deeper items', () => {
    const projects = createQueryBuilder<typeof Project>(ctx, 'Project').where('orgId', 'o1').explain()
    expect(projects.keyCondition).toBe('pk = "ORG#o1" AND begins_with(sk, "PROJECT#")')
    expect(projects.entityTypeFilter).toBe(true)
    expect(projects.filter).toBe('_et = "Project"')
  })

  it('needs no filter once the full key is known', () => {
    const one = createQueryBuilder<typeof Project>(ctx, 'Project').where({ orgId: 'o1', id: 'p1' }).explain()
    expect(one.keyCondition).toBe('pk = "ORG#o1" AND sk = "PROJECT#p1"')
    expect(one.filter).toBeNull()
  })

  it('narrows children of one parent with a rendered prefix', () => {
    const tasks = createQueryBuilder<typeof Task>(ctx, 'Task')
      .where({ orgId: 'o1', projectId: 'p1' })
      .explain()
    expect(tasks.keyCondition).toBe('pk = "ORG#o1" AND begins_with(sk, "PROJECT#p1#TASK#")')
    expect(tasks.entityTypeFilter).toBe(false)
  })

  it('escapes the delimiter inside key values', () => {
    const tasks = createQueryBuilder<typeof Task>(ctx, 'Task')
      .where({ orgId: 'a#b', projectId: 'p1' })
      .explain()
    expect(tasks.keyCondition).toContain('pk = "ORG#a\\\\#b"')
  })
})

describe('epoch timestamps', () => {
  const events = () => createQueryBuilder<typeof Event>(ctx, 'Event')

  it('compares whereDate as a numeric range, never as key text', () => {
    const explained = events().whereDate('createdAt', '2024-03-05').explain()
    const start = Date.UTC(2024, 2, 5) / 1000
    expect(explained.keyCondition).toBe('gsi1pk = "EVENT"')
    expect(explained.filter).toBe(`createdAt BETWEEN ${start} AND ${start + 86_399}`)
  })

  it('converts Date values to epoch seconds in filters', () => {
    const at = new Date('2024-01-01T00:00:00Z')
    expect(
      events()
        .where('createdAt', '>', at as never)
        .explain().filter,
    ).toBe(`createdAt > ${at.getTime() / 1000}`)
  })

  it('refuses a month without a year on epoch timestamps', () => {
    expect(() => events().whereMonth('createdAt', 3)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    )
  })
})

describe('edge values', () => {
  it('an empty whereIn matches nothing, an empty whereNotIn everything', () => {
    expect(createQueryBuilder<typeof User>(ctx, 'User').whereIn('name', []).explain().filter).toBe(
      'attribute_not_exists(pk)',
    )
    expect(createQueryBuilder<typeof User>(ctx, 'User').whereNotIn('name', []).explain().filter).toBe(
      'attribute_exists(pk)',
    )
  })

  it('rejects undefined values and unknown operators with INVALID_WHERE', () => {
    const users = createQueryBuilder<typeof User>(ctx, 'User')
    expect(() => users.where('name', undefined as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_WHERE' }),
    )
    expect(() => users.where('name', 'like' as never, 'x')).toThrow(/unknown operator/)
    expect(() => users.whereDate('name', 'not-a-date')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    )
  })

  it('estimates reads from what the key condition allows', () => {
    const users = createQueryBuilder<typeof User>(ctx, 'User')
    expect(users.where('id', 'u1').explain().estimate).toMatchObject({ items: 1, rcu: 0.5 })
    expect(users.limit(10).explain().estimate).toMatchObject({ items: 10, pages: 1, rcu: 1.5 })
    expect(users.where('name', 'x').maxPages(2).explain().estimate).toMatchObject({ pages: 2, rcu: 256 })
    expect(users.where('name', 'x').explain().estimate.basis).toContain('does not reduce cost')
  })
})
