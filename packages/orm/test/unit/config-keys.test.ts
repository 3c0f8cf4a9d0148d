import { type DbtoolingConfig, defineModel, resolveConfig } from '@dbtooling/schema'
import { describe, expect, it } from 'vitest'
import { ReadPathClient } from '../../src/coalescing/index'
import { createOrm, ObservabilityConfigError, tenantContext, UnsupportedConfigError } from '../../src/index'
import { fromResolvedConfig } from '../../src/orm/config-observability'
import { clientConfigFrom } from '../../src/orm/config-support'

// Every option of the config schema, walked from a resolved config, must be listed below with a check that
// proves createOrm honours it or refuses it: a key added to the schema without one fails the first test.

const Note = defineModel({
  name: 'Note',
  traits: { useTimestamps: true, useSoftDeletes: true, useVersioning: true, useTtl: true },
  attributes: {
    title: { type: 'string', fillable: true },
    folderId: { type: 'string', fillable: true },
    rank: { type: 'number', fillable: true },
  },
  indexes: [
    { name: 'byTitle', columns: ['title'] },
    { name: 'byRank', columns: ['rank'], local: true },
  ],
} as const)
const Plain = defineModel({
  name: 'Plain',
  attributes: { body: { type: 'string', fillable: true } },
} as const)

const offline = {
  endpoint: 'http://127.0.0.1:9',
  region: 'us-east-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
}

function ormOf(config: DbtoolingConfig, ownClient = false) {
  return createOrm({
    models: [Note, Plain],
    ...(ownClient ? {} : { clientConfig: offline }),
    config: { tableName: 'config-keys', ...config },
    setDefault: false,
  })
}

const clientOf = (config: DbtoolingConfig) => clientConfigFrom(resolveConfig(config))
const observed = (observability: DbtoolingConfig['observability']) =>
  fromResolvedConfig(resolveConfig({ observability }))
const design = (config: DbtoolingConfig) => ormOf(config).design
const table = (config: DbtoolingConfig) => ormOf(config).createTableInput()
const note = (config: DbtoolingConfig) => design(config).entities.Note!

