import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, type ModelBase } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const Post = defineModel({
  name: 'Post',
  attributes: { title: { type: 'string', fillable: true } },
  morphMany: [{ model: 'Image', morphName: 'imageable' }],
} as const)
const Video = defineModel({
  name: 'Video',
  attributes: { title: { type: 'string', fillable: true } },
  morphOne: [{ model: 'Image', morphName: 'imageable' }],
} as const)
const Image = defineModel({
  name: 'Image',
  traits: { useUuid: true },
  attributes: { url: { type: 'string', fillable: true } },
  morphTo: 'imageable',
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [Post, Video, Image],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-morph') },
  setDefault: false,
})
const Posts = orm.model('Post')
const Videos = orm.model('Video')
const Images = orm.model('Image')

beforeAll(async () => {
  await orm.createTable()
  await Posts.create({ id: 'p1', title: 'post' })
  await Videos.create({ id: 'p1', title: 'video with the same id' })
  for (const url of ['a.png', 'b.png']) await Images.create({ url, imageableType: 'POST', imageableId: 'p1' })
  await Images.create({ url: 'v.png', imageableType: 'VIDEO', imageableId: 'p1' })
}, 60_000)

afterAll(() => orm.dropTable())

const urls = (images: ModelBase[]) => images.map((image) => image.getAttribute('url')).sort()

describe('polymorphic relations', () => {
  it('morphMany reads only the images of that parent type: one Query on the morph index', async () => {
    const post = (await Posts.find('p1'))!
    counter.reset()
    expect(urls((await post.related('images')) as ModelBase[])).toEqual(['a.png', 'b.png'])
    expect(counter.counts).toEqual({ Query: 1 })
  })

  it('morphOne reads one image with one Query', async () => {
    const video = (await Videos.find('p1'))!
    counter.reset()
    expect(((await video.related('image')) as ModelBase).getAttribute('url')).toBe('v.png')
    expect(counter.counts).toEqual({ Query: 1 })
  })

  it('morphTo resolves the parent by the type attribute; eager loading batches mixed types', async () => {
    counter.reset()
    const images = await Images.query().forceScan().with('imageable').get()
    expect(counter.counts).toEqual({ Scan: 1, BatchGetItem: 1 })
    for (const image of images) {
      const parent = image.getRelation('imageable') as ModelBase
      expect(parent.$meta.name).toBe(image.getAttribute('imageableType') === 'POST' ? 'Post' : 'Video')
    }
  })
})
