import { describe, expect, it } from 'vitest'
import { deriveDesign, renderKey } from '../../src/index'
import { blogModels } from '../fixtures/blog'

const design = deriveDesign(blogModels, { tableName: 'blog' })
const entity = (name: string) => {
  const found = design.entities[name]
  if (!found) throw new Error(`no entity ${name}`)
  return found
}

describe('blog design: base keys', () => {
  it('keys root entities as PREFIX#{id} in both pk and sk', () => {
    expect(entity('User').prefix).toBe('USER')
    expect(entity('User').partitionKey).toEqual({ attribute: 'pk', template: 'USER#{id}', fields: ['id'] })
    expect(entity('User').sortKey).toEqual({ attribute: 'sk', template: 'USER#{id}', fields: ['id'] })
    expect(entity('User').collectionParent).toBeNull()
  })

  it("stores collection children in the parent's partition with their own sort key", () => {
    expect(entity('Profile').partitionKey.template).toBe('USER#{userId}')
    expect(entity('Profile').sortKey.template).toBe('PROFILE#{id}')
    expect(entity('Profile').collectionParent).toEqual({ entity: 'User', foreignKey: 'userId' })
  })

  it('lists entities in name order and keeps pivots apart', () => {
    expect(Object.keys(design.entities)).toEqual([
      'Comment',
      'Post',
      'Profile',
      'Role',
      'Tag',
      'Team',
      'User',
    ])
    expect(Object.keys(design.pivots)).toEqual(['PostTag', 'UserRoles'])
  })
})

describe('blog design: overloaded GSIs', () => {
  it('needs as many GSIs as the busiest entity has access paths', () => {
    const busiest = Math.max(...Object.values(design.entities).map((e) => e.indexKeys.length))
    expect(design.globalIndexes.map((index) => index.name)).toEqual(['GSI1', 'GSI2', 'GSI3'])
    expect(design.globalIndexes).toHaveLength(busiest)
    expect(design.globalIndexes[0]).toMatchObject({
      partitionKey: 'gsi1pk',
      sortKey: 'gsi1sk',
      projection: { type: 'ALL' },
    })
  })

  it('never puts two access paths of one entity on the same GSI', () => {
    for (const item of Object.values(design.entities)) {
      const indexes = item.indexKeys.map((keys) => keys.index)
      expect(new Set(indexes).size).toBe(indexes.length)
    }
  })

  it('indexes belongsTo as PARENT#{fk} / CHILD#{id} so "posts of a user" is one Query', () => {
    const keys = entity('Post').indexKeys.find((entry) => entry.reason === 'belongsTo User')
    expect(keys?.partitionKey.template).toBe('USER#{userId}')
    expect(keys?.sortKey.template).toBe('POST#{id}')
    expect(keys?.sparse).toBe(false)
    const posts = entity('User').relations.posts
    expect(posts?.access).toEqual({
      operation: 'Query',
      index: keys?.index,
      partitionKey: { attribute: keys?.partitionKey.attribute, template: 'USER#{id}', fields: ['id'] },
      sortKey: { attribute: keys?.sortKey.attribute, template: 'POST#', fields: [] },
      sortKeyBeginsWith: 'POST#',
      inParentCollection: false,
      entityType: 'Post',
      alsoMatches: [],
    })
  })

  it('marks index keys on optional attributes sparse and says which items the index holds', () => {
    const team = entity('User').indexKeys.find((entry) => entry.reason === 'belongsTo Team')
    expect(team).toMatchObject({ sparse: true, holds: 'User items with teamId set' })
    const list = entity('User').indexKeys.find((entry) => entry.reason === 'list by type')
    expect(list).toMatchObject({
      sparse: true,
      excludeSoftDeleted: true,
      holds: 'User items not soft-deleted',
    })
    expect(design.warnings).toContainEqual(expect.objectContaining({ code: 'SPARSE_INDEX', entity: 'User' }))
  })

  it('lets collection children be found by id alone through a GSI', () => {
    expect(entity('Profile').access.byId).toMatchObject({
      operation: 'Query',
      partitionKey: { template: 'PROFILE#{id}' },
    })
    expect(entity('User').access.byId).toMatchObject({ operation: 'GetItem', index: null })
  })
})

