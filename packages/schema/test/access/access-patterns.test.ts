import { describe, expect, it } from 'vitest'
import { deriveDesign } from '../../src/index'
import { blogModels } from '../fixtures/blog'
import { shopModels } from '../fixtures/shop'

const blog = deriveDesign(blogModels)
const find = (entity: string, kind: string, text = '') =>
  blog.accessPatterns.find(
    (pattern) => pattern.entity === entity && pattern.kind === kind && pattern.description.includes(text),
  )

describe('access-pattern matrix', () => {
  it('covers every entity with getById and listAll', () => {
    for (const name of Object.keys(blog.entities)) {
      expect(find(name, 'getById')).toBeDefined()
      expect(find(name, 'listAll')).toBeDefined()
    }
  })

  it('gives each pattern its request, index, sample key condition and ORM code', () => {
    expect(find('User', 'getById')).toEqual({
      entity: 'User',
      kind: 'getById',
      description: 'User by id',
      operation: 'GetItem',
      index: null,
      keyCondition: 'pk = USER#123 AND sk = USER#123',
      example: "await User.find('123')",
      cost: 'GetItem',
      alsoMatches: [],
    })
    expect(find('Post', 'childrenByParent', 'of a User')).toMatchObject({
      operation: 'Query',
      keyCondition: expect.stringMatching(/^gsi\dpk = USER#123 AND begins_with\(gsi\dsk, POST#\)$/),
      example: "await Post.where('userId', user.id).get()",
      cost: 'Query',
    })
    expect(find('User', 'byUniqueAttribute')).toMatchObject({
      keyCondition: expect.stringContaining('pk = UNIQUE#User#email#ada@example.com'),
      example: "await User.where('email', 'ada@example.com').first()",
      cost: 'GetItem',
    })
    expect(find('Post', 'byIndexedAttribute')).toMatchObject({
      operation: 'Query',
      keyCondition: expect.stringContaining('POST#BY_STATUS#'),
    })
    expect(find('Post', 'timeRange')).toMatchObject({
      operation: 'Query',
      keyCondition: expect.stringContaining('BETWEEN'),
    })
    expect(find('Role', 'relatedMany')).toMatchObject({
      operation: 'Query',
      index: null,
      keyCondition: 'pk = USER#123 AND begins_with(sk, ROLE#)',
    })
  })

  it('reads relations through Query or GetItem, never Scan', () => {
    const relational = ['childrenByParent', 'parentOfChild', 'relatedMany']
    for (const pattern of blog.accessPatterns.filter((entry) => relational.includes(entry.kind))) {
      expect(pattern.cost).not.toBe('Scan')
    }
  })

  it('flags a likely filter without an index as a whole-type read and suggests the index', () => {
    const pattern = find('User', 'byIndexedAttribute', 'status')
    expect(pattern).toMatchObject({ operation: 'Query', index: 'GSI1', cost: 'Query' })
    expect(pattern?.keyCondition).toBe('gsi1pk = USER (whole type: reads every User, filter status = active)')
    expect(blog.warnings).toContainEqual({
      code: 'NO_INDEX_FOR_LIKELY_PATTERN',
      entity: 'User',
      message: 'User by status looks like a common filter but reads every User',
      suggestion: "indexes: [{ name: 'byStatus', columns: ['status'] }]",
    })
    const fixed = deriveDesign(
      blogModels.map((model) =>
        model.name === 'User' ? { ...model, indexes: [{ name: 'byStatus', columns: ['status'] }] } : model,
      ),
    )
    expect(fixed.warnings.filter((warning) => warning.code === 'NO_INDEX_FOR_LIKELY_PATTERN')).toEqual([])
  })

  it('uses the collection for children stored with their parent', () => {
    const shop = deriveDesign(shopModels)
    const items = shop.accessPatterns.find(
      (pattern) => pattern.entity === 'OrderItem' && pattern.kind === 'childrenByParent',
    )
    expect(items).toMatchObject({
      index: null,
      keyCondition: 'pk = ORDER#123 AND begins_with(sk, ORDER_ITEM#)',
    })
  })
})
