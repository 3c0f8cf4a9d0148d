import { describe, expect, it } from 'vitest'
import { QueryError } from '../../src/query/index'
import { builders, unitContext } from './unit-context'

const { users, posts, profiles, teams } = builders()

describe('index selection', () => {
  it('uses the table with pk and sk when the primary key is known', () => {
    const request = users.where('id', 'u1').toQuery()
    expect(request.IndexName).toBeUndefined()
    expect(request.KeyConditionExpression).toBe('#n0 = :v0 AND #n1 = :v0')
    expect(request.ExpressionAttributeNames).toMatchObject({ '#n0': 'pk', '#n1': 'sk' })
    expect(request.ExpressionAttributeValues).toMatchObject({ ':v0': 'USER#u1' })
    const explained = users.where('id', 'u1').explain()
    expect(explained.operation).toBe('Query')
    expect(explained.entityTypeFilter).toBe(false)
    expect(explained.estimate.items).toBe(1)
  })

  it('uses the belongsTo GSI for a foreign key and keeps other conditions as a filter', () => {
    const explained = users.where('teamId', 't1').where('age', '>', 30).explain()
    expect(explained).toMatchObject({ operation: 'Query', index: 'GSI2', reason: 'belongsTo Team' })
    expect(explained.keyCondition).toBe('gsi2pk = "TEAM#t1"')
    expect(explained.filter).toContain('age > 30')
    expect(explained.filter).toContain('deletedAt')
  })

  it('leaves out a fixed sort-key prefix when no other item type shares the partition', () => {
    const explained = posts.where('userId', 'u1').explain()
    expect(explained.index).toBe('GSI2')
    expect(explained.keyCondition).toBe('gsi2pk = "USER#u1"')
    expect(explained.entityTypeFilter).toBe(false)
  })

  it('queries children in the parent collection with begins_with on the table sort key', () => {
    const explained = profiles.where('userId', 'u1').explain()
    expect(explained.index).toBeNull()
    expect(explained.keyCondition).toBe('pk = "USER#u1" AND begins_with(sk, "PROFILE#")')
    expect(explained.entityTypeFilter).toBe(false)
  })

  it('falls back to the type-list GSI with a filter when no key attribute is given', () => {
    const explained = teams.where('name', 'core').explain()
    expect(explained).toMatchObject({ operation: 'Query', index: 'GSI1', reason: 'list by type' })
    expect(explained.keyCondition).toBe('gsi1pk = "TEAM"')
    expect(explained.filter).toBe('name = "core"')
  })

  it('uses a model index when its sparse fields are guaranteed by the query', () => {
    const explained = posts.where('status', 'live').whereNotNull('publishedAt').explain()
    expect(explained.index).toBe('GSI3')
    expect(explained.keyCondition).toBe('gsi3pk = "POST#BY_STATUS#live"')
    expect(explained.filter).toContain('attribute_exists(publishedAt)')
  })

  it('does not use a sparse index that could miss items', () => {
    const explained = posts.where('status', 'live').explain()
    expect(explained.index).toBe('GSI1')
    expect(explained.rejected.join(' ')).toContain('GSI3: sparse')
  })

  it('turns a range on a time-ordered sort key into a key condition', () => {
    const explained = posts
      .where('status', 'live')
      .whereBetween('publishedAt', ['2024-01-01', '2024-02-01'])
      .explain()
    expect(explained.index).toBe('GSI3')
    expect(explained.keyCondition).toBe(
      'gsi3pk = "POST#BY_STATUS#live" AND gsi3sk BETWEEN "2024-01-01" AND "2024-02-01$"',
    )
    // Key text only brackets the range; the exact comparison stays in the filter.
    expect(explained.filter).toContain('publishedAt BETWEEN "2024-01-01" AND "2024-02-01"')
  })

  it('answers whereDate/whereMonth/whereYear with begins_with on a time-ordered key', () => {
    expect(users.whereDate('createdAt', '2024-03-05').explain().keyCondition).toBe(
      'gsi1pk = "USER" AND begins_with(gsi1sk, "2024-03-05")',
    )
    expect(users.whereMonth('createdAt', '2024-03').explain().keyCondition).toBe(
      'gsi1pk = "USER" AND begins_with(gsi1sk, "2024-03")',
    )
    expect(users.whereYear('createdAt', 2024).explain().keyCondition).toBe(
      'gsi1pk = "USER" AND begins_with(gsi1sk, "2024")',
    )
    // Exact as a key condition, and the live-only list index needs no soft-delete filter either.
    expect(users.whereDate('createdAt', '2024-03-05').explain().filter).toBeNull()
  })

  it('makes whereDate a filter when no key sorts by the field', () => {
    const explained = posts.where('userId', 'u1').whereDate('publishedAt', '>', '2024-03-05').explain()
    expect(explained.index).toBe('GSI2')
    expect(explained.filter).toBe('publishedAt >= "2024-03-06"')
    expect(posts.whereMonth('publishedAt', 3).explain().filter).toBe('contains(publishedAt, "-03-")')
  })

  it('uses an LSI by its model index name and ranges on its last field', () => {
    const explained = posts.useIndex('byTitle').where('id', 'p1').where('title', '>=', 'M').explain()
    expect(explained.index).toBe('LSI1')
    expect(explained.keyCondition).toBe('pk = "POST#p1" AND lsi1sk >= "POST#M"')
  })

  it('begins_with on a sort-key field becomes a key condition and leaves the filter', () => {
    const explained = posts.useIndex('LSI1').where('id', 'p1').whereBeginsWith('title', 'Hello').explain()
    expect(explained.keyCondition).toBe('pk = "POST#p1" AND begins_with(lsi1sk, "POST#Hello")')
    expect(explained.filter).toBeNull()
  })

  it('Scans when an OR spans the top level, filtering on the entity type', () => {
    const ctx = unitContext()
    const explained = builders(ctx)
      .teams.withoutGlobalScopes()
      .where('name', 'a')
      .orWhere('name', 'b')
      .explain()
    // The type-list GSI still fits (no key field needed); an OR only blocks key fields.
    expect(explained.index).toBe('GSI1')
    expect(explained.filter).toBe('name = "a" OR name = "b"')
  })

  it('nests groups from callbacks with Laravel precedence', () => {
    const explained = users
      .where('teamId', 't1')
      .where((q) => q.where('status', 'active').orWhere('age', '>', 60))
      .explain()
    expect(explained.index).toBe('GSI2')
    expect(explained.filter).toContain('(status = "active" OR age > 60)')
  })

  it('Scans with an entity-type filter when nothing fits, and warns once per shape', () => {
    const warnings: string[] = []
    const ctx = unitContext({ warn: (message) => warnings.push(message) })
    const { users: scoped } = builders(ctx)
    const explained = scoped.withTrashed().where('name', 'x').explain()
    expect(explained.operation).toBe('Scan')
    expect(explained.filter).toContain('_et = "User"')
    expect(explained.warnings[0]).toContain('Scan')
    expect(explained.rejected.join(' ')).toContain('live items only')
  })

  it('throws ScanNotAllowedError in strict mode unless forceScan()', async () => {
    const { users: strict } = builders(unitContext({ strict: true }))
    await expect(strict.withTrashed().get()).rejects.toMatchObject({ code: 'SCAN_NOT_ALLOWED' })
    expect(strict.withTrashed().forceScan().explain().warnings).toEqual([])
  })
})

