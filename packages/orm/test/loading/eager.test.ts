import { createRequestCounter, type Middleware } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, DEFAULT_CONCURRENCY, insertMany, type ModelBase } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { models, SIZES } from './fixtures'

/** Highest number of requests in flight at once (attempts, between onRequest and onResponse). */
function inFlightMeter(): Middleware & { max: number; reset(): void } {
  let current = 0
  const meter = {
    name: 'in-flight',
    max: 0,
    onRequest() {
      current += 1
      meter.max = Math.max(meter.max, current)
    },
    onResponse() {
      current -= 1
    },
    reset() {
      meter.max = 0
    },
  }
  return meter
}

const counter = createRequestCounter()
const meter = inFlightMeter()
const orm = createOrm({
  models,
  client: localClient([counter, meter]),
  design: { tableName: uniqueTableName('orm-eager') },
  setDefault: false,
})
const User = orm.model('User')
const Post = orm.model('Post')
const Role = orm.model('Role')
const Comment = orm.model('Comment')
const Profile = orm.model('Profile')

const userId = (n: number, i: number) => `n${n}-u${String(i).padStart(3, '0')}`

beforeAll(async () => {
  await orm.createTable()
  const users: Array<{ id: string; name: string; teamId: string }> = []
  const posts: Array<{ id: string; title: string; userId: string; rank: number; topicId?: string }> = []
  const comments: Array<{ id: string; postId: string; body: string }> = []
  for (const n of SIZES) {
    for (let i = 0; i < n; i++) {
      const id = userId(n, i)
      users.push({ id, name: `user ${id}`, teamId: `n${n}` })
      for (const rank of [1, 2]) {
        const postId = `${id}-p${rank}`
        posts.push({
          id: postId,
          title: `post ${postId}`,
          userId: id,
          rank,
          ...(rank === 1 ? { topicId: `n${n}` } : {}),
        })
        // Comments only where the nested test reads them (N = 1 and 50).
        if (n < 250) comments.push({ id: `${postId}-c`, postId, body: `on ${postId}` })
      }
    }
  }
  await orm.model('Team').create({ id: 'n1', name: 'one' })
  await insertMany(User, users)
  await insertMany(Post, posts)
  await insertMany(Comment, comments)
  await insertMany(
    Profile,
    Array.from({ length: 25 }, (_, i) => ({ id: `pr${i}`, userId: userId(50, i * 2), bio: 'even' })),
  )
  for (const id of ['admin', 'editor']) await Role.create({ id, name: id })
}, 120_000)

afterAll(() => orm.dropTable())

function reset() {
  counter.reset()
  meter.reset()
}

describe.each(SIZES)('eager loading %i parents', (n) => {
  it(`belongsTo: one Query for the posts, then ceil(${n} distinct users / 100) batch reads`, async () => {
    reset()
    const posts = await Post.query().where('topicId', `n${n}`).with('user').get()
    expect(posts.count()).toBe(n)
    if (n === 1) expect(counter.counts).toEqual({ Query: 1, GetItem: 1 })
    else expect(counter.counts).toEqual({ Query: 1, BatchGetItem: Math.ceil(n / 100) })
    for (const post of posts) {
      const owner = post.getRelation('user') as ModelBase
      expect(owner.getAttribute('id')).toBe(post.userId)
    }
  })

  it(`hasMany: one Query per user (${n}), at most ${DEFAULT_CONCURRENCY} in flight`, async () => {
    reset()
    const users = await User.query().where('teamId', `n${n}`).with('posts').get()
    expect(users.count()).toBe(n)
    expect(counter.counts).toEqual({ Query: 1 + n })
    expect(meter.max).toBeLessThanOrEqual(DEFAULT_CONCURRENCY)
    for (const user of users) {
      const posts = user.getRelation('posts') as ModelBase[]
      expect(posts.map((post) => post.getAttribute('userId'))).toEqual([user.id, user.id])
    }
  })

  it('belongsTo the same parent for every child reads it once', async () => {
    reset()
    const users = await User.query().where('teamId', `n${n}`).with('team').get()
    expect(counter.count('GetItem') + counter.count('BatchGetItem')).toBe(1)
    const teams = new Set([...users].map((user) => user.getRelation('team')))
    expect(teams.size).toBe(1)
  })
})

