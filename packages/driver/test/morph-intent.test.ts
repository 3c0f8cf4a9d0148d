import { createOrm } from '@dbtooling/orm'
import { describe, expect, it } from 'vitest'
import { DriverError, SchemaMap, toIntent } from '../src/index'

// Morph relations as SQL text: the joins bun-query-builder 0.1.13's with() emits for them (see
// test-bun/contract.test.ts), the morph type column, and Laravel's morph pivot table (taggables).
const orm = createOrm({
  models: [
    {
      name: 'Post',
      primaryKey: 'id',
      attributes: { title: { type: 'string' } },
      morphMany: [{ model: 'Comment', morphName: 'commentable' }],
      morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
    },
    {
      name: 'Video',
      primaryKey: 'id',
      attributes: { title: { type: 'string' } },
      morphToMany: [{ model: 'Tag', morphName: 'taggable' }],
    },
    { name: 'Comment', primaryKey: 'id', attributes: { body: { type: 'string' } }, morphTo: 'commentable' },
    {
      name: 'Tag',
      primaryKey: 'id',
      attributes: { label: { type: 'string' } },
      morphedByMany: [
        { model: 'Post', morphName: 'taggable' },
        { model: 'Video', morphName: 'taggable' },
      ],
    },
  ],
  clientConfig: { endpoint: 'http://127.0.0.1:1', region: 'us-east-1' },
  design: { tableName: 'morph-intent-unit' },
  setDefault: false,
})
const schema = new SchemaMap(orm.design)
const intent = (sql: string, values: unknown[] = []) => toIntent(sql, values, schema)
const relationsOf = (sql: string) => {
  const result = intent(sql, ['x'])
  return result.kind === 'select' ? result.relations : null
}
const driverError = (run: () => unknown) => {
  try {
    run()
  } catch (error) {
    if (error instanceof DriverError) return error
  }
  throw new Error('expected a DriverError')
}

describe("the builder's morph joins are the ORM's morph relations", () => {
  it.each([
    [
      'SELECT * FROM posts LEFT JOIN comments ON comments.comments_id = posts.id AND comments.comments_type = Post WHERE id = ?',
      ['comments'],
    ],
    [
      'SELECT * FROM posts LEFT JOIN tag_tags ON tag_tags.tags_id = posts.id AND tag_tags.tags_type = Post LEFT JOIN tags ON tags.id = tag_tags.tag_id WHERE id = ?',
      ['tags'],
    ],
    [
      'SELECT * FROM tags LEFT JOIN post_tag ON post_tag.post_id = tags.id LEFT JOIN posts ON posts.id = post_tag.tag_id AND post_tag.tag_type = Post WHERE id = ?',
      ['posts'],
    ],
    [
      'SELECT * FROM comments LEFT JOIN commentable ON commentable.comment_id = comments.id WHERE id = ?',
      ['commentable'],
    ],
  ])('%s', (sql, relations) => {
    expect(relationsOf(sql)).toEqual(relations)
  })

  it('a joined table that is neither a model nor a pivot of a later join is UNKNOWN_RELATION, not dropped', () => {
    const error = driverError(() =>
      relationsOf('SELECT * FROM posts LEFT JOIN audit ON audit.post_id = posts.id WHERE id = ?'),
    )
    expect(error.code).toBe('UNKNOWN_RELATION')
    expect(error.message).toContain('audit')
  })
})

describe('the morph type column holds the parent key prefix', () => {
  it('a model name in WHERE and IN becomes the prefix the ORM stores', () => {
    expect(
      intent('SELECT * FROM comments WHERE commentable_type = ? AND commentable_id = ?', ['Post', 'p1']),
    ).toMatchObject({
      where: {
        kind: 'and',
        items: [
          { kind: 'compare', field: 'commentableType', value: 'POST' },
          { kind: 'compare', field: 'commentableId', value: 'p1' },
        ],
      },
    })
    expect(intent('SELECT * FROM comments WHERE commentable_type IN (?, ?)', ['Post', 'POST'])).toMatchObject(
      {
        where: { kind: 'in', values: ['POST', 'POST'] },
      },
    )
  })

  it('INSERT and UPDATE store the prefix; other text is left as written', () => {
    expect(
      intent('INSERT INTO comments (id, commentable_type, commentable_id, body) VALUES (?, ?, ?, ?)', [
        'c',
        'Post',
        'p',
        'Post',
      ]),
    ).toMatchObject({ rows: [{ commentableType: 'POST', body: 'Post' }] })
    expect(intent('UPDATE comments SET commentable_type = ? WHERE id = ?', ['Post', 'c'])).toMatchObject({
      changes: { commentableType: 'POST' },
    })
  })
})

describe("Laravel's morph pivot table (taggables) is the morphToMany edges", () => {
  it('rows attach through the relation of the model their type names (model name or prefix)', () => {
    expect(
      intent('INSERT INTO taggables (tag_id, taggable_id, taggable_type) VALUES (?, ?, ?), (?, ?, ?)', [
        't1',
        'v1',
        'Video',
        't2',
        'v1',
        'VIDEO',
      ]),
    ).toEqual({
      kind: 'attach',
      owner: 'Video',
      relation: 'tags',
      rows: [
        { ownerId: 'v1', targetId: 't1', attributes: {} },
        { ownerId: 'v1', targetId: 't2', attributes: {} },
      ],
    })
  })

  it('DELETE names the tagged model by its type and id', () => {
    expect(
      intent('DELETE FROM taggables WHERE taggable_type = ? AND taggable_id = ? AND tag_id IN (?, ?)', [
        'Post',
        'p1',
        'a',
        'b',
      ]),
    ).toEqual({ kind: 'detach', owner: 'Post', relation: 'tags', ownerId: 'p1', targetIds: ['a', 'b'] })
  })

  it('a missing or unknown type, or rows of several types, are typed errors', () => {
    const missing = driverError(() =>
      intent('INSERT INTO taggables (tag_id, taggable_id) VALUES (?, ?)', ['t', 'p']),
    )
    expect(missing.hint).toContain('Post, POST, Video, VIDEO')
    const unknown = driverError(() =>
      intent('DELETE FROM taggables WHERE taggable_type = ? AND taggable_id = ?', ['Tag', 'p']),
    )
    expect(unknown.message).toContain('names no tagged model')
    const mixed = driverError(() =>
      intent('INSERT INTO taggables (tag_id, taggable_id, taggable_type) VALUES (?, ?, ?), (?, ?, ?)', [
        't',
        'p',
        'Post',
        't',
        'v',
        'Video',
      ]),
    )
    expect(mixed.hint).toContain('their own insertInto()')
  })
})
