import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createOrm,
  isVersionConflictError,
  Model,
  UniqueConstraintError,
  VersionConflictError,
} from '../../src/index'
import { articleDefinition } from '../fixtures/article'
import { localClient, requestRecorder, uniqueTableName } from '../support'

class Article extends Model(articleDefinition) {}

const recorder = requestRecorder()
const orm = createOrm({
  models: [Article],
  client: localClient([recorder]),
  design: { tableName: uniqueTableName('orm-traits') },
})

beforeAll(() => orm.createTable())
afterAll(() => orm.dropTable())

describe('generated ids, timestamps, TTL', () => {
  it('uses nanoid ids, unix timestamps and epoch-second TTL', async () => {
    const expires = new Date('2030-01-01T00:00:00Z')
    const article = await Article.create({ title: 'Hello', ttl: Math.floor(expires.getTime() / 1000) })
    expect(article.id).toMatch(/^[A-Za-z0-9_-]{21}$/)
    expect(typeof article.createdAt).toBe('number')
    expect(article.createdAt).toBe(article.updatedAt)
    const raw = await orm.doc.get({
      TableName: orm.tableName,
      Key: { pk: `ARTICLE#${article.id}`, sk: `ARTICLE#${article.id}` },
    })
    expect(raw.Item).toMatchObject({ ttl: 1893456000, _v: 1, _et: 'Article' })
  })
})

describe('soft deletes', () => {
  it('hides deleted items, restores them and force-deletes them', async () => {
    const article = await Article.create({ title: 'Soft', slug: 'soft' })
    expect(await article.delete()).toBe(true)
    expect(article.trashed()).toBe(true)
    expect(await Article.find(article.id)).toBeNull()
    const trashed = await Article.find(article.id, { withTrashed: true })
    expect(trashed?.trashed()).toBe(true)
    expect(await trashed!.restore()).toBe(true)
    expect((await Article.find(article.id))?.trashed()).toBe(false)
    expect(await trashed!.forceDelete()).toBe(true)
    expect(await Article.find(article.id, { withTrashed: true })).toBeNull()
    // The guard went with the item: the slug is free again.
    await expect(Article.create({ title: 'Soft again', slug: 'soft' })).resolves.toBeInstanceOf(Article)
  })
})

describe('soft-delete events', () => {
  it('fires deleting/deleted, restoring/restored and forceDeleting/forceDeleted; restoring can cancel', async () => {
    const events: string[] = []
    const names = ['deleting', 'deleted', 'restoring', 'restored', 'forceDeleting', 'forceDeleted'] as const
    const removers = names.map((event) => Article.on(event, () => void events.push(event)))
    const article = await Article.create({ title: 'Events' })
    await article.delete()
    const block = Article.on('restoring', () => false)
    expect(await article.restore()).toBe(false)
    expect(article.trashed()).toBe(true)
    block()
    await article.restore()
    await article.forceDelete()
    for (const remove of removers) remove()
    expect(events).toEqual([
      'deleting',
      'deleted',
      'restoring',
      'restoring',
      'restored',
      'forceDeleting',
      'deleting',
      'deleted',
      'forceDeleted',
    ])
  })
})

describe('unique guards', () => {
  it('moves the guard when the unique attribute changes, in one transaction', async () => {
    const article = await Article.create({ title: 'Guarded', slug: 'old-slug' })
    recorder.clear()
    article.slug = 'new-slug'
    await article.save()
    expect(recorder.ops()).toEqual(['TransactWriteItems'])
    await expect(Article.create({ title: 'Taken', slug: 'new-slug' })).rejects.toBeInstanceOf(
      UniqueConstraintError,
    )
    await expect(Article.create({ title: 'Freed', slug: 'old-slug' })).resolves.toBeInstanceOf(Article)
  })

  it('names the field and value, and writes nothing on a clash', async () => {
    await Article.create({ title: 'First', slug: 'clash' })
    const error = await Article.create({ title: 'Second', slug: 'clash' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'UNIQUE_CONSTRAINT', field: 'slug', value: 'clash' })
    expect((error as UniqueConstraintError).message).toContain('clash')
    expect((error as UniqueConstraintError).requestId).toBeTruthy()
  })

  it('an update clashing with another item leaves both unchanged', async () => {
    await Article.create({ title: 'Holder', slug: 'held' })
    const other = await Article.create({ title: 'Other', slug: 'other' })
    other.slug = 'held'
    other.title = 'Changed'
    await expect(other.save()).rejects.toMatchObject({ field: 'slug', value: 'held' })
    expect((await Article.findOrFail(other.id)).title).toBe('Other')
  })
})

describe('optimistic locking', () => {
  it('raises VersionConflictError for a stale save', async () => {
    const article = await Article.create({ title: 'Versioned' })
    const first = await Article.findOrFail(article.id)
    const second = await Article.findOrFail(article.id)
    first.title = 'First writer'
    await first.save()
    second.title = 'Second writer'
    const error = await second.save().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VersionConflictError)
    expect(isVersionConflictError(error)).toBe(true)
    expect(error).toMatchObject({ expectedVersion: 1, actualVersion: 2 })
    await second.refresh()
    second.title = 'Second writer'
    await expect(second.save()).resolves.toBe(true)
  })

  it('checks the version on delete too', async () => {
    const article = await Article.create({ title: 'Delete me' })
    const stale = await Article.findOrFail(article.id)
    await article.update({ body: 'changed' })
    await expect(stale.forceDelete()).rejects.toBeInstanceOf(VersionConflictError)
  })
})

describe('dirty tracking and nested updates', () => {
  it('sends only changed attributes and nested paths', async () => {
    const article = await Article.create({
      title: 'Nested',
      settings: { theme: 'dark', layout: { cols: 2, rows: 1 } },
    })
    recorder.clear()
    article.settings = { theme: 'dark', layout: { cols: 3, rows: 1 } }
    expect(article.getDirty()).toEqual({ settings: { theme: 'dark', layout: { cols: 3, rows: 1 } } })
    await article.save()
    const input = recorder.requests[0]!.input as {
      UpdateExpression: string
      ExpressionAttributeNames: Record<string, string>
    }
    const names = Object.values(input.ExpressionAttributeNames)
    expect(names).toEqual(expect.arrayContaining(['settings', 'layout', 'cols', '_v']))
    expect(names).not.toContain('title')
    expect(names).not.toContain('theme')
    expect((await Article.findOrFail(article.id)).settings).toEqual({
      theme: 'dark',
      layout: { cols: 3, rows: 1 },
    })
  })

  it('makes no request when nothing changed', async () => {
    const article = await Article.create({ title: 'Clean' })
    recorder.clear()
    expect(article.isClean()).toBe(true)
    await article.save()
    expect(recorder.requests).toHaveLength(0)
  })
})
