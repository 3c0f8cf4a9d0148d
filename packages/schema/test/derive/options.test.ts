import { describe, expect, it } from 'vitest'
import { deriveDesign, designOptionsFromConfig, resolveConfig } from '../../src/index'
import { blogModels } from '../fixtures/blog'

describe('design options', () => {
  it('without the type index, listing and time ranges fall back to Scan with a warning and a suggestion', () => {
    const design = deriveDesign(blogModels, { typeIndex: false })
    const list = design.accessPatterns.find(
      (pattern) => pattern.entity === 'User' && pattern.kind === 'listAll',
    )
    expect(list).toMatchObject({ operation: 'Scan', cost: 'Scan', index: null })
    expect(design.warnings).toContainEqual(expect.objectContaining({ code: 'SCAN_FOR_LIST', entity: 'User' }))
    expect(design.warnings).toContainEqual(
      expect.objectContaining({ code: 'SCAN_FOR_TIME_RANGE', entity: 'Post' }),
    )
    expect(design.entities.User?.access.list).toBeNull()
    expect(design.globalIndexes.length).toBe(deriveDesign(blogModels).globalIndexes.length - 1)
  })

  it('pads to gsiCount with spare indexes and renames indexes by pattern', () => {
    const design = deriveDesign(blogModels, {
      gsiCount: 4,
      gsiNamePattern: 'idx{n}',
      gsiPartitionKeyPattern: 'ipk{n}',
      gsiSortKeyPattern: 'isk{n}',
    })
    expect(design.globalIndexes.map((index) => [index.name, index.partitionKey, index.sortKey])).toEqual([
      ['idx1', 'ipk1', 'isk1'],
      ['idx2', 'ipk2', 'isk2'],
      ['idx3', 'ipk3', 'isk3'],
      ['idx4', 'ipk4', 'isk4'],
    ])
    expect(design.globalIndexes[3]?.serves).toEqual(['spare'])
    expect(design.entities.User?.relations.posts?.access.index).toMatch(/^idx/)
  })

  it('carries table settings, provisioned throughput and explicit indexes', () => {
    const design = deriveDesign(blogModels, {
      tableName: 'app',
      billing: { mode: 'PROVISIONED', read: 5, write: 3, autoScaling: null },
      streams: { enabled: true, viewType: 'NEW_AND_OLD_IMAGES' },
      tags: { team: 'core', app: 'blog' },
      globalIndexes: [{ name: 'legacy', partitionKey: 'legacyPk', sortKey: 'legacySk' }],
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
      deletionProtection: true,
    })
    expect(design).toMatchObject({
      tableName: 'app',
      streams: { enabled: true, viewType: 'NEW_AND_OLD_IMAGES' },
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
      deletionProtection: true,
    })
    expect(Object.keys(design.tags)).toEqual(['app', 'team'])
    expect(design.globalIndexes.at(-1)).toEqual({
      name: 'legacy',
      partitionKey: 'legacyPk',
      sortKey: 'legacySk',
      projection: { type: 'ALL' },
      throughput: { read: 5, write: 3 },
      serves: ['declared in config'],
    })
    expect(design.globalIndexes[0]?.throughput).toEqual({ read: 5, write: 3 })
  })

  it('uses another delimiter everywhere', () => {
    const design = deriveDesign(blogModels, { delimiter: '|', prefixes: { User: 'U' } })
    expect(design.entities.User?.partitionKey.template).toBe('U|{id}')
    expect(design.entities.User?.uniqueGuards[0]?.template).toBe('UNIQUE|User|email|{email}')
    expect(design.entities.Post?.relations.user?.access.partitionKey.template).toBe('U|{userId}')
  })

  it('maps a resolved config onto design options', () => {
    const config = resolveConfig({
      tableName: 'app',
      tableNamePrefix: 'prod-',
      singleTableDesign: { partitionKey: 'PK', sortKey: 'SK', keyPrefixes: { User: 'U' }, gsiCount: 3 },
      capacity: { billingMode: 'PROVISIONED', read: 10, write: 5 },
      streams: true,
      ttl: { enabled: true, attribute: 'expiresAt' },
      queryBuilder: { createdAtAttribute: 'created', timestampFormat: 'unix' },
    })
    const design = deriveDesign(blogModels, designOptionsFromConfig(config))
    expect(design.tableName).toBe('prod-app')
    expect(design.partitionKey).toBe('PK')
    expect(design.entities.User?.partitionKey).toMatchObject({ attribute: 'PK', template: 'U#{id}' })
    expect(design.globalIndexes).toHaveLength(3)
    expect(design.billing).toMatchObject({ mode: 'PROVISIONED', read: 10, write: 5 })
    expect(design.globalIndexes[0]?.throughput).toEqual({ read: 10, write: 5 })
    expect(design.streams?.enabled).toBe(true)
    expect(design.ttlAttribute).toBe('expiresAt')
    expect(design.entities.User?.traits.timestamps).toEqual({
      createdAt: 'created',
      updatedAt: 'updatedAt',
      format: 'unix',
    })
  })
})
