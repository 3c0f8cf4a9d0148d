import { afterAll, describe, expect, test } from 'bun:test'
import { freshOrmOf, requestsOf, rowsOf, withRelations, writeResult } from './support'

// Polymorphic relations, one table, one design, both ways: what the driver writes the ORM reads through
// morphMany, morphOne, morphTo, morphToMany and morphedByMany, and the builder's with() of each sends
// the ORM's own requests for what the ORM wrote. A Post and a Video share an id on purpose: only the
// morph type keeps their comments and tags apart.
const morphModels = {
  Post: {
    name: 'Post',
    primaryKey: 'id',
    attributes: { title: { type: 'string', fillable: true } },
    morphMany: [{ model: 'Comment', morphName: 'commentable' }],
    morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
  },
  Video: {
    name: 'Video',
    primaryKey: 'id',
    attributes: { title: { type: 'string', fillable: true } },
    morphOne: [{ model: 'Comment', morphName: 'commentable', relationName: 'comment' }],
    morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
  },
  Comment: {
    name: 'Comment',
    primaryKey: 'id',
    attributes: { body: { type: 'string', fillable: true } },
    morphTo: 'commentable',
  },
  Tag: {
    name: 'Tag',
    primaryKey: 'id',
    attributes: { label: { type: 'string', fillable: true } },
    morphedByMany: [
      { model: 'Post', morphName: 'taggable' },
      { model: 'Video', morphName: 'taggable' },
    ],
  },
} as const

const { orm, db, sent } = await freshOrmOf(morphModels, 'driver-morph')
const Post = orm.model('Post')
const Video = orm.model('Video')
const Comment = orm.model('Comment')
const Tag = orm.model('Tag')

afterAll(() => orm.dropTable())

type Row = Record<string, unknown>
const ids = (rows: unknown): unknown[] => (rows as Row[]).map((row) => row.id).sort()

describe('written through the driver, read through @dbtooling/orm', async () => {
  await db.insertInto('posts').values({ id: 'd1', title: 'Post' }).execute()
  await db.insertInto('videos').values({ id: 'd1', title: 'Video' }).execute()
  await db
    .insertInto('tags')
    .values([
      { id: 'red', label: 'red' },
      { id: 'blue', label: 'blue' },
    ])
    .execute()
  // The type column takes the model name (the builder's and Laravel's convention) or the stored key prefix.
  await db
    .insertInto('comments')
    .values([
      { id: 'c1', body: 'on the post', commentable_type: 'Post', commentable_id: 'd1' },
      { id: 'c2', body: 'again', commentable_type: 'POST', commentable_id: 'd1' },
      { id: 'c3', body: 'on the video', commentable_type: 'Video', commentable_id: 'd1' },
    ])
    .execute()
  // Laravel's morph pivot: taggables (tag_id, taggable_id, taggable_type); rows become the ORM's edges.
  await db
    .insertInto('taggables')
    .values([
      { tag_id: 'red', taggable_id: 'd1', taggable_type: 'Post' },
      { tag_id: 'blue', taggable_id: 'd1', taggable_type: 'Post' },
    ])
    .execute()
  await db
    .insertInto('taggables')
    .values({ tag_id: 'blue', taggable_id: 'd1', taggable_type: 'Video' })
    .execute()
  const post = await Post.findOrFail('d1')
  const video = await Video.findOrFail('d1')

  test('the type column stores the key prefix the ORM reads', async () => {
    expect((await Comment.findOrFail('c1')).get('commentableType')).toBe('POST')
  })

  test('morphMany', async () => {
    expect(ids((await post.relation('comments').get()).toJSON())).toEqual(['c1', 'c2'])
  })

  test('morphOne', async () => {
    expect((await video.comment())?.get('id')).toBe('c3')
  })

  test('morphTo', async () => {
    const parent = await (await Comment.findOrFail('c3')).related('commentable')
    expect((parent as { $meta: { name: string } }).$meta.name).toBe('Video')
  })

  test('morphToMany and morphedByMany', async () => {
    expect(ids((await post.relation('tags').get()).toJSON())).toEqual(['blue', 'red'])
    expect(ids((await video.relation('tags').get()).toJSON())).toEqual(['blue'])
    const blue = await Tag.findOrFail('blue')
    expect(ids((await blue.relation('posts').get()).toJSON())).toEqual(['d1'])
    expect(ids((await blue.relation('videos').get()).toJSON())).toEqual(['d1'])
  })

  test('morph pivot rows in a transaction go out in its one TransactWriteItems', async () => {
    const requests = await requestsOf(sent, () =>
      db.transaction(async (tx) => {
        await tx.insertInto('tags').values({ id: 'gold', label: 'gold' }).execute()
        await tx
          .insertInto('taggables')
          .values({ tag_id: 'gold', taggable_id: 'd1', taggable_type: 'Video' })
          .execute()
      }),
    )
    expect(requests.map((request) => request.operation)).toEqual(['TransactWriteItems'])
    expect(requests[0]?.input.TransactItems).toHaveLength(2)
    expect(ids((await video.relation('tags').get()).toJSON())).toEqual(['blue', 'gold'])
    await db.transaction((tx) =>
      tx
        .deleteFrom('taggables')
        .where({ taggable_type: 'Video', taggable_id: 'd1', tag_id: 'gold' })
        .execute(),
    )
    expect(ids((await video.relation('tags').get()).toJSON())).toEqual(['blue'])
  })

  test('a taggables DELETE detaches that edge only', async () => {
    const result = writeResult(
      await db
        .deleteFrom('taggables')
        .where({ taggable_type: 'Post', taggable_id: 'd1', tag_id: 'blue' })
        .execute(),
    )
    expect(result.count).toBe(1)
    expect(ids((await post.relation('tags').get()).toJSON())).toEqual(['red'])
    expect(ids((await video.relation('tags').get()).toJSON())).toEqual(['blue'])
  })
})

