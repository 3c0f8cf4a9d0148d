import type { CredentialsInput } from '../credentials/provider'
import type { Middleware } from '../middleware/types'
import type { RetryMode } from '../retry/retry-strategy'
import type { RequestSigner } from '../signing/types'
import type { HttpOptions, Transport } from '../transport/types'

/**
 * How a `DynamoClient` reaches DynamoDB: region, endpoint, credentials or profile, retries, HTTP settings, middleware and consumed-capacity reporting. Nothing is resolved until the first call.
 *
 * @example
 * ```ts
 * const config: DynamoClientConfig = {
 *   region: 'eu-west-1',
 *   profile: 'prod',
 *   maxRetries: 4,
 *   http: { connectTimeoutMs: 1_000 },
 *   returnConsumedCapacity: 'TOTAL',
 * }
 * const client = new DynamoClient(config)
 * ```
 */
export interface DynamoClientConfig {
  /** AWS region; otherwise AWS_REGION, AWS_DEFAULT_REGION, the profile's region (us-east-1 for DynamoDB Local). */
  region?: string
  /** Custom endpoint, e.g. `http://localhost:8000` for DynamoDB Local; also used for Streams calls. */
  endpoint?: string | URL
  /** Separate endpoint for DynamoDB Streams calls when `endpoint` is set but Streams lives elsewhere. */
  streamsEndpoint?: string | URL
  /**
   * Endpoint of Application Auto Scaling for `autoScalingClientFor(client)` (otherwise
   * AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING, AWS_ENDPOINT_URL, then the AWS endpoint of the region).
   */
  autoScalingEndpoint?: string | URL
  /** Static keys or an async provider; otherwise the default chain (env, shared files, container, IMDS). */
  credentials?: CredentialsInput
  /** Shared-config profile for credentials and region; otherwise AWS_PROFILE, then `default`. */
  profile?: string
  /** Retries after the first attempt. Default 2 (3 attempts in all, as the AWS SDK v3). */
  maxRetries?: number
  /** `adaptive` adds client-side rate limiting once DynamoDB starts throttling. Default `standard`. */
  retryMode?: RetryMode
  http?: HttpOptions
  /** Observers of every request and response. More can be added with `client.use()`. */
  middleware?: readonly Middleware[]
  /**
   * Ask DynamoDB for consumed capacity on every call that supports it (`true` = 'TOTAL') and accumulate
   * it in `client.capacity`. Capacity reported by calls that ask for it themselves is counted either way.
   */
  returnConsumedCapacity?: boolean | 'TOTAL' | 'INDEXES'
  /** Replace the HTTP layer (tests, custom runtimes). */
  transport?: Transport
  /** Replace the signer (tests, custom runtimes). */
  signer?: RequestSigner
  /** Environment to read instead of `process.env` (tests). */
  env?: Readonly<Record<string, string | undefined>>
}
