import { createRequestCounter } from '@dbtooling/dynamo-client'
import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BelongsToMany, createOrm, insertMany, type ModelBase, mapLimited, pivotOf } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

const SIZES = [1, 50, 250] as const

const Post = defineModel({
  name: 'Post',
  attributes: { title: { type: 'string', fillable: true }, group: { type: 'string', fillable: true } },
  indexes: [{ name: 'byGroup', columns: ['group'] }],
  morphToMany: [{ model: 'Tag', morphName: 'taggable', pivot: { attributes: ['addedBy'] } }],
} as const)
const Video = defineModel({
  name: 'Video',
  attributes: { url: { type: 'string', fillable: true } },
  morphToMany: ['Tag'],
} as const)
const Tag = defineModel({
  name: 'Tag',
  attributes: { label: { type: 'string', fillable: true }, group: { type: 'string', fillable: true } },
  indexes: [{ name: 'byGroup', columns: ['group'] }],
  morphedByMany: [
    { model: 'Post', morphName: 'taggable' },
    { model: 'Video', morphName: 'taggable' },
  ],
} as const)

const counter = createRequestCounter()
const orm = createOrm({
  models: [Post, Video, Tag],
  client: localClient([counter]),
  design: { tableName: uniqueTableName('orm-morph-many') },
  setDefault: false,
})
const Posts = orm.model('Post')
const Videos = orm.model('Video')
const Tags = orm.model('Tag')

/** The edge API of a morph relation (`relation()` returns it for morphToMany and morphedByMany). */
function edges(model: object, name: string): BelongsToMany {
  const handle = (model as ModelBase).relation(name)
  if (!(handle instanceof BelongsToMany)) throw new Error(`${name} is not an edge relation`)
  return handle
}
const ids = (models: unknown) =>
  (models as ModelBase[]).map((model) => String(model.getAttribute('id'))).sort()
const postId = (n: number, i: number) => `n${n}-p${String(i).padStart(3, '0')}`
const tagId = (n: number, i: number) => `n${n}-t${String(i).padStart(3, '0')}`

beforeAll(async () => {
  await orm.createTable()
  // Same id on a post and a video: the edge type keeps them apart.
  await Posts.create({ id: 'same', title: 'a post', group: 'solo' })
  await Videos.create({ id: 'same', url: 'a.mp4' })
  // A video with a hub post's id: if tag.posts ever read video edges, hubA would show up twice.
  await Videos.create({ id: 'hubA', url: 'hub.mp4' })
  for (const id of ['red', 'blue', 'green']) await Tags.create({ id, label: id, group: 'colors' })
  const posts = SIZES.flatMap((n) =>
    Array.from({ length: n }, (_, i) => ({ id: postId(n, i), group: `n${n}` })),
  )
  const tags = SIZES.flatMap((n) =>
    Array.from({ length: n }, (_, i) => ({ id: tagId(n, i), group: `n${n}` })),
  )
  await insertMany(Posts, [...posts, { id: 'hubA', group: 'hub' }, { id: 'hubB', group: 'hub' }])
  await insertMany(Tags, tags)
  // Every grouped post carries red and blue; every grouped tag is on both hub posts and the hub video.
  for (const color of ['red', 'blue']) {
    const tag = (await Tags.find(color))!
    await edges(tag, 'posts').attach(posts.map((post) => post.id))
  }
  await mapLimited(['hubA', 'hubB'], 2, async (id) =>
    edges((await Posts.find(id))!, 'tags').attach(tags.map((tag) => tag.id)),
  )
  await edges((await Videos.find('hubA'))!, 'tags').attach(tags.map((tag) => tag.id))
}, 120_000)

afterAll(() => orm.dropTable())