describe('ordering and options', () => {
  it('orders by the sort key of the chosen index', () => {
    const request = users.latest().toQuery()
    expect(request.IndexName).toBe('GSI1')
    expect(request.ScanIndexForward).toBe(false)
    expect(users.oldest().toQuery().ScanIndexForward).toBe(true)
  })

  it('rejects ordering no index provides, with a hint', () => {
    try {
      users.orderBy('name').toQuery()
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(QueryError)
      expect((error as QueryError).code).toBe('UNSUPPORTED_ORDER')
      expect((error as QueryError).hint).toContain("sortBy('name')")
    }
  })

  it('rejects consistentRead on a GSI and allows it on the table', () => {
    expect(() => users.where('teamId', 't1').useIndex('GSI2').consistentRead().toQuery()).toThrow(
      expect.objectContaining({ code: 'CONSISTENT_READ_ON_GSI' }),
    )
    expect(users.where('id', 'u1').consistentRead().toQuery().ConsistentRead).toBe(true)
  })

  it('rejects unknown and unusable forced indexes', () => {
    expect(() => users.useIndex('GSI9').toQuery()).toThrow(expect.objectContaining({ code: 'UNKNOWN_INDEX' }))
    expect(() => users.useIndex('GSI2').toQuery()).toThrow(
      expect.objectContaining({ code: 'INDEX_UNUSABLE' }),
    )
  })

  it('pushes limit into the request only when nothing is filtered', () => {
    expect(profiles.where('userId', 'u1').limit(5).toQuery().Limit).toBe(5)
    expect(profiles.where('userId', 'u1').where('bio', 'x').limit(5).toQuery().Limit).toBeUndefined()
    expect(profiles.where('userId', 'u1').where('bio', 'x').pageSize(50).toQuery().Limit).toBe(50)
  })

  it('projects selected attributes plus the keys paging needs', () => {
    const request = users.where('teamId', 't1').select('name').toQuery()
    const names = Object.values(request.ExpressionAttributeNames ?? {})
    expect(names).toEqual(expect.arrayContaining(['name', 'pk', 'sk', 'gsi2pk', 'gsi2sk', '_et']))
  })

  it('onlyTrashed filters on the soft-delete attribute, withTrashed drops the filter', () => {
    expect(users.where('teamId', 't1').onlyTrashed().explain().filter).toContain(
      'attribute_exists(deletedAt)',
    )
    expect(users.where('teamId', 't1').withTrashed().explain().filter).toBeNull()
    expect(users.where('teamId', 't1').withoutGlobalScope('softDeletes').explain().filter).toBeNull()
  })

  it('splits IN lists over 100 values and handles NOT IN', () => {
    const many = Array.from({ length: 150 }, (_, i) => `s${i}`)
    const filter = teams.whereIn('name', many).explain().filter ?? ''
    expect(filter.match(/ IN /g)).toHaveLength(2)
    expect(teams.whereNotIn('name', ['a']).explain().filter).toBe('NOT name IN ("a")')
  })

  it('when/unless apply conditionally', () => {
    expect(teams.when(false, (q) => q.where('name', 'x')).explain().filter).toBeNull()
    expect(teams.unless(false, (q) => q.where('name', 'x')).explain().filter).toBe('name = "x"')
    expect(teams.when('y', (q, v) => q.where('name', v)).explain().filter).toBe('name = "y"')
  })
})

describe('immutability', () => {
  it('never changes a builder once made', () => {
    const base = users.where('teamId', 't1')
    const a = base.where('age', '>', 30)
    const b = base.where('status', 'active')
    expect(base.explain().filter).not.toContain('age')
    expect(a.explain().filter).toContain('age')
    expect(a.explain().filter).not.toContain('status')
    expect(b.explain().filter).toContain('status')
    expect(Object.isFrozen(base.description)).toBe(true)
    expect(Object.isFrozen(base.description.where)).toBe(true)
  })

  it('compiles purely: equal builders give equal requests', () => {
    expect(users.where('teamId', 't1').toQuery()).toEqual(users.where('teamId', 't1').toQuery())
  })
})