describe("written through @dbtooling/orm, read through the builder's with()", async () => {
  await Post.create({ id: 'o1', title: 'Post' })
  await Video.create({ id: 'o1', title: 'Video' })
  await Comment.create({ id: 'k1', body: 'post', commentableType: 'POST', commentableId: 'o1' })
  await Comment.create({ id: 'k2', body: 'video', commentableType: 'VIDEO', commentableId: 'o1' })
  await Tag.create({ id: 'green', label: 'green' })
  await (await Post.findOrFail('o1')).relation('tags').attach('green')

  // The driver's rows and requests are the ORM's own for the same with() query.
  async function sameAsOrm(table: string, model: { query(): unknown }, relation: string, id: string) {
    let viaDriver: Row[] = []
    let viaOrm: Row[] = []
    const driverRequests = await requestsOf(sent, async () => {
      viaDriver = rowsOf(await withRelations(db.selectFrom(table), relation).where('id', '=', id).get())
    })
    const query = model.query() as {
      with(name: string): { where(f: string, v: string): { get(): Promise<{ toJSON(): unknown }> } }
    }
    const ormRequests = await requestsOf(sent, async () => {
      viaOrm = rowsOf((await query.with(relation).where('id', id).get()).toJSON())
    })
    expect(viaDriver).toEqual(viaOrm)
    expect(driverRequests).toEqual(ormRequests)
    expect(viaDriver).toHaveLength(1)
    operations = driverRequests.map((request) => request.operation)
    return viaDriver[0] as Row
  }
  let operations: string[] = []

  test('morphMany: with(comments) on posts', async () => {
    expect(ids((await sameAsOrm('posts', Post, 'comments', 'o1')).comments)).toEqual(['k1'])
    // The post by key, then one Query for its comments.
    expect(operations).toEqual(['Query', 'Query'])
  })

  test('morphOne: with(comment) on videos', async () => {
    expect(((await sameAsOrm('videos', Video, 'comment', 'o1')).comment as Row).id).toBe('k2')
  })

  test('morphTo: with(commentable) on comments', async () => {
    expect(((await sameAsOrm('comments', Comment, 'commentable', 'k2')).commentable as Row).title).toBe(
      'Video',
    )
    // One parent: one GetItem on the key its type and id render.
    expect(operations).toEqual(['Query', 'GetItem'])
  })

  test('morphToMany and morphedByMany: with(tags) on posts, with(posts) on tags', async () => {
    expect(ids((await sameAsOrm('posts', Post, 'tags', 'o1')).tags)).toEqual(['green'])
    // The post, its edges, the one tag by key.
    expect(operations).toEqual(['Query', 'Query', 'GetItem'])
    expect(ids((await sameAsOrm('tags', Tag, 'posts', 'green')).posts)).toEqual(['o1'])
    expect((await sameAsOrm('tags', Tag, 'videos', 'green')).videos).toEqual([])
  })

  test('the statement a user writes for "comments of this post" is the ORM morphMany query', async () => {
    let rows: Row[] = []
    const driverRequests = await requestsOf(sent, async () => {
      rows = rowsOf(
        await db.selectFrom('comments').where({ commentable_type: 'Post', commentable_id: 'o1' }).get(),
      )
    })
    const post = await Post.findOrFail('o1')
    const ormRequests = await requestsOf(sent, () => post.relation('comments').get())
    expect(ids(rows)).toEqual(['k1'])
    // Rows hold the stored type: the key prefix, whatever name the WHERE used.
    expect(rows[0]?.commentableType).toBe('POST')
    expect(driverRequests.map((request) => request.operation)).toEqual(['Query'])
    expect(driverRequests[0]?.input.IndexName).toBe(ormRequests[0]?.input.IndexName)
    expect(driverRequests[0]?.input.KeyConditionExpression).toBe(ormRequests[0]?.input.KeyConditionExpression)
    expect(driverRequests[0]?.input.ExpressionAttributeValues).toEqual(
      ormRequests[0]?.input.ExpressionAttributeValues,
    )
  })
})
