import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  defineFactory,
  FactoryCountError,
  FactoryValidationError,
  UniqueValuesExhaustedError,
  UnknownFactoryStateError,
} from '../../src/index'
import { requestRecorder } from '../support'
import { factoryOrm } from './models'

const recorder = requestRecorder()
const { orm, Team, User, Post, Role } = factoryOrm('factory', [recorder])

beforeAll(async () => {
  await orm.createTable()
})
afterAll(async () => {
  await orm.dropTable()
})

describe('default factory from attribute types and validation rules', () => {
  it('makes valid users without writing anything', async () => {
    const users = await User.factory().count(20).seed(1).make()
    expect(users).toHaveLength(20)
    for (const user of users) {
      expect(user.exists).toBe(false)
      expect(user.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/)
      expect(user.name!.length).toBeGreaterThanOrEqual(2)
      expect(user.name!.length).toBeLessThanOrEqual(40)
      expect(['admin', 'editor', 'viewer']).toContain(user.role)
      expect(user.age).toBeGreaterThanOrEqual(18)
      expect(user.age).toBeLessThanOrEqual(99)
      expect(Number.isInteger(user.age)).toBe(true)
      expect(() => new URL(user.website!)).not.toThrow()
      expect(user.birthday).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(user.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(new Set(users.map((user) => user.email)).size).toBe(20)
    expect(await User.query().count()).toBe(0)
  })

  it('gives byte-identical rows, ids and timestamps for the same seed', async () => {
    const first = await User.factory().count(5).seed(42).raw()
    const second = await User.factory().count(5).seed(42).raw()
    const other = await User.factory().count(5).seed(43).raw()
    expect(JSON.stringify(second)).toBe(JSON.stringify(first))
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(first))
    expect(first[0]!.createdAt).toBe('2025-01-01T00:00:00.000Z')
    expect(first[1]!.createdAt).toBe('2025-01-01T00:00:01.000Z')
  })
})

describe('defineFactory, states, sequences, overrides and hooks', () => {
  defineFactory(
    Post,
    ({ faker, sequence }) => ({
      title: `Post ${sequence}: ${faker.lorem.words(2)}`,
      status: 'draft' as const,
    }),
    { states: { published: { status: 'published' } } },
  )

  it('uses the definition, named and inline states, sequence steps and overrides in that order', async () => {
    const posts = await Post.factory()
      .count(4)
      .seed(7)
      .state('published')
      .sequence({ title: 'First title' }, ({ index }) => ({ title: `Step ${index}` }))
      .make({ userId: 'u1' })
    expect(posts.map((post) => post.title)).toEqual(['First title', 'Step 1', 'First title', 'Step 3'])
    expect(posts.every((post) => post.status === 'published' && post.userId === 'u1')).toBe(true)
  })

  it('refuses a count that is not a whole number >= 0', () => {
    expect(() => Post.factory().count(-1)).toThrow(FactoryCountError)
    expect(() => Post.factory().count(1.5)).toThrow(/count must be a whole number/)
  })

  it('refuses an unknown state with a typed error naming the defined ones', async () => {
    const error = await Post.factory()
      .state('archived')
      .make()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnknownFactoryStateError)
    expect((error as UnknownFactoryStateError).code).toBe('FACTORY_UNKNOWN_STATE')
    expect((error as UnknownFactoryStateError).hint).toContain('published')
  })

  it('runs afterMaking on made models and afterCreating on stored ones', async () => {
    const seen: string[] = []
    const posts = await Post.factory()
      .count(2)
      .afterMaking((post) => void seen.push(`made:${post.exists}`))
      .afterCreating((post) => void seen.push(`created:${post.exists}`))
      .create()
    expect(seen).toEqual(['made:false', 'made:false', 'created:true', 'created:true'])
    expect(await Post.find(posts[0]!.id!)).not.toBeNull()
  })
})

