import type { DynamoClientConfig } from '@dbtooling/dynamo-client'
import type { ResolvedConfig } from '@dbtooling/schema'
import { UnsupportedConfigError } from '../errors/unsupported-config'

// The client's own backoff (dynamo-client retry/backoff.ts): config values other than these cannot be honoured.
const CLIENT_BASE_DELAY_MS = 100
const CLIENT_MAX_DELAY_MS = 20_000
// Node's TCP keep-alive delay, which the client's transport does not expose; only the default is honoured.
const DEFAULT_KEEP_ALIVE_MSECS = 1_000

/** The config of the client `createOrm` makes when given neither `client` nor `clientConfig`. */
export function clientConfigFrom(config: ResolvedConfig): DynamoClientConfig {
  const out: DynamoClientConfig = {
    region: config.region,
    maxRetries: config.retries.maxRetries,
    retryMode: config.retries.retryMode === 'adaptive' ? 'adaptive' : 'standard',
    http: {
      connectTimeoutMs: config.http.connectTimeoutMs,
      requestTimeoutMs: config.http.requestTimeoutMs,
      maxSockets: config.http.maxSockets,
      keepAlive: config.http.keepAlive,
    },
  }
  if (config.endpoint) out.endpoint = config.endpoint
  if (config.profile) out.profile = config.profile
  if (config.credentials) {
    const { accessKeyId, secretAccessKey, sessionToken } = config.credentials
    out.credentials = sessionToken
      ? { accessKeyId, secretAccessKey, sessionToken }
      : { accessKeyId, secretAccessKey }
  }
  if (config.returnConsumedCapacity !== 'NONE') out.returnConsumedCapacity = config.returnConsumedCapacity
  return out
}

function refuse(key: string, message: string, hint: string): never {
  throw new UnsupportedConfigError(key, message, hint)
}

/** Connection options only the client `createOrm` builds can carry (an explicit client has its own). */
function checkClientOptions(config: ResolvedConfig): void {
  if (config.retries.retryMode === 'legacy') {
    refuse('retries.retryMode', "'legacy' is not supported by the client", "use 'standard' or 'adaptive'")
  }
  const { baseDelayMs, maxDelayMs } = config.retries
  if (baseDelayMs !== CLIENT_BASE_DELAY_MS || maxDelayMs !== CLIENT_MAX_DELAY_MS) {
    refuse(
      baseDelayMs !== CLIENT_BASE_DELAY_MS ? 'retries.baseDelayMs' : 'retries.maxDelayMs',
      `the client backs off from ${CLIENT_BASE_DELAY_MS} ms up to ${CLIENT_MAX_DELAY_MS} ms (full jitter); other values are not supported`,
      `remove the option (or set ${CLIENT_BASE_DELAY_MS} / ${CLIENT_MAX_DELAY_MS}); use retries.maxRetries and retries.retryMode to tune retrying`,
    )
  }
  if (config.http.keepAliveMsecs !== DEFAULT_KEEP_ALIVE_MSECS) {
    refuse(
      'http.keepAliveMsecs',
      'the client does not set the TCP keep-alive delay',
      'remove it; to change how long idle connections stay open pass createOrm({ clientConfig: { http: { keepAliveTimeoutMs } } })',
    )
  }
}

/**
 * Refuses, before anything is derived or sent, the config options the ORM would otherwise accept and ignore.
 * `ownClient` is true when `createOrm` builds the client from the config (no `client`/`clientConfig`).
 */
export function checkConfigSupport(config: ResolvedConfig, ownClient: boolean): void {
  if (ownClient) checkClientOptions(config)
  if (config.singleTableDesign.dataAttribute !== null) {
    refuse(
      'singleTableDesign.dataAttribute',
      'nesting attributes in one map is not supported',
      'remove it (attributes are stored at the top level)',
    )
  }
  if (config.queryBuilder.entityMappingStrategy !== 'attribute') {
    refuse(
      'queryBuilder.entityMappingStrategy',
      `'${config.queryBuilder.entityMappingStrategy}' is not supported: items are mapped to models by the entity type attribute`,
      "remove it or set 'attribute' (singleTableDesign.entityTypeAttribute names the attribute)",
    )
  }
  for (const hook of ['beforeQuery', 'afterQuery'] as const) {
    if (config.queryBuilder.hooks[hook]) {
      refuse(
        `queryBuilder.hooks.${hook}`,
        'query hooks are not run by the query builder',
        'observe requests with client middleware (createOrm({ clientConfig: { middleware } })) instead',
      )
    }
  }
  if (config.returnItemCollectionMetrics !== 'NONE') {
    refuse(
      'returnItemCollectionMetrics',
      'the ORM does not request item collection metrics',
      "remove it or set 'NONE'",
    )
  }
  if (config.capacity.autoScaling !== null) {
    refuse(
      'capacity.autoScaling',
      'createTable() cannot apply auto scaling (it is an Application Auto Scaling policy, not a table setting)',
      'remove it and configure scaling with your infrastructure tool',
    )
  }
  for (const [at, index] of config.globalSecondaryIndexes.entries()) {
    if (index.read !== null || index.write !== null) {
      refuse(
        `globalSecondaryIndexes[${at}].read`,
        `index '${index.name}' throughput is not applied; declared indexes take the table's throughput`,
        'remove read/write from the index',
      )
    }
  }
}
