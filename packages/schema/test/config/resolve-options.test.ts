import { describe, expect, it } from 'vitest'
import { physicalTableName, renderIndexPattern, resolveConfig } from '../../src/config/index'

describe('every option is accepted and kept', () => {
  const hook = () => {}
  const resolver = () => 'acme'
  const config = resolveConfig({
    region: 'eu-west-3',
    endpoint: 'http://localhost:8000',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret', sessionToken: 'token' },
    retries: { maxRetries: 5, retryMode: 'adaptive', baseDelayMs: 50, maxDelayMs: 5000 },
    http: {
      connectTimeoutMs: 1000,
      requestTimeoutMs: 5000,
      maxSockets: 128,
      keepAlive: false,
      keepAliveMsecs: 500,
    },
    tableName: 'blog',
    tableNamePrefix: 'prod-',
    tableNameSuffix: '-v2',
    singleTableDesign: {
      partitionKey: 'PK',
      sortKey: 'SK',
      gsiPartitionKeyPattern: 'GSI{n}PK',
      gsiSortKeyPattern: 'GSI{n}SK',
      gsiNamePattern: 'ix{n}',
      gsiCount: 4,
      lsiSortKeyPattern: 'LSI{n}SK',
      lsiNamePattern: 'lsi{n}',
      entityTypeAttribute: '__type',
      dataAttribute: 'data',
      keyPrefixes: { User: 'U', Post: 'P' },
      delimiter: '|',
    },
    queryBuilder: {
      modelsPath: './models',
      entityMappingStrategy: 'prefix',
      timestampFormat: 'unixMs',
      softDeletes: { enabled: true, attribute: 'removedAt' },
      hooks: { beforeCreate: hook, afterQuery: hook },
      caching: { enabled: true, maxSize: 50, ttlMs: 1000, perEntity: { User: { ttlMs: 10 } } },
      createdAtAttribute: 'created',
      updatedAtAttribute: 'updated',
      versionAttribute: 'version',
      strict: true,
    },
    capacity: {
      billingMode: 'PROVISIONED',
      read: 10,
      write: 4,
      autoScaling: { min: 2, max: 40, targetUtilization: 60 },
    },
    streams: { enabled: true, viewType: 'KEYS_ONLY' },
    ttl: { enabled: true, attribute: 'expiresAt' },
    tableClass: 'STANDARD_INFREQUENT_ACCESS',
    deletionProtection: true,
    contributorInsights: true,
    tags: { team: 'data' },
    returnConsumedCapacity: 'INDEXES',
    returnItemCollectionMetrics: 'SIZE',
    consistentRead: true,
    globalSecondaryIndexes: [
      {
        name: 'byEmail',
        partitionKey: 'email',
        projection: { type: 'INCLUDE', attributes: ['name'] },
        read: 5,
        write: 5,
      },
    ],
    localSecondaryIndexes: [{ name: 'byCreated', sortKey: 'createdAt' }],
    multiTenancy: { enabled: true, strategy: 'prefix', tenantAttribute: 'orgId', keyPrefix: 'ORG', resolver },
    local: {
      host: '127.0.0.1',
      port: 8123,
      inMemory: false,
      dbPath: '/tmp/ddb',
      sharedDb: false,
      delayTransientStatuses: true,
    },
  })

  it('keeps connection options', () => {
    expect(config.region).toBe('eu-west-3')
    expect(config.endpoint).toBe('http://localhost:8000')
    expect(config.credentials).toEqual({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    })
    expect(config.retries.retryMode).toBe('adaptive')
    expect(config.http.maxSockets).toBe(128)
    expect(config.http.keepAlive).toBe(false)
  })

  it('keeps table naming and single-table options', () => {
    expect(physicalTableName(config)).toBe('prod-blog-v2')
    expect(config.singleTableDesign.gsiCount).toBe(4)
    expect(config.singleTableDesign.keyPrefixes).toEqual({ User: 'U', Post: 'P' })
    expect(renderIndexPattern(config.singleTableDesign.gsiPartitionKeyPattern, 3)).toBe('GSI3PK')
  })

  it('keeps query builder options, filling per-entity cache settings from the global ones', () => {
    expect(config.queryBuilder.hooks.beforeCreate).toBe(hook)
    expect(config.queryBuilder.softDeletes).toEqual({ enabled: true, attribute: 'removedAt' })
    expect(config.queryBuilder.caching.perEntity).toEqual({ User: { enabled: true, ttlMs: 10, maxSize: 50 } })
    expect(config.queryBuilder.timestampFormat).toBe('unixMs')
  })

  it('keeps capacity, streams, indexes, tenancy and local options', () => {
    expect(config.capacity).toEqual({
      billingMode: 'PROVISIONED',
      read: 10,
      write: 4,
      autoScaling: { min: 2, max: 40, targetUtilization: 60 },
    })
    expect(config.streams).toEqual({ enabled: true, viewType: 'KEYS_ONLY' })
    expect(config.globalSecondaryIndexes[0]).toEqual({
      name: 'byEmail',
      partitionKey: 'email',
      sortKey: null,
      projection: { type: 'INCLUDE', attributes: ['name'] },
      read: 5,
      write: 5,
    })
    expect(config.localSecondaryIndexes[0]).toEqual({
      name: 'byCreated',
      sortKey: 'createdAt',
      projection: { type: 'ALL' },
    })
    expect(config.multiTenancy.resolver?.()).toBe('acme')
    expect(config.local).toEqual({
      host: '127.0.0.1',
      port: 8123,
      inMemory: false,
      dbPath: '/tmp/ddb',
      sharedDb: false,
      delayTransientStatuses: true,
    })
  })
})

describe('shorthands and derived defaults', () => {
  it('accepts streams: true and softDeletes: true', () => {
    const config = resolveConfig({ streams: true, queryBuilder: { softDeletes: true } } as never)
    expect(config.streams).toEqual({ enabled: true, viewType: 'NEW_AND_OLD_IMAGES' })
    expect(config.queryBuilder.softDeletes).toEqual({ enabled: true, attribute: 'deletedAt' })
  })

  it('gives a provisioned table 5/5 throughput when none is set', () => {
    expect(resolveConfig({ capacity: { billingMode: 'PROVISIONED' } }).capacity).toEqual({
      billingMode: 'PROVISIONED',
      read: 5,
      write: 5,
      autoScaling: null,
    })
  })

  it('fills auto scaling defaults', () => {
    const config = resolveConfig({ capacity: { billingMode: 'PROVISIONED', autoScaling: {} } })
    expect(config.capacity.autoScaling).toEqual({ min: 5, max: 100, targetUtilization: 70 })
  })

  it("accepts AWS region codes and DynamoDB Local's free-form region names", () => {
    for (const region of ['us-gov-west-1', 'cn-north-1', 'local'])
      expect(resolveConfig({ region }).region).toBe(region)
  })

  it('accepts every retry mode, projection and tenancy strategy', () => {
    for (const retryMode of ['standard', 'adaptive', 'legacy'] as const) {
      expect(resolveConfig({ retries: { retryMode } }).retries.retryMode).toBe(retryMode)
    }
    for (const strategy of ['table', 'prefix', 'attribute'] as const) {
      expect(resolveConfig({ multiTenancy: { enabled: true, strategy } }).multiTenancy.strategy).toBe(
        strategy,
      )
    }
    const keysOnly = resolveConfig({
      localSecondaryIndexes: [{ name: 'byX', sortKey: 'x', projection: { type: 'KEYS_ONLY' } }],
    })
    expect(keysOnly.localSecondaryIndexes[0]?.projection).toEqual({ type: 'KEYS_ONLY' })
  })
})