// The nested case sends 1 + 3N Queries; N = 250 adds 750 requests (~14 s on DynamoDB Local) and
// proves nothing N = 50 does not.
describe.each([1, 50])('nested eager loading for %i users', (n) => {
  it(`nested posts.comments: 1 + ${n} + ${2 * n} Queries (comments live in each post's collection)`, async () => {
    reset()
    const users = await User.query().where('teamId', `n${n}`).with('posts.comments').get()
    expect(counter.counts).toEqual({ Query: 1 + n + 2 * n })
    for (const user of users)
      for (const post of user.getRelation('posts') as ModelBase[]) {
        const comments = post.getRelation('comments') as ModelBase[]
        expect(comments.map((comment) => comment.getAttribute('body'))).toEqual([
          `on ${post.getAttribute('id')}`,
        ])
      }
  })
})

describe('constraints, counts and existence', () => {
  it('constrained with() applies the constraint to every relation query', async () => {
    reset()
    const users = await User.query()
      .where('teamId', 'n50')
      .with({ posts: (q) => q.where('rank', 2).limit(1) })
      .get()
    expect(counter.counts).toEqual({ Query: 51 })
    for (const user of users) {
      const posts = user.getRelation('posts') as ModelBase[]
      expect(posts.map((post) => post.getAttribute('rank'))).toEqual([2])
    }
  })

  it('withCount sets <relation>Count with one COUNT Query per parent', async () => {
    reset()
    const users = await User.query().where('teamId', 'n50').withCount('posts').get()
    expect(counter.counts).toEqual({ Query: 51 })
    expect([...users].every((user) => user.getRelation('postsCount') === 2)).toBe(true)
  })

  it('has / doesntHave / whereHas keep the right parents', async () => {
    const withProfile = await User.query().where('teamId', 'n50').has('profile').get()
    expect(withProfile.count()).toBe(25)
    expect([...withProfile].every((user) => Number(String(user.id).slice(-3)) % 2 === 0)).toBe(true)
    const without = await User.query().where('teamId', 'n50').doesntHave('profile').get()
    expect(without.count()).toBe(25)
    const none = await User.query()
      .where('teamId', 'n50')
      .whereHas('posts', (q) => q.where('rank', 3))
      .get()
    expect(none.count()).toBe(0)
    const first = await User.query().where('teamId', 'n50').has('profile').with('profile').first()
    expect((first!.getRelation('profile') as ModelBase).getAttribute('bio')).toBe('even')
  })

  it('belongsToMany for many parents: one edge Query each, related models read once in a batch', async () => {
    const users = await User.query().where('teamId', 'n50').get()
    for (const user of [...users].slice(0, 10))
      await user.relation('roles').attach(['admin', 'editor'], { level: 1 })
    reset()
    const loaded = await User.query().where('teamId', 'n50').with('roles').get()
    expect(counter.counts).toEqual({ Query: 51, BatchGetItem: 1 })
    const withRoles = [...loaded].filter((user) => (user.getRelation('roles') as ModelBase[]).length === 2)
    expect(withRoles).toHaveLength(10)
  })

  it('load() on one model eager loads nested relations', async () => {
    const user = (await User.find(userId(1, 0)))!
    reset()
    await user.load('posts.comments', 'team')
    expect(counter.counts).toEqual({ Query: 3, GetItem: 1 })
    expect(user.relationLoaded('posts')).toBe(true)
    expect((user.getRelation('team') as ModelBase).getAttribute('name')).toBe('one')
  })
})
