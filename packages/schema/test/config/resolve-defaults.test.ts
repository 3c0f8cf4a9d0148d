import { describe, expect, it } from 'vitest'
import { defineConfig, getConfig, resetConfig, resolveConfig, setConfig } from '../../src/config/index'

describe('resolveConfig defaults', () => {
  const config = resolveConfig({})

  it('fills connection defaults', () => {
    expect(config.region).toBe('us-east-1')
    expect(config.endpoint).toBeNull()
    expect(config.credentials).toBeNull()
    expect(config.profile).toBeNull()
    expect(config.retries).toEqual({
      maxRetries: 3,
      retryMode: 'standard',
      baseDelayMs: 100,
      maxDelayMs: 20_000,
    })
    expect(config.http).toEqual({
      connectTimeoutMs: 3000,
      requestTimeoutMs: 30_000,
      maxSockets: 50,
      keepAlive: true,
      keepAliveMsecs: 1000,
    })
  })

  it('fills single-table defaults (pk/sk, gsi{n}pk, _et, #)', () => {
    expect(config.singleTableDesign).toEqual({
      partitionKey: 'pk',
      sortKey: 'sk',
      gsiPartitionKeyPattern: 'gsi{n}pk',
      gsiSortKeyPattern: 'gsi{n}sk',
      gsiNamePattern: 'GSI{n}',
      gsiCount: 'auto',
      typeIndexShards: 1,
      lsiSortKeyPattern: 'lsi{n}sk',
      lsiNamePattern: 'LSI{n}',
      entityTypeAttribute: '_et',
      dataAttribute: null,
      keyPrefixes: {},
      delimiter: '#',
    })
  })

  it('fills table options', () => {
    expect(config.tableName).toBe('dbtooling')
    expect(config.capacity).toEqual({
      billingMode: 'PAY_PER_REQUEST',
      read: null,
      write: null,
      autoScaling: null,
    })
    expect(config.streams).toEqual({ enabled: false, viewType: 'NEW_AND_OLD_IMAGES' })
    expect(config.ttl).toEqual({ enabled: false, attribute: 'ttl' })
    expect(config.tableClass).toBe('STANDARD')
    expect(config.deletionProtection).toBe(false)
    expect(config.contributorInsights).toBe(false)
    expect(config.tags).toEqual({})
    expect(config.returnConsumedCapacity).toBe('TOTAL')
    expect(config.returnItemCollectionMetrics).toBe('NONE')
    expect(config.consistentRead).toBe(false)
    expect(config.globalSecondaryIndexes).toEqual([])
    expect(config.localSecondaryIndexes).toEqual([])
  })

  it('fills query builder, tenancy and local defaults', () => {
    expect(config.queryBuilder).toMatchObject({
      modelsPath: './app/Models',
      entityMappingStrategy: 'attribute',
      timestampFormat: 'iso',
      softDeletes: { enabled: false, attribute: 'deletedAt' },
      hooks: {},
      caching: { enabled: false, maxSize: 1000, ttlMs: 60_000, perEntity: {} },
      createdAtAttribute: 'createdAt',
      updatedAtAttribute: 'updatedAt',
      versionAttribute: '_v',
      strict: false,
    })
    expect(config.multiTenancy).toEqual({
      enabled: false,
      strategy: 'attribute',
      tenantAttribute: 'tenantId',
      tableNamePattern: '{table}-{tenant}',
      keyPrefix: 'TENANT',
      resolver: null,
    })
    expect(config.local).toEqual({
      host: 'localhost',
      port: 8000,
      inMemory: true,
      dbPath: null,
      sharedDb: true,
      delayTransientStatuses: false,
    })
  })

  it('returns a deeply frozen object', () => {
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.singleTableDesign)).toBe(true)
    expect(() => {
      ;(config.singleTableDesign as { delimiter: string }).delimiter = '|'
    }).toThrow(TypeError)
  })

  it('accepts null and undefined as an empty config', () => {
    expect(resolveConfig(undefined)).toEqual(config)
    expect(resolveConfig(null)).toEqual(config)
  })
})

describe('defineConfig / getConfig / setConfig / resetConfig', () => {
  it('defineConfig returns its argument unchanged', () => {
    const input = { tableName: 'blog', singleTableDesign: { gsiCount: 3 } }
    expect(defineConfig(input)).toBe(input)
  })

  it('getConfig gives defaults until setConfig, and resetConfig goes back', () => {
    resetConfig()
    expect(getConfig().tableName).toBe('dbtooling')
    const active = setConfig({ tableName: 'shop' })
    expect(active.tableName).toBe('shop')
    expect(getConfig()).toBe(active)
    resetConfig()
    expect(getConfig().tableName).toBe('dbtooling')
  })

  it('setConfig accepts an already resolved config', () => {
    const resolved = resolveConfig({
      tableName: 'again',
      capacity: { billingMode: 'PROVISIONED', read: 7, write: 3 },
    })
    expect(setConfig(resolved)).toEqual(resolved)
    resetConfig()
  })

  it('setConfig rejects an invalid config and keeps the previous one', () => {
    resetConfig()
    setConfig({ tableName: 'kept' })
    expect(() => setConfig({ tableName: 'x' })).toThrow(/tableName/)
    expect(getConfig().tableName).toBe('kept')
    resetConfig()
  })
})
