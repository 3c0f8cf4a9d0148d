import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BelongsToMany,
  createOrm,
  HasOneQuery,
  isRelationNameConflictError,
  Model,
  type ModelBase,
  RelationNameConflictError,
} from '../../src/index'
import { localClient, requestRecorder, uniqueTableName } from '../support'
import { Comment, models, Post, Profile, Role, Team, User } from './fixtures'

const counter = createRequestCounter()
const recorder = requestRecorder()
const orm = createOrm({
  models,
  client: localClient([counter, recorder]),
  design: { tableName: uniqueTableName('orm-named-relations') },
  setDefault: false,
})
const Users = Model(User, orm)
const Posts = Model(Post, orm)

let ada: InstanceType<typeof Users>
let bob: InstanceType<typeof Users>
let adaPost: InstanceType<typeof Posts>

beforeAll(async () => {
  await orm.createTable()
  await orm.model('Team').create({ id: 'core', name: 'Core' })
  ada = await Users.create({ name: 'Ada', teamId: 'core' })
  bob = await Users.create({ name: 'Bob' })
  for (const rank of [1, 2, 3]) adaPost = await Posts.create({ title: `ada ${rank}`, userId: ada.id, rank })
  await orm.model('Profile').create({ userId: ada.id, bio: 'math' })
}, 60_000)

afterAll(() => orm.dropTable())

function reset() {
  counter.reset()
  recorder.clear()
}

const name = (model: ModelBase | null) => model?.getAttribute('name') ?? null

describe('named relation accessors', () => {
  it('user.posts() is the hasMany query: one Query, chainable', async () => {
    reset()
    expect((await ada.posts().get()).count()).toBe(3)
    expect(counter.counts).toEqual({ Query: 1 })
    const top = await ada.posts().where('rank', '>=', 2).get()
    expect([...top].map((post) => post.getAttribute('title')).sort()).toEqual(['ada 2', 'ada 3'])
  })

  it('await post.user() is one GetItem for the parent; get() is the same read', async () => {
    reset()
    expect(name(await adaPost.user())).toBe('Ada')
    expect(counter.counts).toEqual({ GetItem: 1 })
    reset()
    expect(name(await adaPost.user().get())).toBe('Ada')
    expect(counter.counts).toEqual({ GetItem: 1 })
  })

  it('await user.team() is null without a request when the foreign key is empty', async () => {
    reset()
    expect(await bob.team()).toBeNull()
    expect(counter.count()).toBe(0)
    expect(name(await ada.team())).toBe('Core')
  })

  it('await user.profile() is one Query with Limit 1; null when there is none', async () => {
    reset()
    const profile = await ada.profile()
    expect(profile?.getAttribute('bio')).toBe('math')
    expect(counter.counts).toEqual({ Query: 1 })
    expect(recorder.requests[0]?.input).toMatchObject({ Limit: 1 })
    reset()
    expect(await bob.profile()).toBeNull()
    expect(counter.counts).toEqual({ Query: 1 })
  })

  it('the hasOne accessor stays awaitable through where() and is a query builder', async () => {
    const query = ada.profile()
    expect(query).toBeInstanceOf(HasOneQuery)
    expect(query.explain().operation).toBe('Query')
    expect(await query.where('bio', 'math')).not.toBeNull()
    expect(await query.where('bio', 'poetry')).toBeNull()
  })

  it('awaiting does not mark the relation loaded (related() and load() do)', async () => {
    const post = (await Posts.find(adaPost.id))!
    await post.user()
    expect(post.relationLoaded('user')).toBe(false)
  })

  it('user.roles() is the belongsToMany edge API', () => {
    expect(ada.roles()).toBeInstanceOf(BelongsToMany)
  })

  it('each class gets only its own relations', () => {
    expect(typeof (adaPost as unknown as Record<string, unknown>).comments).toBe('function')
    expect('posts' in adaPost).toBe(false)
    expect('comments' in ada).toBe(false)
  })

  it('list accessors are not thenable (read them with get())', () => {
    const posts = ada.posts()
    expect('then' in posts).toBe(false)
  })
})

describe('builder relation methods on first()', () => {
  it('checks existence filters on every row read, then loads relations onto the first match only', async () => {
    reset()
    const found = await Users.query().forceScan().whereHas('posts').with('profile', 'team').first()
    expect(found?.name).toBe('Ada')
    expect(found?.relationLoaded('profile')).toBe(true)
    // One Scan, one Limit-1 Query per user for the filter, then one Query (profile) and one GetItem (team).
    expect(counter.counts).toEqual({ Scan: 1, Query: 3, GetItem: 1 })
  })

  it('firstOrFail() throws when the filters keep nothing', async () => {
    const query = Users.query().forceScan().doesntHave('posts').has('profile')
    await expect(query.firstOrFail()).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' })
  })
})

describe('relation names that clash', () => {
  const clash = (definition: Parameters<typeof defineModel>[0]) => () => Model(defineModel(definition))

  it('a relation named like an attribute fails when the class is made', () => {
    const make = clash({ name: 'Account', attributes: { team: { type: 'string' } }, belongsTo: ['Team'] })
    expect(make).toThrow(RelationNameConflictError)
    try {
      make()
    } catch (error) {
      expect(isRelationNameConflictError(error)).toBe(true)
      expect(error).toMatchObject({
        code: 'RELATION_NAME_CONFLICT',
        relation: 'team',
        conflictsWith: 'attribute',
      })
      expect((error as RelationNameConflictError).hint).toContain('relationName')
    }
  })

  it('trait fields and foreign keys count as attributes', () => {
    const make = clash({
      name: 'Note',
      traits: { useTimestamps: true },
      hasOne: [{ model: 'Profile', relationName: 'createdAt' }],
    })
    expect(make).toThrow(/relation 'createdAt' has the name of an attribute/)
  })

  it('a relation named like a model method fails too', () => {
    const make = clash({ name: 'Draft', hasMany: [{ model: 'Post', relationName: 'save' }] })
    expect(make).toThrow(expect.objectContaining({ code: 'RELATION_NAME_CONFLICT', conflictsWith: 'method' }))
  })

  it('a plain definition passed to createOrm is checked there', () => {
    const Account = defineModel({
      name: 'Account',
      attributes: { user: { type: 'string' } },
      belongsTo: ['User'],
    })
    const build = () =>
      createOrm({ models: [Team, User, Profile, Post, Comment, Role, Account], setDefault: false })
    expect(build).toThrow(RelationNameConflictError)
  })
})
