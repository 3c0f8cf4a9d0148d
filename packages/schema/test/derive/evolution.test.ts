import { describe, expect, it } from 'vitest'
import { deriveDesign, type ModelDefinition } from '../../src/index'
import { blogModels } from '../fixtures/blog'

const indexOf = (design: ReturnType<typeof deriveDesign>, entity: string, accessPath: string) =>
  design.entities[entity]?.indexKeys.find((keys) => keys.accessPath === accessPath)?.index

describe('design evolution with options.previous', () => {
  const before = deriveDesign(blogModels)
  const withTeam = blogModels.map((model) =>
    model.name === 'Post' ? { ...model, belongsTo: ['User', 'Team'] } : model,
  ) as ModelDefinition[]

  it('keeps existing access paths on their indexes and gives new ones free slots', () => {
    const fresh = deriveDesign(withTeam)
    expect(indexOf(fresh, 'Post', 'parent:User:userId')).not.toBe(
      indexOf(before, 'Post', 'parent:User:userId'),
    )
    const evolved = deriveDesign(withTeam, { previous: before })
    for (const path of ['type', 'parent:User:userId', 'index:byStatus']) {
      expect(indexOf(evolved, 'Post', path)).toBe(indexOf(before, 'Post', path))
    }
    expect(indexOf(evolved, 'Post', 'parent:Team:teamId')).toBe('GSI4')
    expect(evolved.entities.Team?.relations.users?.access.index).toBe(
      before.entities.Team?.relations.users?.access.index,
    )
  })

  it('changes nothing when the models did not change', () => {
    expect(JSON.stringify(deriveDesign(blogModels, { previous: before }))).toBe(JSON.stringify(before))
  })

  it('leaves an emptied index as a spare instead of renaming the ones after it', () => {
    const models: ModelDefinition[] = [
      {
        name: 'A',
        indexes: [
          { name: 'first', columns: ['x'] },
          { name: 'second', columns: ['y'] },
        ],
      },
    ]
    const v1 = deriveDesign(models, { typeIndex: false })
    expect(v1.globalIndexes.map((index) => index.name)).toEqual(['GSI1', 'GSI2'])
    const v2 = deriveDesign([{ name: 'A', indexes: [{ name: 'second', columns: ['y'] }] }], {
      typeIndex: false,
      previous: v1,
    })
    expect(indexOf(v2, 'A', 'index:second')).toBe('GSI2')
    expect(v2.globalIndexes[0]?.serves).toEqual(['spare'])
  })

  it('keeps belongsToMany inverse views and LSIs in place', () => {
    const v1 = deriveDesign([
      { name: 'List', hasMany: [{ model: 'Entry', collection: true }] },
      { name: 'Entry', indexes: [{ name: 'byRank', columns: ['rank'], local: true }] },
      { name: 'Tag', belongsToMany: ['Entry'] },
    ])
    const v2 = deriveDesign(
      [
        { name: 'List', hasMany: [{ model: 'Entry', collection: true }] },
        {
          name: 'Entry',
          indexes: [
            { name: 'byDue', columns: ['due'], local: true },
            { name: 'byRank', columns: ['rank'], local: true },
          ],
        },
        { name: 'Tag', belongsToMany: ['Entry'] },
      ],
      { previous: v1 },
    )
    expect(indexOf(v2, 'Entry', 'index:byRank')).toBe('LSI1')
    expect(indexOf(v2, 'Entry', 'index:byDue')).toBe('LSI2')
    expect(v2.pivots.EntryTag?.inverseIndex ?? v2.pivots.TagEntry?.inverseIndex).toBe(
      v1.pivots.EntryTag?.inverseIndex ?? v1.pivots.TagEntry?.inverseIndex,
    )
  })
})

describe('self-referential relations', () => {
  it('stores self many-to-many edges under the relation name so they never look like base items', () => {
    const design = deriveDesign([
      { name: 'User', belongsToMany: [{ model: 'User', relationName: 'friends' }] },
    ])
    expect(design.pivots.UserUser).toMatchObject({
      partitionKey: { template: 'USER#{userId}' },
      sortKey: { template: 'FRIENDS#{relatedUserId}' },
      inversePartitionKey: { template: 'FRIENDS#{relatedUserId}' },
      inverseSortKey: { template: 'USER#{userId}' },
    })
    expect(design.entities.User?.relations.friends?.access).toMatchObject({
      index: null,
      sortKeyBeginsWith: 'FRIENDS#',
    })
  })

  it('lists the children of a tree node through the parent index', () => {
    const design = deriveDesign([
      {
        name: 'Category',
        belongsTo: [{ model: 'Category', foreignKey: 'parentId', relationName: 'parent' }],
        hasMany: [{ model: 'Category', foreignKey: 'parentId', relationName: 'children' }],
      },
    ])
    expect(design.entities.Category?.relations.children?.access).toMatchObject({
      operation: 'Query',
      partitionKey: { template: 'CATEGORY#{id}' },
      sortKeyBeginsWith: 'CATEGORY#',
    })
    expect(design.entities.Category?.relations.parent?.access).toMatchObject({
      operation: 'GetItem',
      partitionKey: { template: 'CATEGORY#{parentId}' },
    })
  })
})
