import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { deriveDesign, loadModels, normalizeModel, SchemaError } from '../../src/index'

const folder = fileURLToPath(new URL('../fixtures/stacks-keyed', import.meta.url))

const summary = (design: ReturnType<typeof deriveDesign>) =>
  Object.entries(design.entities).flatMap(([entity, { relations }]) =>
    Object.values(relations).map((relation) =>
      [
        entity,
        relation.name,
        relation.kind,
        relation.target,
        relation.foreignKey,
        relation.pivot?.entityType ?? '-',
      ].join(' '),
    ),
  )

describe('relations keyed by relation name (Stacks form)', () => {
  it('load from disk for every relation kind, the key naming the relation', async () => {
    const models = await loadModels({ modelsPath: folder, stacksShims: 'always' })
    const design = deriveDesign(models)
    expect(summary(design)).toEqual([
      'Account owner belongsTo User ownerId -',
      'Category posts belongsToMany Post categoryId CategorizableModels',
      'Comment post belongsTo Post postId -',
      'Image imageable morphTo  imageableId -',
      'Post categories belongsToMany Category categorizableId CategorizableModels',
      'Post comments hasMany Comment postId -',
      'Post cover morphOne Image imageableId -',
      'Post labels morphToMany Tag taggableId Taggable',
      'Post writer belongsTo User writerId -',
      'Tag posts morphedByMany Post tagId Taggable',
      'User account hasOne Account ownerId -',
      'User photos morphMany Image imageableId -',
      'User writings hasMany Post writerId -',
    ])
    expect(design.entities.Image?.relations.imageable?.morph?.targets).toEqual(['Post', 'User'])
    expect(design.entities.Post?.relations.categories?.pivot?.partitionKey).toEqual(
      design.entities.Category?.relations.posts?.pivot?.partitionKey,
    )
    expect(JSON.stringify(deriveDesign([...models].reverse()))).toBe(JSON.stringify(design))
  })

  it('give the same relations as the list form', () => {
    const keyed = normalizeModel({
      name: 'Post',
      belongsTo: { user: 'User' },
      belongsToMany: { tags: { model: 'Tag', table: 'post_tags' } },
      attributes: { title: {} },
    })
    const listed = normalizeModel({
      name: 'Post',
      belongsTo: ['User'],
      belongsToMany: [{ model: 'Tag', pivotTable: 'post_tags' }],
      attributes: { title: {} },
    })
    const withoutPath = (model: typeof keyed) =>
      model.relations.map(({ path: _path, ...relation }) => relation)
    expect(withoutPath(keyed)).toEqual(withoutPath(listed))
    expect(keyed.relations.map((relation) => relation.path)).toEqual(['belongsToMany.tags', 'belongsTo.user'])
  })

  it('let an explicit relationName win over the key', () => {
    const model = normalizeModel({
      name: 'User',
      hasMany: { tokens: { model: 'Token', relationName: 'keys' } },
    })
    expect(model.relations.map((relation) => relation.name)).toEqual(['keys'])
  })

  it('name the keyed entry in the typed error when it has no model', () => {
    const error = (() => {
      try {
        normalizeModel({ name: 'User', hasMany: { tokens: { foreignKey: 'userId' } } })
      } catch (caught) {
        return caught
      }
      return null
    })()
    expect(error).toBeInstanceOf(SchemaError)
    expect(error).toMatchObject({ code: 'INVALID_MODEL', key: 'hasMany.tokens', model: 'User' })
    expect((error as SchemaError).hint).toContain("hasMany: ['Post']")
  })
})