function refused(config: DbtoolingConfig, key: string, ownClient = false): void {
  let caught: unknown
  try {
    ormOf(config, ownClient)
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(UnsupportedConfigError)
  expect(caught).toMatchObject({ code: 'UNSUPPORTED_CONFIG_OPTION', key })
  expect((caught as UnsupportedConfigError).hint.length).toBeGreaterThan(0)
}

const provisioned = { billingMode: 'PROVISIONED', read: 7, write: 3 } as const

/** The check for each leaf of the resolved config; records (tags, prefixes, hooks...) count as one leaf. */
const checks: Record<string, () => void> = {
  region: () => expect(clientOf({ region: 'eu-west-3' }).region).toBe('eu-west-3'),
  endpoint: () =>
    expect(clientOf({ endpoint: 'http://localhost:8001' }).endpoint).toBe('http://localhost:8001'),
  'credentials.accessKeyId': () =>
    expect(clientOf({ credentials: { accessKeyId: 'A', secretAccessKey: 'S' } }).credentials).toEqual({
      accessKeyId: 'A',
      secretAccessKey: 'S',
    }),
  'credentials.secretAccessKey': () => checks['credentials.accessKeyId']!(),
  'credentials.sessionToken': () =>
    expect(
      clientOf({ credentials: { accessKeyId: 'A', secretAccessKey: 'S', sessionToken: 'T' } }).credentials,
    ).toMatchObject({ sessionToken: 'T' }),
  profile: () => expect(clientOf({ profile: 'work' }).profile).toBe('work'),
  'retries.maxRetries': () => expect(clientOf({ retries: { maxRetries: 9 } }).maxRetries).toBe(9),
  'retries.retryMode': () => {
    expect(clientOf({ retries: { retryMode: 'adaptive' } }).retryMode).toBe('adaptive')
    refused({ retries: { retryMode: 'legacy' } }, 'retries.retryMode', true)
  },
  'retries.baseDelayMs': () => refused({ retries: { baseDelayMs: 50 } }, 'retries.baseDelayMs', true),
  'retries.maxDelayMs': () => refused({ retries: { maxDelayMs: 5_000 } }, 'retries.maxDelayMs', true),
  'http.connectTimeoutMs': () =>
    expect(clientOf({ http: { connectTimeoutMs: 123 } }).http?.connectTimeoutMs).toBe(123),
  'http.requestTimeoutMs': () =>
    expect(clientOf({ http: { requestTimeoutMs: 456 } }).http?.requestTimeoutMs).toBe(456),
  'http.maxSockets': () => expect(clientOf({ http: { maxSockets: 7 } }).http?.maxSockets).toBe(7),
  'http.keepAlive': () => expect(clientOf({ http: { keepAlive: false } }).http?.keepAlive).toBe(false),
  'http.keepAliveMsecs': () => refused({ http: { keepAliveMsecs: 5_000 } }, 'http.keepAliveMsecs', true),
  tableName: () => expect(ormOf({ tableName: 'orders' }).tableName).toBe('orders'),
  tableNamePrefix: () => expect(ormOf({ tableNamePrefix: 'dev-' }).tableName).toBe('dev-config-keys'),
  tableNameSuffix: () => expect(ormOf({ tableNameSuffix: '-eu' }).tableName).toBe('config-keys-eu'),
  'singleTableDesign.partitionKey': () =>
    expect(table({ singleTableDesign: { partitionKey: 'PK' } }).KeySchema[0]?.AttributeName).toBe('PK'),
  'singleTableDesign.sortKey': () =>
    expect(table({ singleTableDesign: { sortKey: 'SK' } }).KeySchema[1]?.AttributeName).toBe('SK'),
  'singleTableDesign.gsiPartitionKeyPattern': () =>
    expect(
      design({ singleTableDesign: { gsiPartitionKeyPattern: 'g{n}p' } }).globalIndexes[0]?.partitionKey,
    ).toBe('g1p'),
  'singleTableDesign.gsiSortKeyPattern': () =>
    expect(design({ singleTableDesign: { gsiSortKeyPattern: 'g{n}s' } }).globalIndexes[0]?.sortKey).toBe(
      'g1s',
    ),
  'singleTableDesign.gsiNamePattern': () =>
    expect(design({ singleTableDesign: { gsiNamePattern: 'idx{n}' } }).globalIndexes[0]?.name).toBe('idx1'),
  'singleTableDesign.gsiCount': () =>
    expect(design({ singleTableDesign: { gsiCount: 6 } }).globalIndexes).toHaveLength(6),
  'singleTableDesign.lsiSortKeyPattern': () =>
    expect(design({ singleTableDesign: { lsiSortKeyPattern: 'l{n}s' } }).localIndexes[0]?.sortKey).toBe(
      'l1s',
    ),
  'singleTableDesign.typeIndexShards': () =>
    expect(
      note({ singleTableDesign: { typeIndexShards: 4 } }).indexKeys.find(
        (entry) => entry.accessPath === 'type',
      )?.shards?.count,
    ).toBe(4),
  'singleTableDesign.lsiNamePattern': () =>
    expect(design({ singleTableDesign: { lsiNamePattern: 'loc{n}' } }).localIndexes[0]?.name).toBe('loc1'),
  'singleTableDesign.entityTypeAttribute': () =>
    expect(design({ singleTableDesign: { entityTypeAttribute: 'type' } }).entityTypeAttribute).toBe('type'),
  'singleTableDesign.dataAttribute': () =>
    refused({ singleTableDesign: { dataAttribute: 'data' } }, 'singleTableDesign.dataAttribute'),
  'singleTableDesign.keyPrefixes': () =>
    expect(note({ singleTableDesign: { keyPrefixes: { Note: 'N' } } }).partitionKey.template).toBe('N#{id}'),
  'singleTableDesign.delimiter': () =>
    expect(note({ singleTableDesign: { delimiter: '|' } }).partitionKey.template).toBe('NOTE|{id}'),
  'queryBuilder.modelsPath': () => {
    // Read by loadModels() / the CLI to find model files; createOrm takes models, so it has nothing to honour.
    expect(resolveConfig({ queryBuilder: { modelsPath: 'src/models' } }).queryBuilder.modelsPath).toBe(
      'src/models',
    )
  },
  'queryBuilder.entityMappingStrategy': () =>
    refused({ queryBuilder: { entityMappingStrategy: 'prefix' } }, 'queryBuilder.entityMappingStrategy'),
  'queryBuilder.timestampFormat': () =>
    expect(note({ queryBuilder: { timestampFormat: 'unix' } }).traits.timestamps?.format).toBe('unix'),
  'queryBuilder.softDeletes.enabled': () =>
    expect(
      design({ queryBuilder: { softDeletes: { enabled: true } } }).entities.Plain!.traits.softDeletes,
    ).not.toBeNull(),
  'queryBuilder.softDeletes.attribute': () =>
    expect(
      note({ queryBuilder: { softDeletes: { attribute: 'removedAt' } } }).traits.softDeletes?.attribute,
    ).toBe('removedAt'),
  'queryBuilder.hooks': () => {
    const hook = () => {}
    // Model hooks run through the registry (test/integration/hooks-validation.test.ts runs them end to end).
    expect(() => ormOf({ queryBuilder: { hooks: { beforeCreate: hook, afterDelete: hook } } })).not.toThrow()
    refused({ queryBuilder: { hooks: { beforeQuery: hook } } }, 'queryBuilder.hooks.beforeQuery')
    refused({ queryBuilder: { hooks: { afterQuery: hook } } }, 'queryBuilder.hooks.afterQuery')
  },
  'queryBuilder.caching.enabled': () => {
    // ttlMs, maxSize and perEntity are honoured per request in test/result-cache/result-cache.test.ts.
    const cached = createOrm({
      models: [Note],
      clientConfig: offline,
      config: { tableName: 'config-keys', queryBuilder: { caching: { enabled: true } } },
      options: { coalescing: false },
      setDefault: false,
    })
    expect(cached.ctx.client).toBeInstanceOf(ReadPathClient)
  },
  'queryBuilder.caching.maxSize': () => checks['queryBuilder.caching.enabled']!(),
  'queryBuilder.caching.ttlMs': () => checks['queryBuilder.caching.enabled']!(),
  'queryBuilder.caching.perEntity': () => checks['queryBuilder.caching.enabled']!(),
  'queryBuilder.createdAtAttribute': () =>
    expect(note({ queryBuilder: { createdAtAttribute: 'made' } }).traits.timestamps?.createdAt).toBe('made'),
  'queryBuilder.updatedAtAttribute': () =>
    expect(note({ queryBuilder: { updatedAtAttribute: 'changed' } }).traits.timestamps?.updatedAt).toBe(
      'changed',
    ),
  'queryBuilder.versionAttribute': () =>
    expect(note({ queryBuilder: { versionAttribute: 'rev' } }).traits.versioning?.attribute).toBe('rev'),
  'queryBuilder.strict': () =>
    expect(ormOf({ queryBuilder: { strict: true } }).ctx.options.strict).toBe(true),
  'capacity.billingMode': () => expect(table({ capacity: provisioned }).BillingMode).toBe('PROVISIONED'),
  'capacity.read': () =>
    expect(table({ capacity: provisioned }).ProvisionedThroughput).toEqual({
      ReadCapacityUnits: 7,
      WriteCapacityUnits: 3,
    }),
  'capacity.write': () => checks['capacity.read']!(),
  'capacity.autoScaling': () =>
    refused({ capacity: { ...provisioned, autoScaling: { min: 1, max: 10 } } }, 'capacity.autoScaling'),
  'streams.enabled': () =>
    expect(table({ streams: { enabled: true } }).StreamSpecification).toMatchObject({ StreamEnabled: true }),
  'streams.viewType': () =>
    expect(table({ streams: { enabled: true, viewType: 'KEYS_ONLY' } }).StreamSpecification).toMatchObject({
      StreamViewType: 'KEYS_ONLY',
    }),
  'ttl.enabled': () =>
    expect(design({ ttl: { enabled: true, attribute: 'expires' } }).ttlAttribute).toBe('expires'),
  'ttl.attribute': () =>
    expect(note({ ttl: { attribute: 'expires' } }).traits.ttl?.attribute).toBe('expires'),
  tableClass: () =>
    expect(table({ tableClass: 'STANDARD_INFREQUENT_ACCESS' }).TableClass).toBe('STANDARD_INFREQUENT_ACCESS'),
  deletionProtection: () => expect(table({ deletionProtection: true }).DeletionProtectionEnabled).toBe(true),
  contributorInsights: () => expect(design({ contributorInsights: true }).contributorInsights).toBe(true),
  // migrate turns it on with UpdateContinuousBackups (test/migrations/aws-settings.test.ts)
  pointInTimeRecovery: () => expect(design({ pointInTimeRecovery: true }).pointInTimeRecovery).toBe(true),
  tags: () => expect(table({ tags: { team: 'core' } }).Tags).toEqual([{ Key: 'team', Value: 'core' }]),
  returnConsumedCapacity: () => {
    expect(clientOf({ returnConsumedCapacity: 'INDEXES' }).returnConsumedCapacity).toBe('INDEXES')
    expect(clientOf({ returnConsumedCapacity: 'NONE' })).not.toHaveProperty('returnConsumedCapacity')
  },
  returnItemCollectionMetrics: () =>
    refused({ returnItemCollectionMetrics: 'SIZE' }, 'returnItemCollectionMetrics'),
  consistentRead: () => expect(ormOf({ consistentRead: true }).ctx.options.consistentRead).toBe(true),
  'globalSecondaryIndexes[].name': () => {
    const gsi = { name: 'byFolder', partitionKey: 'folderId', sortKey: 'pk' }
    expect(design({ globalSecondaryIndexes: [gsi] }).globalIndexes.map((index) => index.name)).toContain(
      'byFolder',
    )
  },
  'globalSecondaryIndexes[].partitionKey': () => {
    const gsi = { name: 'byFolder', partitionKey: 'folderId' }
    const found = design({ globalSecondaryIndexes: [gsi] }).globalIndexes.find(
      (index) => index.name === 'byFolder',
    )
    expect(found?.partitionKey).toBe('folderId')
  },
  'globalSecondaryIndexes[].sortKey': () => {
    const gsi = { name: 'byFolder', partitionKey: 'folderId', sortKey: 'title' }
    const found = design({ globalSecondaryIndexes: [gsi] }).globalIndexes.find(
      (index) => index.name === 'byFolder',
    )
    expect(found?.sortKey).toBe('title')
  },
  'globalSecondaryIndexes[].projection': () => {
    const gsi = { name: 'byFolder', partitionKey: 'folderId', projection: { type: 'KEYS_ONLY' } } as const
    const found = design({ globalSecondaryIndexes: [gsi] }).globalIndexes.find(
      (index) => index.name === 'byFolder',
    )
    expect(found?.projection).toEqual({ type: 'KEYS_ONLY' })
  },
  'globalSecondaryIndexes[].read': () =>
    refused(
      {
        capacity: provisioned,
        globalSecondaryIndexes: [{ name: 'byFolder', partitionKey: 'folderId', read: 5, write: 5 }],
      },
      'globalSecondaryIndexes[0].read',
    ),
  'globalSecondaryIndexes[].write': () => checks['globalSecondaryIndexes[].read']!(),
  'localSecondaryIndexes[].name': () =>
    expect(
      design({ localSecondaryIndexes: [{ name: 'byTitleLocal', sortKey: 'title' }] }).localIndexes.map(
        (i) => i.name,
      ),
    ).toContain('byTitleLocal'),
  'localSecondaryIndexes[].sortKey': () => {
    const found = design({
      localSecondaryIndexes: [{ name: 'byTitleLocal', sortKey: 'title' }],
    }).localIndexes.find((index) => index.name === 'byTitleLocal')
    expect(found?.sortKey).toBe('title')
  },
  'localSecondaryIndexes[].projection': () => {
    const lsi = { name: 'byTitleLocal', sortKey: 'title', projection: { type: 'KEYS_ONLY' } } as const
    const found = design({ localSecondaryIndexes: [lsi] }).localIndexes.find(
      (index) => index.name === 'byTitleLocal',
    )
    expect(found?.projection).toEqual({ type: 'KEYS_ONLY' })
  },
  // multiTenancy.* is honoured end to end against DynamoDB Local in test/tenancy/config-tenancy.test.ts.
  'multiTenancy.enabled': () => {
    expect(tenantContext(ormOf({ multiTenancy: { enabled: false } }).ctx)).not.toBeUndefined()
    expect(() => tenantContext(ormOf({ multiTenancy: { enabled: true, strategy: 'prefix' } }).ctx)).toThrow(
      /tenant/i,
    )
  },
  'multiTenancy.strategy': () => {
    const orm = ormOf({ multiTenancy: { enabled: true, strategy: 'table' } })
    expect(tenantContext(orm.ctx, 'acme').tableName).toBe('config-keys-acme')
  },
  'multiTenancy.tenantAttribute': () => {
    const orm = ormOf({ multiTenancy: { enabled: true, strategy: 'attribute', tenantAttribute: 'orgId' } })
    expect(tenantContext(orm.ctx, 'acme').client).not.toBe(orm.ctx.client)
  },
  'multiTenancy.tableNamePattern': () => {
    const orm = ormOf({
      multiTenancy: { enabled: true, strategy: 'table', tableNamePattern: '{tenant}.{table}' },
    })
    expect(tenantContext(orm.ctx, 'acme').tableName).toBe('acme.config-keys')
  },
  'multiTenancy.keyPrefix': () => {
    const orm = ormOf({ multiTenancy: { enabled: true, strategy: 'prefix', keyPrefix: 'ORG' } })
    expect(tenantContext(orm.ctx, 'acme').entity('Note').design.partitionKey.template).toBe(
      'ORG#acme#NOTE#{id}',
    )
  },
  'multiTenancy.resolver': () => {
    const orm = ormOf({ multiTenancy: { enabled: true, strategy: 'table', resolver: () => 'fromResolver' } })
    expect(tenantContext(orm.ctx).tableName).toBe('config-keys-fromResolver')
  },
  // observability.* maps onto the ORM's observability options; test/observability/config.test.ts proves
  // the config path end to end against DynamoDB Local (records, spans, costs).
  'observability.logger': () => {
    const logger = { trace() {}, debug() {}, info() {}, warn() {}, error() {} }
    expect(observed({ logger }).logger).toBe(logger)
    expect(ormOf({ observability: { logger } }).ctx.options.observer).not.toBeNull()
  },
  'observability.level': () => expect(observed({ level: 'info' }).level).toBe('info'),
  'observability.slowQueryMs': () => expect(observed({ slowQueryMs: 250 }).slowQueryMs).toBe(250),
  'observability.wholeTypeReadItems': () =>
    expect(observed({ wholeTypeReadItems: null }).wholeTypeReadItems).toBeNull(),
  'observability.keyValues': () => expect(observed({ keyValues: true }).keyValues).toBe(true),
  'observability.tracer': () => {
    const tracer = { startSpan() {}, startActiveSpan() {} }
    expect(observed({ tracer }).tracer).toBe(tracer)
    expect(ormOf({ observability: { tracer } }).ctx.options.observer).not.toBeNull()
  },
  'observability.meter': () => {
    const meter = { createCounter: () => ({ add() {} }), createHistogram: () => ({ record() {} }) }
    expect(observed({ meter }).meter).toBe(meter)
    expect(ormOf({ observability: { meter } }).ctx.options.observer).not.toBeNull()
  },
  'observability.emf': () => {
    expect(observed({ emf: { namespace: 'App/Db' } }).emf).toEqual({ namespace: 'App/Db' })
    expect(ormOf({ observability: { emf: true } }).ctx.options.observer).not.toBeNull()
  },
  'observability.costs': () => {
    expect(observed({ costs: { region: 'us-west-2' } }).costs).toEqual({ region: 'us-west-2', prices: null })
    // The offline client does not ask for consumed capacity: costs cannot be honoured, so they are refused.
    expect(() => ormOf({ observability: { costs: true } })).toThrow(ObservabilityConfigError)
    expect(
      ormOf({ returnConsumedCapacity: 'TOTAL', observability: { costs: true } }, true).ctx.options.observer,
    ).not.toBeNull()
  },
}

// `local` configures DynamoDB Local (`dbtooling start` / @dbtooling/local), not a connection: createOrm
// connects to `endpoint`, so it has nothing of these to honour.
const NOT_ORM_OPTIONS = [
  'local.host',
  'local.port',
  'local.inMemory',
  'local.dbPath',
  'local.sharedDb',
  'local.delayTransientStatuses',
]

const RECORDS = new Set([
  'tags',
  'singleTableDesign.keyPrefixes',
  'queryBuilder.hooks',
  'queryBuilder.caching.perEntity',
  'globalSecondaryIndexes[].projection',
  'localSecondaryIndexes[].projection',
])

function leaves(value: unknown, path: string, out: string[]): string[] {
  if (RECORDS.has(path)) out.push(path)
  else if (Array.isArray(value)) leaves(value[0], `${path}[]`, out)
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) leaves(inner, path === '' ? key : `${path}.${key}`, out)
  } else out.push(path)
  return out
}

describe('every config option is honoured or refused by createOrm', () => {
  it('the checks cover every option of the config schema', () => {
    const full = resolveConfig({
      credentials: { accessKeyId: 'A', secretAccessKey: 'S' },
      capacity: { ...provisioned, autoScaling: { min: 1, max: 2 } },
      globalSecondaryIndexes: [{ name: 'byFolder', partitionKey: 'folderId' }],
      localSecondaryIndexes: [{ name: 'byTitleLocal', sortKey: 'title' }],
    })
    const options = leaves(full, '', [])
      .map((path) => path.replace(/^capacity\.autoScaling\..*/, 'capacity.autoScaling'))
      .filter((path, index, all) => all.indexOf(path) === index)
    expect([...Object.keys(checks), ...NOT_ORM_OPTIONS].sort()).toEqual(options.sort())
  })

  it.each(Object.entries(checks))('%s', (_key, check) => check())

  it('the default config is accepted as it is, with or without a client of its own', () => {
    expect(() => ormOf({}, true)).not.toThrow()
    expect(() => ormOf({})).not.toThrow()
  })
})
