/**
 * The fully resolved configuration: every option present, defaults filled in, cross-field rules checked.
 * `resolveConfig()` and `loadConfig()` return it; the input shape users write is `DbtoolingConfig`.
 * "Not set" is `null` (never `undefined`) so the object is JSON-friendly apart from hooks and resolvers.
 *
 * @example
 * ```ts
 * const config: ResolvedConfig = resolveConfig({ tableName: 'app' })
 * console.log(config.region, config.queryBuilder.modelsPath)
 * ```
 */
export interface ResolvedConfig {
  /** AWS region, e.g. `us-east-1`. */
  region: string
  /** Custom endpoint (DynamoDB Local, a VPC endpoint); null means the AWS endpoint of `region`. */
  endpoint: string | null
  /** Static credentials; null means the usual AWS chain (environment, shared files, profile). */
  credentials: CredentialsConfig | null
  /** Named profile from the shared AWS config/credentials files. */
  profile: string | null
  /** How the client retries throttled and transient failures. */
  retries: RetriesConfig
  /** HTTP transport: timeouts and the keep-alive connection pool. */
  http: HttpConfig
  /** Base table name; the physical name is `tableNamePrefix + tableName + tableNameSuffix`. */
  tableName: string
  /** Prepended to `tableName`, e.g. `staging-` per environment. */
  tableNamePrefix: string
  /** Appended to `tableName`, e.g. `-v2`. */
  tableNameSuffix: string
  /** Names of the key attributes, indexes and prefixes the single-table design uses. */
  singleTableDesign: SingleTableDesignConfig
  /** Where models live and how the ORM maps, timestamps, caches and hooks them. */
  queryBuilder: QueryBuilderConfig
  /** Billing mode and provisioned throughput of the table. */
  capacity: CapacityConfig
  /** DynamoDB Streams on the table; `streams: true` is short for `{ enabled: true }`. */
  streams: StreamsConfig
  /** Time to live: items expire at the epoch seconds in the TTL attribute. */
  ttl: TtlConfig
  /** Storage class; `STANDARD_INFREQUENT_ACCESS` stores cheaper and reads dearer. */
  tableClass: TableClass
  /** Refuse DeleteTable on the table until turned off again. */
  deletionProtection: boolean
  /** Continuous backups with point-in-time recovery (UpdateContinuousBackups; not in DynamoDB Local). */
  pointInTimeRecovery: boolean
  /** Turn on CloudWatch Contributor Insights (most accessed and throttled keys). */
  contributorInsights: boolean
  /** Tags set on the table (at most 50). */
  tags: Record<string, string>
  /** Ask DynamoDB for consumed capacity on every request (`INDEXES` adds a per-index breakdown). */
  returnConsumedCapacity: ReturnConsumedCapacity
  /** Item collection size metrics on writes; the ORM accepts only `NONE` (other values are refused). */
  returnItemCollectionMetrics: ReturnItemCollectionMetrics
  /** Default read consistency for GetItem/Query/Scan (strongly consistent reads cost twice as much). */
  consistentRead: boolean
  /** Indexes declared by hand, in addition to the overloaded GSIs the design derives. */
  globalSecondaryIndexes: GlobalIndexConfig[]
  /** LSIs declared by hand (at most 5; created with the table only). */
  localSecondaryIndexes: LocalIndexConfig[]
  /** How tenants are kept apart: a table each, a key prefix, or a tenant attribute. */
  multiTenancy: MultiTenancyConfig
  /** Logging, metrics, tracing and cost accounting of the ORM (all off by default). */
  observability: ObservabilityConfig
  /** DynamoDB Local as `dbtooling start` runs it. */
  local: LocalConfig
}

/**
 * The config's static `credentials` section (avoid in files you commit; prefer a profile or the environment).
 *
 * @example
 * ```ts
 * const config = resolveConfig({ tableName: 'app', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } })
 * const credentials: CredentialsConfig | null = config.credentials
 * ```
 */
export interface CredentialsConfig {
  /** Access key id (never logged; redacted in errors and `config:show`). */
  accessKeyId: string
  /** Secret access key (never logged). */
  secretAccessKey: string
  /** Session token of temporary credentials; null for long-term keys. */
  sessionToken: string | null
}

