import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, findWithRelations, insertMany, type ModelBase, mapLimited } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { SIZES } from './fixtures'

/**
 * A post and everything kept in its item collection (`POST#<id>`), sorted by sort key:
 * ATTACHMENT# < BADGE# < COMMENT# (replies under COMMENT#<id>#REPLY#) < POST#<id> < VOTE#.
 */
const Post = defineModel({
  name: 'Post',
  traits: { useSoftDeletes: true },
  attributes: { title: { type: 'string', fillable: true }, group: { type: 'string', fillable: true } },
  indexes: [{ name: 'byGroup', columns: ['group'] }],
  hasMany: [
    { model: 'Attachment', collection: true },
    { model: 'Comment', collection: true },
    { model: 'Vote', collection: true },
  ],
  hasOne: [{ model: 'Badge', collection: true }],
} as const)
const Comment = defineModel({
  name: 'Comment',
  traits: { useSoftDeletes: true },
  attributes: { body: { type: 'string', fillable: true }, postId: { type: 'string', fillable: true } },
  hasMany: [{ model: 'Reply', collection: true }],
} as const)
const Reply = defineModel({
  name: 'Reply',
  attributes: {
    body: { type: 'string', fillable: true },
    postId: { type: 'string', fillable: true },
    commentId: { type: 'string', fillable: true },
  },
} as const)
const postKey = { postId: { type: 'string', fillable: true } } as const
const Attachment = defineModel({
  name: 'Attachment',
  attributes: { file: { type: 'string', fillable: true }, ...postKey },
} as const)
const Vote = defineModel({
  name: 'Vote',
  attributes: { value: { type: 'string', fillable: true }, ...postKey },
} as const)
const Badge = defineModel({
  name: 'Badge',
  attributes: { label: { type: 'string', fillable: true }, ...postKey },
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [Post, Comment, Reply, Attachment, Vote, Badge],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-collection-read') },
  setDefault: false,
})
const Posts = orm.model('Post')

const postId = (n: number, i: number) => `n${n}-p${String(i).padStart(3, '0')}`
const bodies = (value: unknown) => (value as ModelBase[]).map((model) => model.getAttribute('body'))

beforeAll(async () => {
  await orm.createTable()
  const posts = [
    { id: 'p1', title: 'first', group: 'solo' },
    { id: 'gone', title: 'deleted', group: 'solo', deletedAt: '2026-01-01T00:00:00.000Z' },
  ]
  const comments = [
    { id: 'c1', postId: 'p1', body: 'one' },
    { id: 'c2', postId: 'p1', body: 'two' },
    { id: 'c3', postId: 'p1', body: 'hidden', deletedAt: '2026-01-01T00:00:00.000Z' },
    { id: 'cg', postId: 'gone', body: 'on a deleted post' },
  ]
  const votes = [{ id: 'v1', postId: 'p1', value: 'up' }]
  for (const n of SIZES) {
    for (let i = 0; i < n; i++) {
      const id = postId(n, i)
      posts.push({ id, title: id, group: `n${n}` })
      comments.push(
        { id: `${id}-c1`, postId: id, body: `${id} a` },
        { id: `${id}-c2`, postId: id, body: `${id} b` },
      )
      votes.push({ id: `${id}-v`, postId: id, value: 'up' })
    }
  }
  await insertMany(Posts, posts)
  await insertMany(orm.model('Comment'), comments)
  await insertMany(orm.model('Vote'), votes)
  await insertMany(orm.model('Reply'), [
    { id: 'r1', postId: 'p1', commentId: 'c1', body: 'reply to one' },
    { id: 'r2', postId: 'p1', commentId: 'c2', body: 'reply to two' },
  ])
  await orm.model('Attachment').create({ id: 'a1', postId: 'p1', file: 'a.pdf' })
  await orm.model('Badge').create({ id: 'b1', postId: 'p1', label: 'gold' })
}, 120_000)

afterAll(() => orm.dropTable())

