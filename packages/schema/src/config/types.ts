/**
 * The fully resolved configuration: every option present, defaults filled in, cross-field rules checked.
 * `resolveConfig()` and `loadConfig()` return it; the input shape users write is `DbtoolingConfig`.
 * "Not set" is `null` (never `undefined`) so the object is JSON-friendly apart from hooks and resolvers.
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
  retries: RetriesConfig
  http: HttpConfig
  /** Base table name; the physical name is `tableNamePrefix + tableName + tableNameSuffix`. */
  tableName: string
  tableNamePrefix: string
  tableNameSuffix: string
  singleTableDesign: SingleTableDesignConfig
  queryBuilder: QueryBuilderConfig
  capacity: CapacityConfig
  streams: StreamsConfig
  ttl: TtlConfig
  tableClass: TableClass
  deletionProtection: boolean
  /** Continuous backups with point-in-time recovery (UpdateContinuousBackups; not in DynamoDB Local). */
  pointInTimeRecovery: boolean
  contributorInsights: boolean
  tags: Record<string, string>
  returnConsumedCapacity: ReturnConsumedCapacity
  returnItemCollectionMetrics: ReturnItemCollectionMetrics
  /** Default read consistency for GetItem/Query/Scan (strongly consistent reads cost twice as much). */
  consistentRead: boolean
  /** Indexes declared by hand, in addition to the overloaded GSIs the design derives. */
  globalSecondaryIndexes: GlobalIndexConfig[]
  localSecondaryIndexes: LocalIndexConfig[]
  multiTenancy: MultiTenancyConfig
  /** Logging, metrics, tracing and cost accounting of the ORM (all off by default). */
  observability: ObservabilityConfig
  local: LocalConfig
}

export interface CredentialsConfig {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string | null
}

export type RetryMode = 'standard' | 'adaptive' | 'legacy'

export interface RetriesConfig {
  /** Retries after the first attempt (0 disables retrying). */
  maxRetries: number
  retryMode: RetryMode
  /** First backoff delay; later delays grow exponentially with full jitter. */
  baseDelayMs: number
  /** Cap for a single backoff delay. */
  maxDelayMs: number
}

export interface HttpConfig {
  connectTimeoutMs: number
  /** Whole-request timeout (socket idle included); 0 disables it. */
  requestTimeoutMs: number
  maxSockets: number
  keepAlive: boolean
  keepAliveMsecs: number
}