/**
 * How the client retries: `standard`, `adaptive` (client-side rate limiting), or `legacy` (refused by the ORM's client).
 *
 * @example
 * ```ts
 * const mode: RetryMode = 'adaptive'
 * export default defineConfig({ tableName: 'app', retries: { retryMode: mode } })
 * ```
 */
export type RetryMode = 'standard' | 'adaptive' | 'legacy'

/**
 * The config's `retries` section: retries after the first attempt, the mode and the backoff bounds.
 *
 * @example
 * ```ts
 * const retries: RetriesConfig = resolveConfig({ tableName: 'app' }).retries // { maxRetries: 3, retryMode: 'standard', ... }
 * ```
 */
export interface RetriesConfig {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries: number
  /** `adaptive` also paces requests client-side after throttling; `legacy` is refused by `createOrm`. */
  retryMode: RetryMode
  /** First backoff delay; later delays grow exponentially with full jitter. */
  baseDelayMs: number
  /** Cap for a single backoff delay. */
  maxDelayMs: number
}

/**
 * The config's `http` section: connect and request timeouts, sockets and keep-alive.
 *
 * @example
 * ```ts
 * const http: HttpConfig = resolveConfig({ tableName: 'app', http: { requestTimeoutMs: 5_000 } }).http
 * ```
 */
export interface HttpConfig {
  /** Time allowed to open a TCP/TLS connection. */
  connectTimeoutMs: number
  /** Whole-request timeout (socket idle included); 0 disables it. */
  requestTimeoutMs: number
  /** Most connections kept open to DynamoDB at once. */
  maxSockets: number
  /** Reuse connections between requests (turning it off costs a TLS handshake per request). */
  keepAlive: boolean
  /** TCP keep-alive delay; `createOrm` honours only the default (1000) and refuses others. */
  keepAliveMsecs: number
}

/**
 * The config's `singleTableDesign` section: key attribute names, index naming patterns, the entity type attribute and the delimiter.
 *
 * @example
 * ```ts
 * const design: SingleTableDesignConfig = resolveConfig({ tableName: 'app' }).singleTableDesign
 * console.log(design.partitionKey, design.sortKey, design.delimiter) // 'pk' 'sk' '#'
 * ```
 */
export interface SingleTableDesignConfig {
  /** Partition key attribute of the table (default `pk`). */
  partitionKey: string
  /** Sort key attribute of the table (default `sk`). */
  sortKey: string
  /** Attribute names of overloaded GSI keys; `{n}` is the index number (1-based). */
  gsiPartitionKeyPattern: string
  /** Attribute names of overloaded GSI sort keys; `{n}` is the index number. */
  gsiSortKeyPattern: string
  /** Index names; `{n}` is the index number. */
  gsiNamePattern: string
  /** Number of overloaded GSIs, or `'auto'` to derive the smallest number the models need. */
  gsiCount: number | 'auto'
  /** Write shards of every model's list-by-type entry unless the model sets `shards` (default 1). */
  typeIndexShards: number
  /** Sort key attribute and name patterns of LSIs created for declared sort orders. */
  lsiSortKeyPattern: string
  /** LSI names; `{n}` is the index number. */
  lsiNamePattern: string
  /** Attribute holding the entity type on every item (default `_et`). */
  entityTypeAttribute: string
  /** Attribute that nests model attributes in one map; null stores them at the top level. */
  dataAttribute: string | null
  /** Key prefix per model name, e.g. `{ User: 'U' }`; models not listed use their upper-cased name. */
  keyPrefixes: Record<string, string>
  /** Separator between key segments (default `#`). */
  delimiter: string
}

/**
 * How items name their model: an entity type attribute (`attribute`, supported) or key prefixes only (`prefix`, refused by the ORM).
 *
 * @example
 * ```ts
 * const strategy: EntityMappingStrategy = resolveConfig({ tableName: 'app' }).queryBuilder.entityMappingStrategy // 'attribute'
 * ```
 */
