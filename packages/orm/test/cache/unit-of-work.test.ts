import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, currentUnitOfWork, type ModelBase, unitOfWork } from '../../src/index'
import { models } from '../relations/fixtures'
import { localClient, uniqueTableName } from '../support'

const counter = createRequestCounter()
const orm = createOrm({
  models,
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-unit-of-work') },
  setDefault: false,
})
const Team = orm.model('Team')
const User = orm.model('User')
const Post = orm.model('Post')

let posts: Array<InstanceType<typeof Post>> = []

beforeAll(async () => {
  await orm.createTable()
  await Team.create({ id: 'core', name: 'Core' })
  const ada = await User.create({ name: 'Ada', teamId: 'core' })
  const bob = await User.create({ name: 'Bob', teamId: 'core' })
  for (const author of [ada, bob, ada, bob]) posts.push(await Post.create({ title: 't', userId: author.id }))
  posts = await Post.findMany(posts.map((post) => post.id))
}, 60_000)

afterAll(() => orm.dropTable())

describe('relationship cache scoped to a unit of work', () => {
  it('outside a unit every load reads again', async () => {
    counter.reset()
    await posts[0]!.related('user')
    await posts[2]!.related('user')
    expect(counter.count('GetItem')).toBe(2)
    expect(currentUnitOfWork()).toBeUndefined()
  })

  it('inside a unit the same parent is fetched once, across separate loads and batches', async () => {
    counter.reset()
    const stats = await unitOfWork(async (unit) => {
      await posts[0]!.related('user')
      await posts[2]!.related('user')
      await Post.query()
        .where('userId', posts[1]!.userId ?? null)
        .with('user')
        .get()
      await Promise.all(posts.map((post) => post.load('user')))
      await unitOfWork(async (inner) => expect(inner).toBe(unit))
      return unit.stats
    })
    // GetItem for Ada once, GetItem for Bob once (the Query for Bob's posts is the third request).
    expect(counter.counts).toEqual({ GetItem: 2, Query: 1 })
    expect(stats.misses).toBe(2)
    expect(stats.hits).toBeGreaterThanOrEqual(5)
  })

  it('a write through the ORM inside the unit empties the cache: no stale parent afterwards', async () => {
    await unitOfWork(async (unit) => {
      const user = (await posts[0]!.related('user')) as ModelBase
      expect(user.getAttribute('name')).toBe('Ada')
      await user.update({ name: 'Ada L.' })
      expect(unit.stats.invalidations).toBe(1)
      counter.reset()
      const again = (await posts[2]!.related('user')) as ModelBase
      expect(counter.count('GetItem')).toBe(1)
      expect(again.getAttribute('name')).toBe('Ada L.')
    })
  })

  it('separate units do not share entries', async () => {
    counter.reset()
    await unitOfWork(() => posts[0]!.related('user'))
    await unitOfWork(() => posts[2]!.related('user'))
    expect(counter.count('GetItem')).toBe(2)
  })
})