describe('validation and unique values', () => {
  it('fails before writing when a factory makes invalid data, naming model, field, rule and value', async () => {
    const error = await User.factory()
      .count(3)
      .create({ email: 'not-an-email' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(FactoryValidationError)
    const invalid = error as FactoryValidationError
    expect(invalid.code).toBe('FACTORY_INVALID_DATA')
    expect([invalid.model, invalid.field, invalid.rule, invalid.value]).toEqual([
      'User',
      'email',
      'email',
      'not-an-email',
    ])
    expect(await User.query().count()).toBe(0)
  })

  it('retries unique values, then throws when the value space is exhausted', async () => {
    defineFactory(Role, ({ faker }) => ({ name: faker.helpers.arrayElement(['admin', 'editor', 'viewer']) }))
    const three = await Role.factory().count(3).seed(3).make()
    expect(new Set(three.map((role) => role.name))).toEqual(new Set(['admin', 'editor', 'viewer']))
    const error = await Role.factory()
      .count(4)
      .seed(3)
      .make()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UniqueValuesExhaustedError)
    expect((error as UniqueValuesExhaustedError).field).toBe('name')
  })

  it('writes unique attributes with their guard items (transactions)', async () => {
    const users = await User.factory().count(3).create()
    for (const user of users) {
      const guard = await orm.rawGet({
        Key: { pk: `UNIQUE#User#email#${user.email}`, sk: `UNIQUE#User#email#${user.email}` },
      })
      expect(guard.Item).toBeDefined()
    }
  })
})

describe('relations', () => {
  it('has(): children per parent with the foreign key set', async () => {
    const users = await User.factory().count(2).has(Post.factory().count(3)).create()
    for (const user of users) {
      const posts = await user.posts().get()
      expect(posts).toHaveLength(3)
    }
  })

  it('for(): one parent made for every row, or a stored parent', async () => {
    const posts = await Post.factory().count(3).for(User.factory()).create()
    expect(new Set(posts.map((post) => post.userId)).size).toBe(1)
    expect(await User.find(posts[0]!.userId!)).not.toBeNull()
    const team = await Team.factory().createOne()
    const members = await User.factory().count(2).for(team).create()
    expect(members.every((user) => user.teamId === team.id)).toBe(true)
  })

  it('hasAttached(): related models attached with pivot attributes', async () => {
    defineFactory(Role, ({ faker, sequence }) => ({ name: `${faker.word.noun()}-${sequence}` }))
    const grantedAt = new Date('2024-05-01T00:00:00.000Z')
    const [user] = await User.factory().hasAttached(Role.factory().count(2), { grantedAt }).create()
    const roles = await user!.relation('roles').get()
    expect(roles).toHaveLength(2)
    expect(roles.all().map((role) => role.pivotAttributes()?.grantedAt)).toEqual([
      grantedAt.toISOString(),
      grantedAt.toISOString(),
    ])
  })

  it('recycle(): belongsTo keys and for() reuse the given models instead of making new ones', async () => {
    const teams = await Team.factory().count(2).create()
    const before = await Team.query().count()
    const users = await User.factory().count(6).recycle(teams).create()
    const ids = new Set(teams.map((team) => team.id))
    expect(users.every((user) => ids.has(user.teamId!))).toBe(true)
    const more = await User.factory().count(2).for(Team.factory()).recycle(teams).create()
    expect(more.every((user) => ids.has(user.teamId!))).toBe(true)
    expect(await Team.query().count()).toBe(before)
  })
})

describe('what a factory sends', () => {
  it('make() sends nothing; create() batches 25 puts per BatchWriteItem; unique attributes go through TransactWriteItems', async () => {
    recorder.clear()
    await Post.factory().count(30).make()
    expect(recorder.ops()).toEqual([])
    await Post.factory().count(30).create()
    expect(recorder.ops()).toEqual(['BatchWriteItem', 'BatchWriteItem'])
    const sizes = recorder.requests.map(
      (request) =>
        Object.values((request.input as { RequestItems: Record<string, unknown[]> }).RequestItems)[0]!.length,
    )
    expect(sizes.sort()).toEqual([25, 5])
    recorder.clear()
    await User.factory().count(3).create()
    expect(recorder.ops()).toEqual(['TransactWriteItems'])
    const actions = (recorder.requests[0]!.input as { TransactItems: unknown[] }).TransactItems
    expect(actions).toHaveLength(6) // each user with its email guard item
  })
})
