import { describe, expect, it } from 'vitest'
import {
  deriveDesign,
  type ModelDefinition,
  normalizeModel,
  renderMarkdown,
  renderMermaid,
  SchemaError,
} from '../../src/index'
import { taggableModels } from '../fixtures/taggable'

const design = deriveDesign(taggableModels, { tableName: 'tags' })
const relation = (entity: string, name: string) => {
  const found = design.entities[entity]?.relations[name]
  if (!found) throw new Error(`no relation ${entity}.${name}`)
  return found
}

function schemaError(models: readonly ModelDefinition[]): SchemaError {
  try {
    deriveDesign(models)
  } catch (error) {
    if (error instanceof SchemaError) return error
    throw error
  }
  throw new Error('expected a SchemaError')
}

describe('morphToMany / morphedByMany: normalizing', () => {
  it('names relations like Laravel and fills the edge attributes from the morph name', () => {
    const post = normalizeModel({ name: 'Post', morphToMany: [{ model: 'Tag', morphName: 'taggable' }] })
    expect(post.relations[0]).toMatchObject({
      kind: 'morphToMany',
      name: 'tags',
      target: 'Tag',
      foreignKey: 'taggableId',
      relatedKey: 'tagId',
      morphName: 'taggable',
      morph: { typeAttribute: 'taggableType', idAttribute: 'taggableId' },
      morphInferred: false,
      path: 'morphToMany[0]',
    })
    const tag = normalizeModel({ name: 'Tag', morphedByMany: 'Video' })
    expect(tag.relations[0]).toMatchObject({
      kind: 'morphedByMany',
      name: 'videos',
      foreignKey: 'tagId',
      relatedKey: 'tagableId',
      morphName: 'tagable',
      morphInferred: true,
    })
  })

  it('rejects edge attribute names without a morph name', () => {
    expect(() => normalizeModel({ name: 'Post', morphToMany: [{ model: 'Tag', type: 'kind' }] })).toThrow(
      /names edge attributes but no morph/,
    )
  })
})