describe('blog design: relations', () => {
  it('reads belongsTo with one GetItem built from the foreign key', () => {
    expect(entity('Comment').relations.author?.access).toMatchObject({
      operation: 'GetItem',
      index: null,
      partitionKey: { template: 'USER#{authorId}' },
      sortKey: { template: 'USER#{authorId}' },
    })
  })

  it('reads collection children with a begins_with Query on the table', () => {
    expect(entity('User').relations.profile?.access).toMatchObject({
      operation: 'Query',
      index: null,
      partitionKey: { attribute: 'pk', template: 'USER#{id}' },
      sortKeyBeginsWith: 'PROFILE#',
      inParentCollection: true,
    })
  })

  it('stores belongsToMany as edge items with the inverse view on a GSI', () => {
    const pivot = entity('User').relations.roles?.pivot
    expect(pivot).toMatchObject({
      entityType: 'UserRoles',
      partitionKey: { attribute: 'pk', template: 'USER#{userId}' },
      sortKey: { attribute: 'sk', template: 'ROLE#{roleId}' },
      inversePartitionKey: { template: 'ROLE#{roleId}' },
      inverseSortKey: { template: 'USER#{userId}' },
      attributes: ['grantedAt', 'grantedBy'],
    })
    expect(entity('User').relations.roles?.access).toMatchObject({ index: null, sortKeyBeginsWith: 'ROLE#' })
    expect(entity('Tag').relations.posts?.access).toMatchObject({
      index: design.pivots.PostTag?.inverseIndex,
    })
  })

  it('keys morph children by the parent prefix stored in the type attribute', () => {
    const comments = entity('Post').relations.comments
    expect(comments?.morph).toEqual({
      typeAttribute: 'commentableType',
      idAttribute: 'commentableId',
      typeValue: 'POST',
      targets: [],
    })
    const commentable = entity('Comment').relations.commentable
    expect(commentable?.morph?.targets).toEqual(['Post'])
    const parentKey = renderKey(entity('Post').partitionKey.template, { id: '9' })
    const viaMorph = renderKey(commentable?.access.partitionKey.template ?? '', {
      commentableType: 'POST',
      commentableId: '9',
    })
    expect(viaMorph).toBe(parentKey)
  })
})

describe('blog design: unique guards and traits', () => {
  it('writes a guard item per unique attribute', () => {
    expect(entity('User').uniqueGuards).toEqual([
      { attribute: 'email', template: 'UNIQUE#User#email#{email}' },
    ])
    expect(entity('Team').uniqueGuards).toEqual([{ attribute: 'slug', template: 'UNIQUE#Team#slug#{slug}' }])
  })

  it('maps traits', () => {
    expect(entity('User').traits).toEqual({
      timestamps: { createdAt: 'createdAt', updatedAt: 'updatedAt', format: 'iso' },
      softDeletes: { attribute: 'deletedAt' },
      generatedId: { kind: 'uuidv7' },
      ttl: null,
      versioning: null,
      seeder: { count: 10 },
    })
  })

  it('keeps attribute flags and validation in serializable form', () => {
    expect(entity('User').attributes.name).toEqual({
      name: 'name',
      type: 'string',
      required: true,
      unique: false,
      fillable: true,
      hidden: false,
      defaultValue: null,
      validation: [
        { rule: 'string', args: [], message: null },
        { rule: 'min', args: [2], message: 'Name is too short' },
        { rule: 'max', args: [100], message: null },
      ],
    })
    expect(entity('User').attributes.password?.hidden).toBe(true)
  })
})