export type EntityMappingStrategy = 'attribute' | 'prefix'
/**
 * How `createdAt`/`updatedAt` are stored: ISO text, Unix seconds or Unix milliseconds.
 *
 * @example
 * ```ts
 * const format: TimestampFormat = 'unixMs'
 * export default defineConfig({ tableName: 'app', queryBuilder: { timestampFormat: format } })
 * ```
 */
export type TimestampFormat = 'iso' | 'unix' | 'unixMs'

/**
 * The config's `queryBuilder` section: where the models are, timestamps, soft deletes, hooks, caching and strict mode.
 *
 * @example
 * ```ts
 * const queryBuilder: QueryBuilderConfig = resolveConfig({ tableName: 'app' }).queryBuilder
 * console.log(queryBuilder.modelsPath, queryBuilder.strict)
 * ```
 */
export interface QueryBuilderConfig {
  /**
   * Folder of model files, or a list of folders (app models plus framework models such as access tokens),
   * relative to the config file's folder (or cwd); loaded in the order given.
   */
  modelsPath: string | string[]
  /** How an item is mapped back to its model: by the entity type attribute, or by its key prefix. */
  entityMappingStrategy: EntityMappingStrategy
  /** How `createdAt`/`updatedAt` are stored: ISO strings, epoch seconds or epoch milliseconds. */
  timestampFormat: TimestampFormat
  /** Soft deletes; `softDeletes: true` is short for `{ enabled: true }`. */
  softDeletes: SoftDeletesConfig
  /** Functions called around every model write (`beforeQuery`/`afterQuery` are refused: use client middleware). */
  hooks: QueryHooks
  /** An in-process LRU cache of reads by key. */
  caching: CachingConfig
  /** Attribute of the creation time on models with timestamps. */
  createdAtAttribute: string
  /** Attribute of the last update time on models with timestamps. */
  updatedAtAttribute: string
  /** Attribute for optimistic locking on versioned models. */
  versionAttribute: string
  /**
   * Strict mode: a query that would Scan, or an unknown attribute on write, throws instead of warning; a
   * relation to a model that is not loaded fails the design (`UNKNOWN_RELATION_TARGET`).
   */
  strict: boolean
}

/**
 * The soft-delete defaults of `queryBuilder.softDeletes`: whether models soft delete, and the attribute.
 *
 * @example
 * ```ts
 * const softDeletes: SoftDeletesConfig = resolveConfig({ tableName: 'app' }).queryBuilder.softDeletes
 * ```
 */
export interface SoftDeletesConfig {
  /** Soft-delete every model by default (models may still opt in with `traits.useSoftDeletes`). */
  enabled: boolean
  /** Attribute holding the deletion time; items that have it are left out of reads. */
  attribute: string
}

/**
 * Context handed to query hooks; the ORM fills it in.
 *
 * @example
 * ```ts
 * const audit: QueryHook = (context: QueryHookContext) => console.log(context.model, context.operation)
 * ```
 */
export interface QueryHookContext {
  model: string
  operation: string
  /** The item or input the operation works on, when there is one. */
  data: Readonly<Record<string, unknown>> | null
}

/**
 * A global hook of `queryBuilder.hooks`, called with the model, the operation and the data.
 *
 * @example
 * ```ts
 * export default defineConfig({
 *   tableName: 'app',
 *   queryBuilder: { hooks: { afterCreate: ({ model, data }) => console.log('created', model, data) } },
 * })
 * ```
 */
export type QueryHook = (context: QueryHookContext) => void | Promise<void>

/**
 * The global hooks of `queryBuilder.hooks` (before/after create, update, delete), which the ORM runs as model events.
 *
 * @example
 * ```ts
 * const hooks: QueryHooks = { beforeCreate: ({ model }) => console.log('creating', model) }
 * export default defineConfig({ tableName: 'app', queryBuilder: { hooks } })
 * ```
 */
