import { eq } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, MassAssignmentError, Model } from '../../src/index'
import { articleDefinition } from '../fixtures/article'
import { localClient, requestRecorder, uniqueTableName } from '../support'

class Article extends Model(articleDefinition) {
  get summary(): string {
    return `${this.title} (${this.views ?? 0} views)`
  }
}

const recorder = requestRecorder()
const orm = createOrm({
  models: [Article],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-api') },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('static finders and writers', () => {
  it('findMany reads many keys with one BatchGetItem, in the order asked, skipping missing ones', async () => {
    const created = await Promise.all(
      ['a', 'b', 'c'].map((title) => Article.create({ title: `Title ${title}` })),
    )
    recorder.clear()
    const ids = [created[2]!.id, 'missing', created[0]!.id]
    const found = await Article.findMany(ids)
    expect(recorder.ops()).toEqual(['BatchGetItem'])
    expect(found.map((article) => article.title)).toEqual(['Title c', 'Title a'])
    expect(found[0]).toBeInstanceOf(Article)
  })

  it('firstOrCreate and updateOrCreate look up by key first', async () => {
    const first = await Article.create({ title: 'Existing', slug: 'existing' })
    const again = await Article.firstOrCreate({ id: first.id, title: 'Ignored' } as never)
    expect(again.title).toBe('Existing')
    const updated = await Article.updateOrCreate({ id: first.id, title: 'Existing' } as never, { views: 9 })
    expect(updated.views).toBe(9)
    expect((await Article.findOrFail(first.id)).views).toBe(9)
    const bySlug = await Article.firstOrCreate({ slug: 'existing', title: 'Existing' })
    expect(bySlug.id).toBe(first.id)
    const fresh = await Article.firstOrCreate({ title: 'Brand new' })
    expect(fresh.exists).toBe(true)
  })

  it('destroy deletes by key and counts', async () => {
    const one = await Article.create({ title: 'Destroy one' })
    const two = await Article.create({ title: 'Destroy two' })
    expect(await Article.destroy([one.id, two.id, 'missing'])).toBe(2)
    expect(await Article.find(one.id)).toBeNull()
  })
})