export interface SingleTableDesignConfig {
  /** Partition key attribute of the table (default `pk`). */
  partitionKey: string
  /** Sort key attribute of the table (default `sk`). */
  sortKey: string
  /** Attribute names of overloaded GSI keys; `{n}` is the index number (1-based). */
  gsiPartitionKeyPattern: string
  gsiSortKeyPattern: string
  /** Index names; `{n}` is the index number. */
  gsiNamePattern: string
  /** Number of overloaded GSIs, or `'auto'` to derive the smallest number the models need. */
  gsiCount: number | 'auto'
  /** Write shards of every model's list-by-type entry unless the model sets `shards` (default 1). */
  typeIndexShards: number
  /** Sort key attribute and name patterns of LSIs created for declared sort orders. */
  lsiSortKeyPattern: string
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

export type EntityMappingStrategy = 'attribute' | 'prefix'
export type TimestampFormat = 'iso' | 'unix' | 'unixMs'

export interface QueryBuilderConfig {
  /**
   * Folder of model files, or a list of folders (app models plus framework models such as access tokens),
   * relative to the config file's folder (or cwd); loaded in the order given.
   */
  modelsPath: string | string[]
  /** How an item is mapped back to its model: by the entity type attribute, or by its key prefix. */
  entityMappingStrategy: EntityMappingStrategy
  timestampFormat: TimestampFormat
  softDeletes: SoftDeletesConfig
  hooks: QueryHooks
  caching: CachingConfig
  createdAtAttribute: string
  updatedAtAttribute: string
  /** Attribute for optimistic locking on versioned models. */
  versionAttribute: string
  /**
   * Strict mode: a query that would Scan, or an unknown attribute on write, throws instead of warning; a
   * relation to a model that is not loaded fails the design (`UNKNOWN_RELATION_TARGET`).
   */
  strict: boolean
}

export interface SoftDeletesConfig {
  /** Soft-delete every model by default (models may still opt in with `traits.useSoftDeletes`). */
  enabled: boolean
  attribute: string
}

/** Context handed to query hooks; the ORM fills it in. */
export interface QueryHookContext {
  model: string
  operation: string
  /** The item or input the operation works on, when there is one. */
  data: Readonly<Record<string, unknown>> | null
}

export type QueryHook = (context: QueryHookContext) => void | Promise<void>

export interface QueryHooks {
  beforeCreate?: QueryHook | undefined
  afterCreate?: QueryHook | undefined
  beforeUpdate?: QueryHook | undefined
  afterUpdate?: QueryHook | undefined
  beforeDelete?: QueryHook | undefined
  afterDelete?: QueryHook | undefined
  beforeQuery?: QueryHook | undefined
  afterQuery?: QueryHook | undefined
}

export interface EntityCachingConfig {
  enabled: boolean
  ttlMs: number
  maxSize: number
}

export interface CachingConfig {
  enabled: boolean
  /** Maximum number of cached items (LRU). */
  maxSize: number
  ttlMs: number
  /** Per-model overrides; omitted fields inherit the values above. */
  perEntity: Record<string, EntityCachingConfig>
}

export type BillingMode = 'PAY_PER_REQUEST' | 'PROVISIONED'

export interface AutoScalingConfig {
  min: number
  max: number
  /** Target utilisation in percent (AWS accepts 20-90). */
  targetUtilization: number
}

export type CapacityConfig =
  | { billingMode: 'PAY_PER_REQUEST'; read: null; write: null; autoScaling: null }
  | { billingMode: 'PROVISIONED'; read: number; write: number; autoScaling: AutoScalingConfig | null }

export type StreamViewType = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY'

export interface StreamsConfig {
  enabled: boolean
  viewType: StreamViewType
}

export interface TtlConfig {
  /** Turn TTL on even when no model declares it (models with a TTL trait turn it on anyway). */
  enabled: boolean
  /** Attribute holding the expiry time in epoch seconds. */
  attribute: string
}

export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS'
export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE'
export type ReturnItemCollectionMetrics = 'SIZE' | 'NONE'

export type ProjectionConfig =
  | { type: 'ALL' }
  | { type: 'KEYS_ONLY' }
  | { type: 'INCLUDE'; attributes: string[] }

export interface GlobalIndexConfig {
  name: string
  partitionKey: string
  sortKey: string | null
  projection: ProjectionConfig
  /** Provisioned throughput of the index; null inherits the table's. */
  read: number | null
  write: number | null
}

export interface LocalIndexConfig {
  name: string
  sortKey: string
  projection: ProjectionConfig
}

export type TenancyStrategy = 'table' | 'prefix' | 'attribute'

export interface MultiTenancyConfig {
  enabled: boolean
  /** `table`: one table per tenant; `prefix`: tenant id leads every key; `attribute`: a tenant attribute. */
  strategy: TenancyStrategy
  tenantAttribute: string
  /** Physical table name per tenant (`table` strategy); `{table}` and `{tenant}` are replaced. */
  tableNamePattern: string
  /** Key segment placed before every key (`prefix` strategy), followed by the delimiter and tenant id. */
  keyPrefix: string
  /** Returns the current tenant id; null means the ORM must be given one explicitly. */
  resolver: (() => string | undefined) | null
}

export interface LocalConfig {
  host: string
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

/** What users write: every option optional, sections merged over the defaults. */
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

/** A pino logger or any logger with pino's `(object, message)` methods. */
export interface ConfigLogger {
  trace: LogMethod
  debug: LogMethod
  info: LogMethod
  warn: LogMethod
  error: LogMethod
  isLevelEnabled?(level: string): boolean
}

/** An OpenTelemetry tracer (`trace.getTracer(name)`), typed loosely so the schema needs no OpenTelemetry. */
export interface ConfigTracer {
  startSpan(...args: never[]): unknown
  startActiveSpan(...args: never[]): unknown
}

/** An OpenTelemetry meter (`metrics.getMeter(name)`). */
export interface ConfigMeter {
  createCounter(...args: never[]): unknown
  createHistogram(...args: never[]): unknown
}

export interface ObservabilityCostsConfig {
  /** Region whose on-demand prices apply; null: the client's region. */
  region: string | null
  /** US dollars per million read / write request units; null: the built-in price table. */
  prices: { readPerMillion: number; writePerMillion: number } | null
}

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
  tracer: ConfigTracer | null
  meter: ConfigMeter | null
  /** CloudWatch Embedded Metric Format lines on stdout. */
  emf: boolean | { namespace: string }
  /** Cost accounting for `orm.costs()`; false: off. */
  costs: false | ObservabilityCostsConfig
}
