import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BelongsToMany,
  createOrm,
  enableTenancy,
  findWithRelations,
  type ModelBase,
  withTenant,
} from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const Post = defineModel({
  name: 'Post',
  attributes: { title: { type: 'string', fillable: true } },
  hasMany: [{ model: 'Comment', collection: true }],
  morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
} as const)
const Comment = defineModel({
  name: 'Comment',
  attributes: { body: { type: 'string', fillable: true }, postId: { type: 'string', fillable: true } },
} as const)
const Tag = defineModel({
  name: 'Tag',
  attributes: { label: { type: 'string', fillable: true } },
  morphedByMany: [{ model: 'Post', morphName: 'taggable' }],
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [Post, Comment, Tag],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-morph-tenancy') },
  setDefault: false,
})
enableTenancy(orm, { strategy: 'prefix' })
const Posts = orm.model('Post')
const Tags = orm.model('Tag')
const Comments = orm.model('Comment')

const tags = (model: object) => (model as ModelBase).relation('tags') as BelongsToMany
const posts = (model: object) => (model as ModelBase).relation('posts') as BelongsToMany

beforeAll(async () => {
  await orm.createTable()
  for (const tenant of ['acme', 'globex']) {
    await withTenant(tenant, async () => {
      const post = await Posts.create({ id: 'p1', title: `${tenant} post` })
      await Tags.create({ id: 'news', label: `${tenant} news` })
      await Comments.create({ id: 'c1', postId: 'p1', body: `${tenant} comment` })
      if (tenant === 'acme') await tags(post).attach('news')
    })
  }
}, 60_000)

afterAll(() => orm.dropTable())

describe('morph edges and collection reads under prefix tenancy', () => {
  it('stores morph edges in the tenant partition and reads them only there', async () => {
    const raw = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: 'TENANT#acme#POST#p1', sk: 'TAG#news' },
    })
    expect(raw.Item).toMatchObject({ taggableType: 'POST', _et: 'Taggable' })
    await withTenant('acme', async () => {
      const news = (await Tags.find('news'))!
      expect(
        ((await news.related('posts')) as ModelBase[]).map((post) => post.getAttribute('title')),
      ).toEqual(['acme post'])
    })
    await withTenant('globex', async () => {
      const news = (await Tags.find('news'))!
      expect(await news.related('posts')).toEqual([])
      expect(await posts(news).relatedIds()).toEqual([])
    })
  })

  it("findWithRelations reads one tenant's post and comments with one Query", async () => {
    await withTenant('globex', async () => {
      counter.reset()
      const post = (await findWithRelations(Posts, 'p1', 'comments'))!
      expect(counter.counts).toEqual({ Query: 1 })
      expect(post.getAttribute('title')).toBe('globex post')
      expect((post.getRelation('comments') as ModelBase[]).map((c) => c.getAttribute('body'))).toEqual([
        'globex comment',
      ])
    })
  })
})
