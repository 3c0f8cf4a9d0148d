import { deriveDesign, type ModelInput } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { parseEager, type RelationConstraint, tenantDesign } from '../../src/index'
import { edgeItem, relatedField } from '../../src/relations/pivot-items'
import { models } from './fixtures'

const design = deriveDesign(models as unknown as ModelInput[], { tableName: 'tbl' })

describe('parseEager', () => {
  it('merges dotted paths into one tree and keeps constraints on the last segment', () => {
    const constraint: RelationConstraint = (q) => q
    const tree = parseEager(['posts.comments', 'team', { 'posts.comments': constraint, profile: true }])
    expect([...tree.keys()]).toEqual(['posts', 'team', 'profile'])
    const posts = tree.get('posts')!
    expect(posts.constraint).toBeNull()
    expect(posts.children.get('comments')?.constraint).toBe(constraint)
    expect(tree.get('profile')?.constraint).toBeNull()
  })

  it('extends an existing tree without changing it', () => {
    const base = parseEager(['posts'])
    const next = parseEager(['posts.comments'], base)
    expect(base.get('posts')?.children.size).toBe(0)
    expect(next.get('posts')?.children.has('comments')).toBe(true)
  })
})

describe('belongsToMany edge items', () => {
  it('carry both ids, declared pivot attributes only, inverse index keys and the edge type', () => {
    const relation = design.entities.User!.relations.roles!
    const pivot = relation.pivot!
    expect(relatedField(relation, pivot)).toBe('roleId')
    const item = edgeItem(design, relation, pivot, 'u1', 'admin', { level: 3, sneaky: 'x' })
    expect(item).toMatchObject({
      userId: 'u1',
      roleId: 'admin',
      level: 3,
      [pivot.partitionKey.attribute]: 'ROLE#admin',
      [pivot.sortKey.attribute]: 'USER#u1',
      [pivot.inversePartitionKey.attribute]: 'USER#u1',
      [design.entityTypeAttribute]: pivot.entityType,
    })
    expect(item).not.toHaveProperty('sneaky')
  })
})

describe('tenantDesign (prefix strategy)', () => {
  it('prefixes every partition key template and leaves sort keys alone', () => {
    const scoped = tenantDesign(design, 'acme')
    const user = scoped.entities.User!
    expect(user.partitionKey.template).toBe(`TENANT#acme#${design.entities.User!.partitionKey.template}`)
    expect(user.sortKey.template).toBe(design.entities.User!.sortKey.template)
    for (const keys of user.indexKeys)
      expect(keys.partitionKey.template.startsWith('TENANT#acme#')).toBe(true)
    for (const relation of Object.values(user.relations))
      expect(relation.access.partitionKey.template.startsWith('TENANT#acme#')).toBe(true)
    expect(user.relations.roles!.pivot!.inversePartitionKey.template.startsWith('TENANT#acme#')).toBe(true)
    expect(design.entities.User!.partitionKey.template.startsWith('TENANT#')).toBe(false)
  })
})
