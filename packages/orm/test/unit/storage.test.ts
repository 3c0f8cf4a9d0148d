import { describe, expect, it } from 'vitest'
import { fromItem, keyOf, toItem, versionOf } from '../../src/index'
import { offlineOrm } from '../fixtures/unit-orm'

const { ctx } = offlineOrm()
const post = ctx.entity('Post')

describe('toItem', () => {
  it('adds the table key, every applicable index key and the entity type', () => {
    const item = toItem(ctx, 'Post', {
      id: 'p1',
      title: 'Hi',
      authorId: 'a1',
      createdAt: '2024-01-01T00:00:00.000Z',
    })
    expect(item).toMatchObject({ pk: 'POST#p1', sk: 'POST#p1', _et: 'Post', title: 'Hi' })
    const indexAttributes = post.indexKeys.flatMap((keys) => [keys.partitionAttribute, keys.sortAttribute])
    for (const name of indexAttributes) expect(item).toHaveProperty(name)
    expect(Object.values(item)).toContain('AUTHOR#a1')
  })

  it('skips sparse index keys whose fields are missing', () => {
    const item = toItem(ctx, post, { id: 'p2', title: 'No author', createdAt: '2024-01-01T00:00:00.000Z' })
    expect(Object.values(item)).not.toContain('AUTHOR#undefined')
    const byAuthor = post.indexKeys.find((keys) => keys.fields.includes('authorId'))!
    expect(item).not.toHaveProperty(byAuthor.partitionAttribute)
  })

  it('leaves soft-deleted items out of live-only indexes', () => {
    const live = post.indexKeys.find((keys) => keys.excludeSoftDeleted)
    expect(live).toBeDefined()
    const item = toItem(ctx, post, { id: 'p3', title: 'x', createdAt: 'c', deletedAt: 'd' })
    expect(item).not.toHaveProperty(live!.partitionAttribute)
  })

  it('escapes the delimiter inside key values', () => {
    expect(keyOf(post, { id: 'a#b' }).pk).toBe('POST#a\\#b')
  })

  it('drops undefined attributes', () => {
    expect(toItem(ctx, post, { id: 'p4', title: undefined })).not.toHaveProperty('title')
  })
})

describe('fromItem', () => {
  it('strips keys, index keys, entity type and version', () => {
    const item = toItem(ctx, post, { id: 'p1', title: 'Hi', authorId: 'a1', createdAt: 'c' }, { _v: 3 })
    expect(fromItem(post, item)).toEqual({ id: 'p1', title: 'Hi', authorId: 'a1', createdAt: 'c' })
    expect(versionOf(post, item)).toBe(3)
  })
})