export interface QueryHooks {
  /** Called before an item is created; throwing cancels the write. */
  beforeCreate?: QueryHook | undefined
  /** Called after an item is created. */
  afterCreate?: QueryHook | undefined
  /** Called before an item is updated; throwing cancels the write. */
  beforeUpdate?: QueryHook | undefined
  /** Called after an item is updated. */
  afterUpdate?: QueryHook | undefined
  /** Called before an item is deleted; throwing cancels the delete. */
  beforeDelete?: QueryHook | undefined
  /** Called after an item is deleted. */
  afterDelete?: QueryHook | undefined
  /** Not run by the query builder: `createOrm` refuses it (observe reads with client middleware). */
  beforeQuery?: QueryHook | undefined
  /** Not run by the query builder: `createOrm` refuses it (observe reads with client middleware). */
  afterQuery?: QueryHook | undefined
}

/**
 * The result-cache settings of one model under `queryBuilder.caching.perEntity`.
 *
 * @example
 * ```ts
 * const perUser: EntityCachingConfig = { enabled: true, ttlMs: 5_000, maxSize: 100 }
 * ```
 */
export interface EntityCachingConfig {
  /** Cache this model even when caching is off globally, or not at all. */
  enabled: boolean
  /** How long this model's cached reads stay fresh. */
  ttlMs: number
  /** Most cached items of this model. */
  maxSize: number
}

/**
 * The config's `queryBuilder.caching` section: the result cache, with per-model overrides.
 *
 * @example
 * ```ts
 * const caching: CachingConfig = resolveConfig({ tableName: 'app' }).queryBuilder.caching
 * ```
 */
export interface CachingConfig {
  /** Cache reads by key for every model (models can opt in or out under `perEntity`). */
  enabled: boolean
  /** Maximum number of cached items (LRU). */
  maxSize: number
  /** How long a cached read stays fresh. */
  ttlMs: number
  /** Per-model overrides; omitted fields inherit the values above. */
  perEntity: Record<string, EntityCachingConfig>
}

/**
 * How the table is billed: on demand or provisioned.
 *
 * @example
 * ```ts
 * const mode: BillingMode = resolveConfig({ tableName: 'app' }).capacity.billingMode // 'PAY_PER_REQUEST'
 * ```
 */
export type BillingMode = 'PAY_PER_REQUEST' | 'PROVISIONED'

/**
 * Auto-scaling bounds of provisioned capacity: min, max and the target utilization.
 *
 * @example
 * ```ts
 * const autoScaling: AutoScalingConfig = { min: 5, max: 100, targetUtilization: 70 }
 * ```
 */
export interface AutoScalingConfig {
  /** Lowest provisioned capacity auto scaling may set. */
  min: number
  /** Highest provisioned capacity auto scaling may set. */
  max: number
  /** Target utilisation in percent (AWS accepts 20-90). */
  targetUtilization: number
}

/**
 * The config's `capacity` section: the billing mode and, when provisioned, read/write units and auto scaling.
 *
 * @example
 * ```ts
 * const capacity: CapacityConfig = resolveConfig({ tableName: 'app' }).capacity
 * ```
 */
export type CapacityConfig =
  | { billingMode: 'PAY_PER_REQUEST'; read: null; write: null; autoScaling: null }
  | {
      /** `PAY_PER_REQUEST` (on demand) or `PROVISIONED` (then `read` and `write` are required). */
      billingMode: 'PROVISIONED'
      /** Provisioned read capacity units of the table. */
      read: number
      /** Provisioned write capacity units of the table. */
      write: number
      /** Auto scaling bounds; `createOrm` refuses it (set scaling with your infrastructure tool). */
      autoScaling: AutoScalingConfig | null
    }

/**
 * What a DynamoDB stream record holds: the new image, the old one, both, or the keys only.
 *
 * @example
 * ```ts
 * const view: StreamViewType = resolveConfig({ tableName: 'app' }).streams.viewType // 'NEW_AND_OLD_IMAGES'
 * ```
 */
export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'

/**
 * The config's `streams` section: whether the table has a stream, and its view type.
 *
 * @example
 * ```ts
 * const streams: StreamsConfig = resolveConfig({ tableName: 'app', streams: { enabled: true } }).streams
 * ```
 */
export interface StreamsConfig {
  /** Turn the table's stream on. */
  enabled: boolean
  /** What each stream record holds: the new image, the old one, both, or the keys only. */
  viewType: StreamViewType
}

