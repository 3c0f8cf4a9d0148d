import { createRequestCounter } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BelongsToMany, createOrm, isRelationError, type ModelBase, pivotOf } from '../../src/index'
import { localClient, uniqueTableName } from '../support'
import { models } from './fixtures'

const counter = createRequestCounter()
const orm = createOrm({
  models,
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-relations') },
  setDefault: false,
})
const Team = orm.model('Team')
const User = orm.model('User')
const Post = orm.model('Post')
const Comment = orm.model('Comment')
const Profile = orm.model('Profile')
const Role = orm.model('Role')

let ada: InstanceType<typeof User>
let bob: InstanceType<typeof User>

beforeAll(async () => {
  await orm.createTable()
  await Team.create({ id: 'core', name: 'Core' })
  ada = await User.create({ name: 'Ada', teamId: 'core' })
  bob = await User.create({ name: 'Bob', teamId: 'core' })
  await User.create({ name: 'Cy' })
  for (const rank of [1, 2, 3]) await Post.create({ title: `ada ${rank}`, userId: ada.id, rank })
  await Post.create({ title: 'bob 1', userId: bob.id, rank: 1 })
  await Profile.create({ userId: ada.id, bio: 'math' })
  for (const id of ['admin', 'editor', 'viewer']) await Role.create({ id, name: id })
}, 60_000)

afterAll(() => orm.dropTable())

const ids = (rows: Iterable<ModelBase>) => [...rows].map((row) => String(row.getAttribute('id'))).sort()

