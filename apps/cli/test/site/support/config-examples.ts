import type { OptionRow } from './schema-walk'

/**
 * A config that sets each option, shown in the reference and validated by a test. Options whose value
 * cannot be derived from the schema (names, URLs, options that need a partner) are listed here.
 */
const staticKeys = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMIEXAMPLE' }
const provisioned = { billingMode: 'PROVISIONED', read: 10, write: 5 }

/** A value shown as the source a user writes (function sources differ between transpilers). */
export class Code {
  constructor(
    readonly source: string,
    readonly value: unknown,
  ) {}
}

// Stand-ins with the methods the schema checks for, shown as the call that makes the real object.
const noop = () => undefined
const loggerLike = { trace: noop, debug: noop, info: noop, warn: noop, error: noop }
const tracerLike = { startSpan: noop, startActiveSpan: noop }
const meterLike = { createCounter: noop, createHistogram: noop }

const explicit: Record<string, Record<string, unknown>> = {
  region: { region: 'eu-west-3' },
  endpoint: { endpoint: 'http://localhost:8000' },
  credentials: { credentials: staticKeys },
  'credentials.accessKeyId': { credentials: staticKeys },
  'credentials.secretAccessKey': { credentials: staticKeys },
  'credentials.sessionToken': {
    credentials: {
      accessKeyId: 'ASIAEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMIEXAMPLE',
      sessionToken: 'FwoG...',
    },
  },
  profile: { profile: 'production' },
  tableName: { tableName: 'blog' },
  tableNamePrefix: { tableNamePrefix: 'staging-' },
  tableNameSuffix: { tableNameSuffix: '-v2' },
  'singleTableDesign.partitionKey': { singleTableDesign: { partitionKey: 'PK' } },
  'singleTableDesign.sortKey': { singleTableDesign: { sortKey: 'SK' } },
  'singleTableDesign.gsiPartitionKeyPattern': { singleTableDesign: { gsiPartitionKeyPattern: 'GSI{n}PK' } },
  'singleTableDesign.gsiSortKeyPattern': { singleTableDesign: { gsiSortKeyPattern: 'GSI{n}SK' } },
  'singleTableDesign.gsiNamePattern': { singleTableDesign: { gsiNamePattern: 'gsi{n}' } },
  'singleTableDesign.lsiSortKeyPattern': { singleTableDesign: { lsiSortKeyPattern: 'LSI{n}SK' } },
  'singleTableDesign.lsiNamePattern': { singleTableDesign: { lsiNamePattern: 'lsi{n}' } },
  'singleTableDesign.entityTypeAttribute': { singleTableDesign: { entityTypeAttribute: '__type' } },
  'singleTableDesign.dataAttribute': { singleTableDesign: { dataAttribute: 'data' } },
  'singleTableDesign.keyPrefixes': { singleTableDesign: { keyPrefixes: { BlogPost: 'POST' } } },
  'singleTableDesign.delimiter': { singleTableDesign: { delimiter: '|' } },
  'capacity.billingMode': { capacity: provisioned },
  'capacity.read': { capacity: provisioned },
  'capacity.write': { capacity: provisioned },
  'capacity.autoScaling': { capacity: { ...provisioned, autoScaling: { min: 5, max: 50 } } },
  'capacity.autoScaling.min': { capacity: { ...provisioned, autoScaling: { min: 2 } } },
  'capacity.autoScaling.max': { capacity: { ...provisioned, autoScaling: { max: 400 } } },
  'capacity.autoScaling.targetUtilization': {
    capacity: { ...provisioned, autoScaling: { targetUtilization: 50 } },
  },
  'ttl.attribute': { ttl: { enabled: true, attribute: 'expiresAt' } },
  tags: { tags: { team: 'payments' } },
  globalSecondaryIndexes: { globalSecondaryIndexes: [{ name: 'byEmail', partitionKey: 'email' }] },
  localSecondaryIndexes: { localSecondaryIndexes: [{ name: 'byCreatedAt', sortKey: 'createdAt' }] },
  'queryBuilder.modelsPath': { queryBuilder: { modelsPath: ['./app/Models', './src/models'] } },
  'queryBuilder.softDeletes.attribute': { queryBuilder: { softDeletes: { attribute: 'removedAt' } } },
  'queryBuilder.caching.perEntity': { queryBuilder: { caching: { perEntity: { Post: { ttlMs: 5_000 } } } } },
  'queryBuilder.createdAtAttribute': { queryBuilder: { createdAtAttribute: 'created' } },
  'queryBuilder.updatedAtAttribute': { queryBuilder: { updatedAtAttribute: 'updated' } },
  'queryBuilder.versionAttribute': { queryBuilder: { versionAttribute: 'version' } },
  'multiTenancy.tenantAttribute': { multiTenancy: { enabled: true, tenantAttribute: 'orgId' } },
  'multiTenancy.tableNamePattern': {
    multiTenancy: { enabled: true, strategy: 'table', tableNamePattern: '{tenant}-{table}' },
  },
  'multiTenancy.keyPrefix': { multiTenancy: { enabled: true, strategy: 'prefix', keyPrefix: 'ORG' } },
  'local.host': { local: { host: '127.0.0.1' } },
  'observability.logger': { observability: { logger: new Code('pino()', loggerLike) } },
  'observability.tracer': { observability: { tracer: new Code("trace.getTracer('api')", tracerLike) } },
  'observability.meter': { observability: { meter: new Code("metrics.getMeter('api')", meterLike) } },
  'observability.slowQueryMs': { observability: { slowQueryMs: 500 } },
  'observability.wholeTypeReadItems': { observability: { wholeTypeReadItems: 100 } },
  'observability.emf': { observability: { emf: { namespace: 'Api/DynamoDB' } } },
  'observability.costs': { observability: { costs: { region: 'us-east-1' } } },
  'local.dbPath': { local: { inMemory: false, dbPath: './.dynamodb' } },
}

