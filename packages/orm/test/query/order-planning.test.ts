import { defineModel, deriveDesign } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { createQueryBuilder, type QueryContext, QueryError } from '../../src/query/index'
import { saasModels, type Task } from '../fixtures/planner/saas'
import { builders } from './unit-context'

const { posts } = builders()

function saasContext(): QueryContext {
  const fail = () => Promise.reject(new Error('unit tests must not send requests'))
  return {
    design: deriveDesign([...saasModels], { tableName: 'order-unit' }),
    tableName: 'order-unit',
    doc: { query: fail, scan: fail, get: fail },
    options: {},
    hydrate: (_entity, item) => item,
  }
}
const tasks = () => createQueryBuilder<typeof Task>(saasContext(), 'Task')

// Random (v4) ids do not sort by creation: only the type entry sorts by createdAt.
const Note = defineModel({
  name: 'Note',
  traits: { useUuid: { kind: 'uuid' }, useTimestamps: true },
  belongsTo: ['Book'],
  attributes: { bookId: { type: 'string', required: true, fillable: true } },
} as const)
const Book = defineModel({ name: 'Book', hasMany: ['Note'], attributes: {} } as const)
function notes() {
  const ctx = { ...saasContext(), design: deriveDesign([Note, Book], { tableName: 'order-unit' }) }
  return createQueryBuilder<typeof Note>(ctx, 'Note')
}

describe('orderBy keeps the bounded index when it can', () => {
  it("Task.where('projectId', p).orderBy('createdAt') stays on the belongsTo index (uuidv7 ids sort by creation)", () => {
    const query = tasks().where('projectId', 'p1').orderBy('createdAt', 'desc')
    const explained = query.explain()
    expect(explained.index).toBe('GSI2')
    expect(explained.reason).toBe('belongsTo Project')
    expect(explained.costClass).toBe('Query (bounded partition)')
    expect(query.toQuery().ScanIndexForward).toBe(false)
    expect(explained.warnings).toEqual([])
  })

  it('an order no bounded index gives is a typed error that offers sortInMemory()', () => {
    try {
      posts.where('userId', 'u1').orderBy('views').toQuery()
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError)
      expect((error as QueryError).code).toBe('UNSUPPORTED_ORDER')
      expect((error as QueryError).hint).toContain('call .sortInMemory() to read GSI2 (a bounded partition)')
    }
  })

  it('sortInMemory() reads the bounded partition whole (no Limit) and says it sorts in memory', () => {
    const base = posts.where('userId', 'u1').orderBy('views', 'desc').limit(5)
    const query = base.sortInMemory()
    const explained = query.explain()
    expect(explained.index).toBe('GSI2')
    expect(explained.reads).toContain("then sorts them by 'views' in memory")
    const request = query.toQuery()
    expect(request.Limit).toBeUndefined()
    expect(request.ScanIndexForward).toBeUndefined()
    expect(() => base.toQuery()).toThrow(QueryError)
  })

  it('sortInMemory() never sorts a whole-type read in memory', () => {
    expect(() => posts.where('title', 'x').orderBy('views').sortInMemory().toQuery()).toThrow(
      expect.objectContaining({ code: 'UNSUPPORTED_ORDER' }),
    )
  })

  it('a whole-type read sorted by an index names sortInMemory() as the fix when a bounded index exists', () => {
    const explained = notes().where('bookId', 'b1').orderBy('createdAt').explain()
    expect(explained.costClass).toBe('Query (whole type)')
    expect(explained.fix).toContain('GSI2 bounds the partition but does not sort by')
    expect(explained.warnings[0]).toContain('.sortInMemory()')
  })
})