describe('one Query for a post and the children in its collection', () => {
  it('findWithRelations(Post, id, "comments"): ONE Query instead of a GetItem and a Query', async () => {
    counter.reset()
    const post = (await findWithRelations(Posts, 'p1', 'comments'))!
    expect(counter.counts).toEqual({ Query: 1 })
    expect(post.title).toBe('first')
    expect(bodies(post.getRelation('comments'))).toEqual(['one', 'two'])
    counter.reset()
    await (await Posts.find('p1'))!.load('comments')
    expect(counter.counts).toEqual({ GetItem: 1, Query: 1 })
  })

  it('reads several collection relations with the parent, hasOne as one model', async () => {
    counter.reset()
    const post = (await findWithRelations(Posts, 'p1', ['badge', 'comments', 'votes']))!
    expect(counter.counts).toEqual({ Query: 1 })
    expect((post.getRelation('badge') as ModelBase).getAttribute('label')).toBe('gold')
    expect(bodies(post.getRelation('comments'))).toEqual(['one', 'two'])
    expect((post.getRelation('votes') as ModelBase[]).map((vote) => vote.getAttribute('value'))).toEqual([
      'up',
    ])
  })

  it('loads deeper levels as load() does: replies cost one Query per comment', async () => {
    counter.reset()
    const post = (await findWithRelations(Posts, 'p1', ['comments.replies', 'votes']))!
    expect(counter.counts).toEqual({ Query: 1 + 2 })
    const replies = (post.getRelation('comments') as ModelBase[]).map((comment) =>
      bodies(comment.getRelation('replies')),
    )
    expect(replies).toEqual([['reply to one'], ['reply to two']])
  })

  it('falls back to GetItem + Query when the range would read children nobody asked for', async () => {
    // ATTACHMENT# .. POST#p1 spans the badge and the comments: reading them to save one request costs more.
    counter.reset()
    const post = (await findWithRelations(Posts, 'p1', 'attachments'))!
    expect(counter.counts).toEqual({ GetItem: 1, Query: 1 })
    expect((post.getRelation('attachments') as ModelBase[]).map((a) => a.getAttribute('file'))).toEqual([
      'a.pdf',
    ])
  })

  it('falls back when a with() constraint shapes the relation query', async () => {
    counter.reset()
    const post = (await findWithRelations(Posts, 'p1', { comments: (query) => query.limit(1) }))!
    expect(counter.counts).toEqual({ GetItem: 1, Query: 1 })
    expect(bodies(post.getRelation('comments'))).toEqual(['one'])
  })

  it('resolves null for a missing or soft-deleted parent, unless withTrashed', async () => {
    counter.reset()
    expect(await findWithRelations(Posts, 'nope', 'comments')).toBeNull()
    expect(await findWithRelations(Posts, 'gone', 'comments')).toBeNull()
    expect(counter.counts).toEqual({ Query: 2 })
    const gone = (await findWithRelations(Posts, 'gone', 'comments', { withTrashed: true }))!
    expect(bodies(gone.getRelation('comments'))).toEqual(['on a deleted post'])
  })

  it('load() of two collection relations on a loaded post is one Query', async () => {
    const post = (await Posts.find('p1'))!
    counter.reset()
    await post.load('comments', 'votes')
    expect(counter.counts).toEqual({ Query: 1 })
    expect(bodies(post.getRelation('comments'))).toEqual(['one', 'two'])
  })
})

describe('find(key) on a query: Post.with(...).find(id)', () => {
  it('is the same single Query as findWithRelations', async () => {
    counter.reset()
    const post = (await Posts.with('comments', 'votes').find('p1'))!
    expect(counter.counts).toEqual({ Query: 1 })
    expect(bodies(post.getRelation('comments'))).toEqual(['one', 'two'])
    counter.reset()
    expect(await Posts.query().find('p1')).toMatchObject({ title: 'first' })
    expect(counter.counts).toEqual({ GetItem: 1 })
  })

  it('keeps withCount, has and the soft-delete mode', async () => {
    const counted = (await Posts.withCount('comments').find('p1'))!
    expect(counted.getRelation('commentsCount')).toBe(2)
    expect(await Posts.has('attachments').find('p1')).not.toBeNull()
    expect(await Posts.whereHas('comments', (q) => q.where('body', 'nope')).find('p1')).toBeNull()
    expect(await Posts.with('comments').find('gone')).toBeNull()
    expect(await Posts.query().withTrashed().with('comments').find('gone')).not.toBeNull()
    expect(await Posts.query().onlyTrashed().find('p1')).toBeNull()
  })

  it('adds the key to the query when where() conditions must still hold', async () => {
    counter.reset()
    expect(await Posts.where('title', 'other').with('comments').find('p1')).toBeNull()
    const found = (await Posts.where('title', 'first').with('comments').find('p1'))!
    expect(bodies(found.getRelation('comments'))).toEqual(['one', 'two'])
    expect(counter.counts.GetItem).toBeUndefined()
  })

  it('findOrFail throws ItemNotFoundError with the key', async () => {
    await expect(Posts.with('comments').findOrFail('nope')).rejects.toMatchObject({
      code: 'ITEM_NOT_FOUND',
      key: { key: 'nope' },
    })
  })
})

describe.each(SIZES)('collection relations of %i posts', (n) => {
  it(`with('comments', 'votes'): 1 + ${n} Queries (one per post for both relations)`, async () => {
    counter.reset()
    const posts = await Posts.query().where('group', `n${n}`).with('comments', 'votes').get()
    expect(posts.count()).toBe(n)
    expect(counter.counts).toEqual({ Query: 1 + n })
    for (const post of posts) {
      expect(bodies(post.getRelation('comments'))).toEqual([`${post.id} a`, `${post.id} b`])
      expect((post.getRelation('votes') as ModelBase[]).map((vote) => vote.getAttribute('id'))).toEqual([
        `${post.id}-v`,
      ])
    }
  })

  it(`with('comments'): 1 + ${n} Queries, no GetItem and no extra Query`, async () => {
    counter.reset()
    const posts = await Posts.query().where('group', `n${n}`).with('comments').get()
    expect(counter.counts).toEqual({ Query: 1 + n })
    expect([...posts].every((post) => (post.getRelation('comments') as ModelBase[]).length === 2)).toBe(true)
  })
})

// One find per post is linear in N: N = 250 would add 250 requests and prove nothing N = 50 does not.
describe.each([1, 50] as const)('finding %i posts one by one', (n) => {
  it(`findWithRelations for each of ${n} posts: ${n} Queries in all`, async () => {
    const ids = Array.from({ length: n }, (_, i) => postId(n, i))
    counter.reset()
    const posts = await mapLimited(ids, 8, (id) => findWithRelations(Posts, id, 'comments'))
    expect(counter.counts).toEqual({ Query: n })
    expect(posts.map((post) => (post!.getRelation('comments') as ModelBase[]).length)).toEqual(
      ids.map(() => 2),
    )
  })
})