/**
 * The config's `ttl` section: whether TTL is on, and the attribute holding the expiry (epoch seconds).
 *
 * @example
 * ```ts
 * const ttl: TtlConfig = resolveConfig({ tableName: 'app' }).ttl // { enabled: false, attribute: 'ttl' }
 * ```
 */
export interface TtlConfig {
  /** Turn TTL on even when no model declares it (models with a TTL trait turn it on anyway). */
  enabled: boolean
  /** Attribute holding the expiry time in epoch seconds. */
  attribute: string
}

/**
 * The table class: standard, or standard infrequent access.
 *
 * @example
 * ```ts
 * const tableClass: TableClass = resolveConfig({ tableName: 'app' }).tableClass
 * ```
 */
export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS'
/**
 * The config's `returnConsumedCapacity`: whether every call asks DynamoDB for the capacity it consumed.
 *
 * @example
 * ```ts
 * const level: ReturnConsumedCapacity = resolveConfig({ tableName: 'app' }).returnConsumedCapacity
 * ```
 */
export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE'
/**
 * The config's `returnItemCollectionMetrics`: whether writes ask for item collection metrics.
 *
 * @example
 * ```ts
 * const metrics: ReturnItemCollectionMetrics = resolveConfig({ tableName: 'app' }).returnItemCollectionMetrics
 * ```
 */
export type ReturnItemCollectionMetrics = 'SIZE' | 'NONE'

/**
 * Which attributes an index declared in config copies: all of them, the keys only, or the keys and the listed
 * attributes.
 *
 * @example
 * ```ts
 * const projection: ProjectionConfig = { type: 'INCLUDE', attributes: ['title', 'status'] }
 * export default defineConfig({ tableName: 'app', globalSecondaryIndexes: [{ name: 'byStatus', partitionKey: 'status', projection }] })
 * ```
 */
export type ProjectionConfig =
  | { type: 'ALL' }
  | { type: 'KEYS_ONLY' }
  | { type: 'INCLUDE'; attributes: string[] }

/**
 * A GSI declared in the config's `globalSecondaryIndexes`, as resolved: name, key attributes, projection and
 * provisioned throughput.
 *
 * @example
 * ```ts
 * const gsi: GlobalIndexConfig = resolveConfig({
 *   tableName: 'app',
 *   globalSecondaryIndexes: [{ name: 'byEmail', partitionKey: 'email' }],
 * }).globalSecondaryIndexes[0]! // { name: 'byEmail', partitionKey: 'email', sortKey: null, projection: { type: 'ALL' }, read: null, write: null }
 * ```
 */
export interface GlobalIndexConfig {
  /** Index name (3-255 characters). */
  name: string
  /** Attribute holding the index partition key. */
  partitionKey: string
  /** Attribute holding the index sort key; null for a partition-only index. */
  sortKey: string | null
  /** Which attributes the index copies: all, keys only, or the listed ones. */
  projection: ProjectionConfig
  /** Provisioned throughput of the index; null inherits the table's. */
  read: number | null
  /** Provisioned write throughput of the index; null inherits the table's. */
  write: number | null
}

/**
 * An LSI declared in the config's `localSecondaryIndexes`, as resolved: name, alternative sort key attribute
 * and projection.
 *
 * @example
 * ```ts
 * export default defineConfig({ tableName: 'app', localSecondaryIndexes: [{ name: 'byCreatedAt', sortKey: 'createdAt' }] })
 * ```
 */
export interface LocalIndexConfig {
  /** Index name (3-255 characters). */
  name: string
  /** Attribute holding the alternative sort key (the partition key is the table's). */
  sortKey: string
  /** Which attributes the index copies: all, keys only, or the listed ones. */
  projection: ProjectionConfig
}

/**
 * How tenants are kept apart: a table each, a key prefix, or a tenant attribute.
 *
 * @example
 * ```ts
 * const strategy: TenancyStrategy = 'prefix'
 * export default defineConfig({ tableName: 'app', multiTenancy: { enabled: true, strategy } })
 * ```
 */