describe('morphToMany / morphedByMany: design', () => {
  it('stores one edge type per morph, keyed in the tagged model partition, with the type on the edge', () => {
    expect(Object.keys(design.pivots)).toEqual(['Taggable'])
    const pivot = design.pivots.Taggable
    expect(pivot?.partitionKey.template).toBe('{taggableType}#{taggableId}')
    expect(pivot?.sortKey.template).toBe('TAG#{tagId}')
    expect(pivot?.inversePartitionKey.template).toBe('TAG#{tagId}')
    expect(pivot?.inverseSortKey.template).toBe('{taggableType}#{taggableId}')
    expect(pivot?.attributes).toEqual(['addedBy'])
    expect(pivot?.morph).toEqual({
      name: 'taggable',
      typeAttribute: 'taggableType',
      idAttribute: 'taggableId',
      targets: ['Post', 'Video'],
    })
  })

  it('reads post.tags with one Query on the post partition, filtered to the edge type', () => {
    const tags = relation('Post', 'tags')
    expect(tags).toMatchObject({
      kind: 'morphToMany',
      target: 'Tag',
      foreignKey: 'taggableId',
      morph: { typeAttribute: 'taggableType', idAttribute: 'taggableId', typeValue: 'POST' },
    })
    expect(tags.access).toMatchObject({
      operation: 'Query',
      index: null,
      partitionKey: { attribute: 'pk', template: 'POST#{id}', fields: ['id'] },
      sortKeyBeginsWith: 'TAG#',
      entityType: 'Taggable',
    })
    expect(relation('Video', 'tags').access.partitionKey.template).toBe('VIDEO#{id}')
  })

  it('reads tag.posts and tag.videos on the inverse index, each under its own type prefix', () => {
    const posts = relation('Tag', 'posts')
    const videos = relation('Tag', 'videos')
    const inverse = design.pivots.Taggable?.inverseIndex
    for (const [read, prefix] of [
      [posts, 'POST'],
      [videos, 'VIDEO'],
    ] as const) {
      expect(read.kind).toBe('morphedByMany')
      expect(read.foreignKey).toBe('tagId')
      expect(read.morph?.typeValue).toBe(prefix)
      expect(read.access).toMatchObject({
        operation: 'Query',
        index: inverse,
        partitionKey: { template: 'TAG#{id}', fields: ['id'] },
        sortKeyBeginsWith: `${prefix}#`,
        entityType: 'Taggable',
      })
    }
  })

  it('lets a side without a morph name take the one the other side declares', () => {
    expect(relation('Video', 'tags').pivot?.entityType).toBe('Taggable')
    expect(relation('Video', 'tags').foreignKey).toBe('taggableId')
  })

  it('defaults the morph to <shared model>able on both sides', () => {
    const defaults = deriveDesign([
      { name: 'Post', morphToMany: ['Tag'] },
      { name: 'Tag', morphedByMany: ['Post'] },
    ])
    expect(Object.keys(defaults.pivots)).toEqual(['Tagable'])
    expect(defaults.entities.Tag?.relations.posts?.pivot?.morph?.idAttribute).toBe('tagableId')
  })

  it('names the edge type after the pivot table when one is declared', () => {
    const named = deriveDesign([
      { name: 'Post', morphToMany: [{ model: 'Tag', morphName: 'taggable', pivotTable: 'taggables' }] },
      { name: 'Tag' },
    ])
    expect(Object.keys(named.pivots)).toEqual(['Taggables'])
  })

  it('documents every access path, and the edges, in the Markdown and the ER diagram', () => {
    const docs = renderMarkdown(design)
    expect(docs).toContain('### Taggable (morphToMany edges, morph `taggable`)')
    expect(docs).toContain('`taggableType` holds POST (Post), VIDEO (Video)')
    expect(docs).toContain('### Post: Posts of a Tag (posts, Taggable edges)')
    expect(docs).toContain('`gsi1pk = TAG#123 AND begins_with(gsi1sk, POST#)`')
    expect(docs).toContain('`pk = VIDEO#123 AND begins_with(sk, TAG#)`')
    const related = design.accessPatterns.filter((pattern) => pattern.kind === 'relatedMany')
    expect(related.map((pattern) => [pattern.entity, pattern.operation, pattern.cost])).toEqual([
      ['Post', 'Query', 'Query'],
      ['Tag', 'Query', 'Query'],
      ['Tag', 'Query', 'Query'],
      ['Video', 'Query', 'Query'],
    ])
    expect(renderMermaid(design)).toContain('Video }o--o{ Tag : "Taggable"')
  })

  it('stays serializable and independent of model order', () => {
    const reversed = deriveDesign([...taggableModels].reverse(), { tableName: 'tags' })
    expect(JSON.stringify(reversed)).toBe(JSON.stringify(design))
    expect(JSON.parse(JSON.stringify(design))).toEqual(design)
  })
})

describe('morphToMany / morphedByMany: rejected designs', () => {
  it('rejects sides that disagree on the edge attributes', () => {
    const error = schemaError([
      { name: 'Post', morphToMany: [{ model: 'Tag', morphName: 'taggable', type: 'kind' }] },
      { name: 'Tag', morphedByMany: [{ model: 'Post', morphName: 'taggable' }] },
    ])
    expect(error.code).toBe('BAD_RELATION')
    expect(error.message).toContain("type attribute ('kind' vs 'taggableType')")
  })

  it('rejects a morph between a model and itself', () => {
    expect(schemaError([{ name: 'Tag', morphToMany: ['Tag'] }]).hint).toMatch(/belongsToMany/)
  })

  it('rejects related models that are not keyed by one id', () => {
    const error = schemaError([
      { name: 'Post', morphToMany: ['Tag'] },
      { name: 'Tag', primaryKey: ['scope', 'slug'] },
    ])
    expect(error.code).toBe('BAD_RELATION')
    expect(error.message).toContain("needs 'Tag' to be keyed by its id alone")
  })

  it('rejects an edge type that a model already uses', () => {
    const error = schemaError([
      { name: 'Post', morphToMany: [{ model: 'Tag', morphName: 'taggable' }] },
      { name: 'Tag' },
      { name: 'Taggable' },
    ])
    expect(error.code).toBe('DUPLICATE_ENTITY')
  })

  it('rejects a belongsToMany whose edges would overwrite the morph edges', () => {
    const error = schemaError([
      { name: 'Post', morphToMany: ['Tag'], belongsToMany: ['Tag'] },
      { name: 'Tag' },
    ])
    expect(error.code).toBe('CONFLICTING_KEY_PATTERN')
  })
})