describe('hasMany / hasOne / belongsTo', () => {
  it('user.relation("posts") is a query builder limited to the user: one Query on the index, chainable', async () => {
    const query = ada.relation('posts')
    expect(query.explain().operation).toBe('Query')
    counter.reset()
    const posts = await query.get()
    expect(counter.counts).toEqual({ Query: 1 })
    expect(posts.count()).toBe(3)
    const top = await ada.relation('posts').where('rank', '>=', 2).get()
    expect([...top].map((post) => post.getAttribute('title')).sort()).toEqual(['ada 2', 'ada 3'])
  })

  it('named relation methods exist on instances (user.posts())', async () => {
    const named = (ada as unknown as { posts(): ReturnType<typeof ada.relation<'posts'>> }).posts()
    expect((await named.get()).count()).toBe(3)
  })

  it('belongsTo loads with one GetItem and hasOne with one Query', async () => {
    const post = (await Post.query().where('userId', bob.id).first())!
    counter.reset()
    const owner = (await post.related('user')) as ModelBase
    expect(counter.counts).toEqual({ GetItem: 1 })
    expect(owner.getAttribute('name')).toBe('Bob')
    expect(post.getRelation('user')).toBe(owner)
    counter.reset()
    const profile = (await ada.related('profile')) as ModelBase
    expect(counter.counts).toEqual({ Query: 1 })
    expect(profile.getAttribute('bio')).toBe('math')
    expect(await bob.related('profile')).toBeNull()
  })

  it('a belongsTo without a foreign key value reads nothing', async () => {
    const cy = (await User.query().where('name', 'Cy').forceScan().first())!
    counter.reset()
    expect(await cy.related('team')).toBeNull()
    expect(counter.count()).toBe(0)
  })

  it('the inverse hasMany reads users of a team through the GSI', async () => {
    const team = (await Team.find('core'))!
    counter.reset()
    const members = (await team.related('users')) as ModelBase[]
    expect(counter.counts).toEqual({ Query: 1 })
    expect(ids(members)).toEqual([ada.id, bob.id].sort())
  })

  it('children in the parent item collection are one Query on the table', async () => {
    const post = (await Post.query().where('userId', bob.id).first())!
    await Comment.create({ postId: post.id, body: 'first' })
    await Comment.create({ postId: post.id, body: 'second' })
    counter.reset()
    const comments = (await post.related('comments')) as ModelBase[]
    expect(counter.counts).toEqual({ Query: 1 })
    expect(comments.map((c) => c.getAttribute('body')).sort()).toEqual(['first', 'second'])
    const back = (await comments[0]!.related('post')) as ModelBase
    expect(back.getAttribute('id')).toBe(post.id)
  })

  it('a with() constraint on a relation read by key is an error, not silently ignored', async () => {
    await expect(
      Post.query()
        .where('userId', bob.id)
        .with({ user: (q) => q.limit(1) })
        .get(),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_CONSTRAINT' })
  })

  it('unknown relations are typed errors with a hint', () => {
    try {
      ada.relation('nope' as 'posts')
      expect.unreachable()
    } catch (error) {
      expect(isRelationError(error)).toBe(true)
      expect((error as { code: string }).code).toBe('UNKNOWN_RELATION')
      expect((error as { hint: string }).hint).toContain('posts')
    }
  })
})

describe('belongsToMany through edge items', () => {
  const rolesOf = (user: typeof ada): BelongsToMany => user.relation('roles')

  it('attach writes edges with pivot attributes; both directions read them', async () => {
    counter.reset()
    await rolesOf(ada).attach({ admin: { level: 3 }, editor: { level: 1 } }, { grantedBy: 'root' })
    expect(counter.counts).toEqual({ BatchWriteItem: 1 })
    counter.reset()
    const roles = await rolesOf(ada).get()
    expect(counter.counts).toEqual({ Query: 1, BatchGetItem: 1 })
    expect(ids(roles)).toEqual(['admin', 'editor'])
    const admin = roles.first((role) => role.getAttribute('id') === 'admin')!
    expect(pivotOf(admin)).toMatchObject({ level: 3, grantedBy: 'root', roleId: 'admin', userId: ada.id })
    expect(admin.pivotAttributes()).toEqual(pivotOf(admin))
    const adminRole = (await Role.find('admin'))!
    counter.reset()
    const users = (await adminRole.related('users')) as ModelBase[]
    expect(counter.counts).toEqual({ Query: 1, GetItem: 1 })
    expect(ids(users)).toEqual([ada.id])
  })

  it('updateExistingPivot changes an edge, and fails for an edge that does not exist', async () => {
    await rolesOf(ada).updateExistingPivot('editor', { level: 2 })
    const editor = (await rolesOf(ada).get()).first((role) => role.getAttribute('id') === 'editor')!
    expect(pivotOf(editor)?.level).toBe(2)
    await expect(rolesOf(ada).updateExistingPivot('viewer', { level: 9 })).rejects.toMatchObject({
      code: 'PIVOT_NOT_FOUND',
    })
  })

  it('sync attaches, detaches and updates to match exactly', async () => {
    const result = await rolesOf(ada).sync({ editor: { level: 5 }, viewer: {} })
    expect(result).toEqual({ attached: ['viewer'], detached: ['admin'], updated: ['editor'] })
    const roles = await rolesOf(ada).get()
    expect(ids(roles)).toEqual(['editor', 'viewer'])
    expect(pivotOf(roles.first((role) => role.getAttribute('id') === 'editor')!)?.level).toBe(5)
    expect(await rolesOf(ada).sync(['editor', 'viewer'])).toEqual({ attached: [], detached: [], updated: [] })
  })

  it('toggle flips membership and detach removes edges', async () => {
    expect(await rolesOf(ada).toggle(['viewer', 'admin'])).toEqual({
      attached: ['admin'],
      detached: ['viewer'],
    })
    expect((await rolesOf(ada).relatedIds()).sort()).toEqual(['admin', 'editor'])
    expect(await rolesOf(ada).detach('admin')).toBe(1)
    expect(await rolesOf(ada).relatedIds()).toEqual(['editor'])
    expect(await rolesOf(ada).detach()).toBe(1)
    expect((await rolesOf(ada).get()).all()).toEqual([])
  })
})