describe('instance API', () => {
  it('casts and accessors round-trip through DynamoDB', async () => {
    const article = await Article.create({
      title: 'Casts',
      published: true,
      price: 12.5,
      tags: ['b', 'a'],
      headline: '  shout  ',
      settings: { a: 1 },
    })
    const stored = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: `ARTICLE#${article.id}`, sk: `ARTICLE#${article.id}` },
    })
    expect(stored.Item).toMatchObject({ price: 1250, headline: 'shout', tags: new Set(['a', 'b']) })
    const loaded = await Article.findOrFail(article.id)
    expect(loaded.price).toBe(12.5)
    expect(loaded.tags).toEqual(['a', 'b'])
    expect(loaded.headline).toBe('SHOUT')
    expect(loaded.published).toBe(true)
    expect(loaded.summary).toBe('Casts (0 views)')
  })

  it('serializes without hidden attributes unless made visible', async () => {
    const article = await Article.create({ title: 'Hidden', secret: 's3cret' })
    expect(article.toJSON()).not.toHaveProperty('secret')
    expect(article.makeVisible('secret').toJSON()).toHaveProperty('secret', 's3cret')
    expect(article.makeHidden('title').toArray()).not.toHaveProperty('title')
    expect(article.only('title', 'views')).toEqual({ title: 'Hidden', views: 0 })
    expect(article.except('secret', 'title')).not.toHaveProperty('title')
    expect(JSON.parse(JSON.stringify(article))).not.toHaveProperty('title')
  })

  it('tracks original values and changes', async () => {
    const article = await Article.create({ title: 'Original' })
    article.title = 'Changed'
    expect(article.getOriginal('title')).toBe('Original')
    expect(article.getDirty()).toEqual({ title: 'Changed' })
    expect(article.wasChanged()).toBe(true)
    await article.save()
    expect(article.wasChanged('title')).toBe(true)
    expect(article.getChanges()).toMatchObject({ title: 'Changed' })
    expect(article.isClean()).toBe(true)
  })

  it('after an update, original is what DynamoDB holds: removals, casts, json and the timestamp', async () => {
    const article = await Article.create({ title: 'Kept', body: 'gone soon', settings: { a: 1 }, price: 2.5 })
    const createdOriginal = article.getOriginal() as Record<string, unknown>
    article.body = undefined as never
    article.settings = { a: 2, b: [1] } as never
    article.price = 3.25
    await article.save()
    expect(article.isClean()).toBe(true)
    expect(article.getDirty()).toEqual({})
    const original = article.getOriginal() as Record<string, unknown>
    expect(original).not.toHaveProperty('body')
    expect(original.settings).toEqual({ a: 2, b: [1] })
    expect(original.price).toBe(3.25)
    expect(original.updatedAt).toBe(article.getAttribute('updatedAt'))
    expect(original.title).toBe(createdOriginal.title)
    // The stored original is a copy: changing the model's json in place makes it dirty again.
    ;(article.settings as { b: number[] }).b.push(2)
    expect(article.getDirty()).toHaveProperty('settings')
    const stored = await Article.findOrFail(article.id)
    expect(stored.getOriginal()).toEqual({ ...original, settings: { a: 2, b: [1] } })
  })

  it('refresh reloads and discards unsaved changes; replicate copies without key', async () => {
    const article = await Article.create({ title: 'Refresh', slug: 'refresh' })
    article.title = 'unsaved'
    await article.refresh()
    expect(article.title).toBe('Refresh')
    const copy = article.replicate(['slug'])
    expect(copy.exists).toBe(false)
    expect(copy.id).toBeUndefined()
    expect(copy.slug).toBeUndefined()
    await copy.save()
    expect(copy.id).not.toBe(article.id)
  })

  it('mass assignment ignores non-fillable attributes, or throws when configured', async () => {
    const article = new Article({ title: 'Mass' })
    article.fill({ editorNote: 'sneaky' } as never)
    expect(article.editorNote).toBeUndefined()
    article.forceFill({ editorNote: 'allowed' })
    expect(article.editorNote).toBe('allowed')
    const strict = createOrm({
      models: [articleDefinition],
      client: orm.client,
      design: { tableName: orm.tableName },
      options: { massAssignment: 'throw' },
      setDefault: false,
    })
    const StrictArticle = strict.model('Article')
    expect(() => new StrictArticle({ title: 'x', editorNote: 'no' } as never)).toThrow(MassAssignmentError)
  })
})

describe('queries through the model', () => {
  it('where/all/query return instances of the subclass and hide soft-deleted items', async () => {
    const live = await Article.create({ title: 'Query live', slug: 'q-live' })
    const gone = await Article.create({ title: 'Query gone', slug: 'q-gone' })
    await gone.delete()
    const bySlug = await Article.where('slug', 'q-live').first()
    expect(bySlug).toBeInstanceOf(Article)
    expect(bySlug?.id).toBe(live.id)
    expect(await Article.where('slug', 'q-gone').first()).toBeNull()
    expect((await Article.withTrashed().where('slug', 'q-gone').first())?.id).toBe(gone.id)
    expect((await Article.onlyTrashed().get()).map((a) => a.id).all()).toContain(gone.id)
    const all = (await Article.all()).all()
    expect(all.map((a) => a.id)).toContain(live.id)
    expect(all.map((a) => a.id)).not.toContain(gone.id)
  })

  it('applies global scopes until removed, and local scopes by name', async () => {
    await Article.create({ title: 'Scoped published', published: true, slug: 'scoped-pub' })
    await Article.create({ title: 'Scoped draft', published: false, slug: 'scoped-draft' })
    Article.addGlobalScope('published', eq('published', true))
    Article.addScope('titled', (query, ...args: never[]) =>
      query.where('title', args[0] as unknown as string),
    )
    try {
      expect(await Article.where('slug', 'scoped-draft').first()).toBeNull()
      expect(
        await Article.withoutGlobalScope('published').where('slug', 'scoped-draft').first(),
      ).not.toBeNull()
      const titled = await Article.query().withoutGlobalScopes().scope('titled', 'Scoped draft').get()
      expect(titled.map((a) => a.slug).all()).toEqual(['scoped-draft'])
    } finally {
      Article.removeGlobalScope('published')
    }
  })
})