export type TenancyStrategy = 'table' | 'prefix' | 'attribute'

/**
 * The config's `multiTenancy` section: on or off, the strategy, and its names (tenant attribute, table name pattern, key prefix).
 *
 * @example
 * ```ts
 * const tenancy: MultiTenancyConfig = resolveConfig({ tableName: 'app', multiTenancy: { enabled: true, strategy: 'prefix' } }).multiTenancy
 * ```
 */
export interface MultiTenancyConfig {
  /** Scope every read and write to the current tenant. */
  enabled: boolean
  /** `table`: one table per tenant; `prefix`: tenant id leads every key; `attribute`: a tenant attribute. */
  strategy: TenancyStrategy
  /** Attribute holding the tenant id (`attribute` strategy). */
  tenantAttribute: string
  /** Physical table name per tenant (`table` strategy); `{table}` and `{tenant}` are replaced. */
  tableNamePattern: string
  /** Key segment placed before every key (`prefix` strategy), followed by the delimiter and tenant id. */
  keyPrefix: string
  /** Returns the current tenant id; null means the ORM must be given one explicitly. */
  resolver: (() => string | undefined) | null
}

/**
 * The config's `local` section: how `dbtooling start` runs DynamoDB Local (host, port, in memory or a data folder).
 *
 * @example
 * ```ts
 * const local: LocalConfig = resolveConfig({ tableName: 'app' }).local
 * console.log(local.port, local.inMemory)
 * ```
 */
export interface LocalConfig {
  /** Host DynamoDB Local listens on (`localhost` or `127.0.0.1`). */
  host: string
  /** Port DynamoDB Local listens on. */
  port: number
  /** Keep data in memory only (lost when the process stops). */
  inMemory: boolean
  /** Folder for the database file when not in memory; null uses the current folder. */
  dbPath: string | null
  /** One database for all credentials and regions. */
  sharedDb: boolean
  /** Simulate the CREATING/DELETING delays of real DynamoDB. */
  delayTransientStatuses: boolean
}

type Section<T> = { [K in keyof T]?: T[K] | undefined }

/**
 * What users write: every option optional, sections merged over the defaults.
 *
 * @example
 * ```ts
 * // dbtooling.config.ts
 * export default defineConfig({
 *   tableName: 'app',
 *   region: 'eu-west-1',
 *   queryBuilder: { modelsPath: 'app/Models', strict: true },
 *   capacity: { billingMode: 'PAY_PER_REQUEST' },
 * } satisfies DbtoolingConfig)
 * ```
 */
export interface DbtoolingConfig {
  region?: string
  endpoint?: string | null
  credentials?: Section<CredentialsConfig> | null
  profile?: string | null
  retries?: Section<RetriesConfig>
  http?: Section<HttpConfig>
  tableName?: string
  tableNamePrefix?: string
  tableNameSuffix?: string
  singleTableDesign?: Section<SingleTableDesignConfig>
  queryBuilder?: Section<Omit<QueryBuilderConfig, 'softDeletes' | 'caching'>> & {
    softDeletes?: Section<SoftDeletesConfig> | boolean
    caching?: Section<Omit<CachingConfig, 'perEntity'>> & {
      perEntity?: Record<string, Section<EntityCachingConfig>>
    }
  }
  capacity?: {
    billingMode?: BillingMode
    read?: number | null
    write?: number | null
    autoScaling?: Section<AutoScalingConfig> | null
  }
  streams?: Section<StreamsConfig> | boolean
  ttl?: Section<TtlConfig>
  tableClass?: TableClass
  deletionProtection?: boolean
  pointInTimeRecovery?: boolean
  contributorInsights?: boolean
  tags?: Record<string, string>
  returnConsumedCapacity?: ReturnConsumedCapacity
  returnItemCollectionMetrics?: ReturnItemCollectionMetrics
  consistentRead?: boolean
  globalSecondaryIndexes?: Array<
    Pick<GlobalIndexConfig, 'name' | 'partitionKey'> &
      Section<Omit<GlobalIndexConfig, 'name' | 'partitionKey'>>
  >
  localSecondaryIndexes?: Array<
    Pick<LocalIndexConfig, 'name' | 'sortKey'> & Section<Pick<LocalIndexConfig, 'projection'>>
  >
  multiTenancy?: Section<MultiTenancyConfig>
  local?: Section<LocalConfig>
  observability?: Omit<Section<ObservabilityConfig>, 'costs'> & {
    costs?: boolean | Section<ObservabilityCostsConfig>
  }
}