/** The example config for an option, or null when its section's example covers it. */
export function exampleFor(row: OptionRow): Record<string, unknown> | null {
  const given = explicit[row.path]
  if (given) return given
  if (row.isSection || row.path.includes('[]') || row.path.includes('<Model>')) return null
  const value = derivedValue(row)
  return value === undefined ? null : nest(row.path, value)
}

function derivedValue(row: OptionRow): unknown {
  if (row.choices) return row.choices.find((choice) => choice !== row.default)
  if (row.type === 'boolean') return !row.default
  if (row.type === 'function' || row.type === 'function | null') return hookExample(row.path)
  const bounds = /^(?:integer|number) (\d+)\.\.(\d+)$|^(?:integer|number) >= (\d+)$/.exec(row.type)
  if (bounds && typeof row.default === 'number') {
    const max = Number(bounds[2] ?? Number.MAX_SAFE_INTEGER)
    return row.default * 2 <= max ? row.default * 2 : Number(bounds[1] ?? bounds[3])
  }
  if (/'auto' \| integer/.test(row.type)) return 3
  return undefined
}

function hookExample(path: string): Code {
  if (path.endsWith('resolver')) return new Code('() => process.env.TENANT_ID', () => process.env.TENANT_ID)
  return new Code('(context) => console.log(context.model, context.operation)', () => undefined)
}

/** The example as the config object `validateConfig` receives. */
export function exampleValue(value: unknown): unknown {
  if (value instanceof Code) return value.value
  if (Array.isArray(value)) return value.map(exampleValue)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, exampleValue(child)]))
  return value
}

function nest(path: string, value: unknown): Record<string, unknown> {
  const keys = path.split('.')
  let out: unknown = value
  for (const key of keys.reverse()) out = { [key]: out }
  return out as Record<string, unknown>
}

/** Renders an example as the TypeScript a user writes in `dbtooling.config.ts`. */
export function renderExample(config: Record<string, unknown>): string {
  return `defineConfig(${literal(config)})`
}

function literal(value: unknown): string {
  if (value instanceof Code) return value.source
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([key, child]) => `${safeKey(key)}: ${literal(child)}`)
    return `{ ${entries.join(', ')} }`
  }
  return typeof value === 'string' ? `'${value}'` : String(value)
}

function safeKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : `'${key}'`
}