describe('morphToMany / morphedByMany edges', () => {
  it('post.tags: attach writes edges with the type, reading them is one Query plus one batch read', async () => {
    const post = (await Posts.find('same'))!
    await edges(post, 'tags').attach(['red', 'green'], { addedBy: 'ada' })
    const [edge] = await edges(post, 'tags').edges()
    expect(edge).toMatchObject({ taggableType: 'POST', taggableId: 'same', addedBy: 'ada', _et: 'Taggable' })
    counter.reset()
    const tags = (await post.related('tags')) as ModelBase[]
    expect(counter.counts).toEqual({ Query: 1, BatchGetItem: 1 })
    expect(ids(tags)).toEqual(['green', 'red'])
    expect(pivotOf(tags[0]!)).toEqual({
      taggableId: 'same',
      taggableType: 'POST',
      tagId: tags[0]!.getAttribute('id'),
      addedBy: 'ada',
    })
  })

  it('tag.posts and tag.videos read only their own type, even when ids collide', async () => {
    const video = (await Videos.find('same'))!
    await edges(video, 'tags').attach('green')
    const green = (await Tags.find('green'))!
    counter.reset()
    expect(ids(await green.related('posts'))).toEqual(['same'])
    expect(counter.counts).toEqual({ Query: 1, GetItem: 1 })
    const videos = (await green.related('videos')) as ModelBase[]
    expect(videos.map((model) => model.$meta.name)).toEqual(['Video'])
    expect(videos[0]!.getAttribute('url')).toBe('a.mp4')
  })

  it('attach from the shared side writes the edge into the tagged model partition', async () => {
    const blue = (await Tags.find('blue'))!
    await edges(blue, 'videos').attach('same', { addedBy: 'bob' })
    const video = (await Videos.find('same'))!
    expect(ids(await video.related('tags'))).toEqual(['blue', 'green'])
    expect(ids(await blue.related('videos'))).toEqual(['same'])
  })

  it('sync, toggle, detach and updateExistingPivot change one type only', async () => {
    const green = (await Tags.find('green'))!
    const post = (await Posts.find('same'))!
    expect(await edges(post, 'tags').sync({ green: { addedBy: 'cy' }, blue: {} })).toEqual({
      attached: ['blue'],
      detached: ['red'],
      updated: ['green'],
    })
    expect(await edges(post, 'tags').toggle(['blue', 'red'])).toEqual({
      attached: ['red'],
      detached: ['blue'],
    })
    await edges(post, 'tags').updateExistingPivot('red', { addedBy: 'dee' })
    const byTag = Object.fromEntries(
      (await edges(post, 'tags').edges()).map((edge) => [edge.tagId, edge.addedBy]),
    )
    expect(byTag).toEqual({ green: 'cy', red: 'dee' })
    // Detaching every post of green leaves its video edge alone.
    expect(await edges(green, 'posts').detach()).toBe(1)
    expect(await green.related('posts')).toEqual([])
    expect(ids(await green.related('videos'))).toEqual(['same'])
  })
})

describe.each(SIZES)('eager loading morph edges for %i parents', (n) => {
  it(`Post with('tags'): 1 + ${n} Queries, distinct tags in one batch read`, async () => {
    counter.reset()
    const posts = await Posts.query().where('group', `n${n}`).with('tags').get()
    expect(posts.count()).toBe(n)
    expect(counter.counts).toEqual({ Query: 1 + n, BatchGetItem: 1 })
    for (const post of posts) expect(ids(post.getRelation('tags'))).toEqual(['blue', 'red'])
  })

  it(`Tag with('posts'): 1 + ${n} Queries on the inverse view, never a video edge`, async () => {
    counter.reset()
    const tags = await Tags.query().where('group', `n${n}`).with('posts').get()
    expect(tags.count()).toBe(n)
    expect(counter.counts).toEqual({ Query: 1 + n, BatchGetItem: 1 })
    for (const tag of tags) {
      const posts = tag.getRelation('posts') as ModelBase[]
      expect(posts.map((post) => post.$meta.name)).toEqual(['Post', 'Post'])
      expect(ids(posts)).toEqual(['hubA', 'hubB'])
    }
  })
})

describe('existence and counts through morph edges', () => {
  it('videos of the grouped tags come from the video edges only', async () => {
    const tag = (await Tags.find(tagId(50, 7)))!
    const videos = (await tag.related('videos')) as ModelBase[]
    expect(videos.map((video) => [video.$meta.name, video.getAttribute('url')])).toEqual([
      ['Video', 'hub.mp4'],
    ])
  })

  it('has() and withCount() use one edge Query per parent', async () => {
    counter.reset()
    const tagged = await Posts.query().where('group', 'hub').has('tags').withCount('tags').get()
    expect(counter.counts).toEqual({ Query: 1 + 2 + 2 })
    expect([...tagged].map((post) => post.getRelation('tagsCount'))).toEqual([
      SIZES.reduce((sum, n) => sum + n, 0),
      SIZES.reduce((sum, n) => sum + n, 0),
    ])
  })
})