type LogMethod = (record: object, message?: string) => void

/**
 * A pino logger or any logger with pino's `(object, message)` methods.
 *
 * @example
 * ```ts
 * import pino from 'pino'
 * const logger: ConfigLogger = pino()
 * export default defineConfig({ tableName: 'app', observability: { logger, slowQueryMs: 200 } })
 * ```
 */
export interface ConfigLogger {
  trace: LogMethod
  debug: LogMethod
  info: LogMethod
  warn: LogMethod
  error: LogMethod
  isLevelEnabled?(level: string): boolean
}

/**
 * An OpenTelemetry tracer (`trace.getTracer(name)`), typed loosely so the schema needs no OpenTelemetry.
 *
 * @example
 * ```ts
 * import { trace } from '@opentelemetry/api'
 * const tracer: ConfigTracer = trace.getTracer('app')
 * export default defineConfig({ tableName: 'app', observability: { tracer } })
 * ```
 */
export interface ConfigTracer {
  startSpan(...args: never[]): unknown
  startActiveSpan(...args: never[]): unknown
}

/**
 * An OpenTelemetry meter (`metrics.getMeter(name)`).
 *
 * @example
 * ```ts
 * import { metrics } from '@opentelemetry/api'
 * const meter: ConfigMeter = metrics.getMeter('app')
 * export default defineConfig({ tableName: 'app', observability: { meter } })
 * ```
 */
export interface ConfigMeter {
  createCounter(...args: never[]): unknown
  createHistogram(...args: never[]): unknown
}

/**
 * The `observability.costs` section: the region whose prices apply and, optionally, your own prices per
 * million request units.
 *
 * @example
 * ```ts
 * const costs: ObservabilityCostsConfig = { region: 'eu-west-1', prices: { readPerMillion: 0.283, writePerMillion: 1.4135 } }
 * export default defineConfig({ tableName: 'app', observability: { costs } })
 * ```
 */
export interface ObservabilityCostsConfig {
  /** Region whose on-demand prices apply; null: the client's region. */
  region: string | null
  /** US dollars per million read / write request units; null: the built-in price table. */
  prices: { readPerMillion: number; writePerMillion: number } | null
}

/**
 * The `observability` section, as resolved: logger and level, slow-call and whole-type-read thresholds,
 * OpenTelemetry tracer and meter, CloudWatch EMF and cost accounting. All off by default.
 *
 * @example
 * ```ts
 * const observability: ObservabilityConfig = resolveConfig({ tableName: 'app', observability: { slowQueryMs: 200 } }).observability
 * console.log(observability.slowQueryMs, observability.logger === null) // 200 true
 * ```
 */
export interface ObservabilityConfig {
  /** One structured record per DynamoDB call goes to this logger; null: no logging. */
  logger: ConfigLogger | null
  /** Level of ordinary records (slow and whole-type reads warn, failures error). */
  level: 'trace' | 'debug' | 'info'
  /** Calls taking at least this many ms log at warn; null: off. */
  slowQueryMs: number | null
  /** Scans and whole-type reads reading at least this many items log at warn; null: off. */
  wholeTypeReadItems: number | null
  /** Show key values in log records (masked attributes stay redacted). */
  keyValues: boolean
  /** OpenTelemetry tracer for ORM spans and a client span per attempt; null: no tracing. */
  tracer: ConfigTracer | null
  /** OpenTelemetry meter for call count, latency, retries, throttles and consumed units; null: no metrics. */
  meter: ConfigMeter | null
  /** CloudWatch Embedded Metric Format lines on stdout. */
  emf: boolean | { namespace: string }
  /** Cost accounting for `orm.costs()`; false: off. */
  costs: false | ObservabilityCostsConfig
}
