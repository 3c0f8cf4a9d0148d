import { type Endpoint, isLocalEndpoint, parseEndpoint } from '../client/endpoints'
import { credentialsProvider, resolveHttpOptions } from '../client/runtime'
import type { CredentialsInput, CredentialsProvider } from '../credentials/provider'
import { resolveRegion } from '../credentials/region'
import { DynamoDBError } from '../errors/dynamodb-error'
import { fullJitterDelay, sleep } from '../retry/backoff'
import { DEFAULT_MAX_RETRIES } from '../retry/retry-strategy'
import { loadSigner } from '../signing/load-signer'
import type { RequestSigner, SigningScope } from '../signing/types'
import { classifyTransportError } from '../transport/classify-error'
import { loadTransport } from '../transport/load-transport'
import type { HttpOptions, Transport } from '../transport/types'
import { AutoScalingError, autoScalingErrorOf } from './autoscaling-error'
import type { AutoScalingOperation, AutoScalingOperations } from './types'

/**
 * Settings of `new AutoScalingClient(config)`: region, endpoint, credentials or profile, retries, HTTP settings, transport and signer (autoScalingClientFor copies them from a DynamoClient).
 *
 * @example
 * ```ts
 * const config: AutoScalingClientConfig = { region: 'eu-west-1', profile: 'prod', maxRetries: 4 }
 * const autoscaling = new AutoScalingClient(config)
 * ```
 */
export interface AutoScalingClientConfig {
  /** AWS region; otherwise AWS_REGION, AWS_DEFAULT_REGION, the profile's region. */
  region?: string
  /**
   * Endpoint; otherwise AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING, AWS_ENDPOINT_URL, then
   * `https://application-autoscaling.<region>.amazonaws.com`.
   */
  endpoint?: string | URL
  credentials?: CredentialsInput
  profile?: string
  /** Retries after the first attempt of a retryable error (throttling, 5xx, ConcurrentUpdateException). Default 2. */
  maxRetries?: number
  http?: HttpOptions
  transport?: Transport
  signer?: RequestSigner
  env?: Readonly<Record<string, string | undefined>>
}

/** The JSON 1.1 protocol of the service: every call is a POST to `/` with this content type and target. */
const CONTENT_TYPE = 'application/x-amz-json-1.1'
const TARGET_PREFIX = 'AnyScaleFrontendService'
const SERVICE = 'application-autoscaling'
const BASE_DELAY_MS = 100

interface Runtime {
  endpoint: Endpoint
  scope: SigningScope
  credentials: CredentialsProvider
  signer: RequestSigner
  transport: Transport
  ownsTransport: boolean
}

function endpointOf(config: AutoScalingClientConfig, region: string): Endpoint {
  const env = config.env ?? process.env
  const chosen = config.endpoint ?? env.AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING ?? env.AWS_ENDPOINT_URL
  if (chosen) return parseEndpoint(chosen)
  const suffix = region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com'
  return parseEndpoint(`https://${SERVICE}.${region}.${suffix}`)
}

/**
 * A client for Application Auto Scaling, the service that registers DynamoDB capacity targets and their
 * target-tracking policies: SigV4 (service `application-autoscaling`), the same credentials chain, signer
 * and transport as `DynamoClient`. Resolved on the first call.
 *
 * @example
 * ```ts
 * const scaling = new AutoScalingClient({ region: 'eu-west-1' })
 * await scaling.registerScalableTarget({ ServiceNamespace: 'dynamodb', ResourceId: 'table/app',
 *   ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 5, MaxCapacity: 100 })
 * ```
 */
export class AutoScalingClient {
  readonly #config: AutoScalingClientConfig
  #runtime: Promise<Runtime> | undefined

  constructor(config: AutoScalingClientConfig = {}) {
    this.#config = { ...config }
  }

  registerScalableTarget(input: AutoScalingOperations['RegisterScalableTarget'][0]) {
    return this.send('RegisterScalableTarget', input)
  }

  putScalingPolicy(input: AutoScalingOperations['PutScalingPolicy'][0]) {
    return this.send('PutScalingPolicy', input)
  }

  describeScalableTargets(input: AutoScalingOperations['DescribeScalableTargets'][0]) {
    return this.send('DescribeScalableTargets', input)
  }

  deregisterScalableTarget(input: AutoScalingOperations['DeregisterScalableTarget'][0]) {
    return this.send('DeregisterScalableTarget', input)
  }

  /** Sends one operation by wire name; retryable failures back off with full jitter. */
  async send<Op extends AutoScalingOperation>(
    operation: Op,
    input: AutoScalingOperations[Op][0],
    options: { signal?: AbortSignal } = {},
  ): Promise<AutoScalingOperations[Op][1]> {
    const runtime = await this.#start()
    const body = JSON.stringify(input)
    const maxRetries = Math.max(0, this.#config.maxRetries ?? DEFAULT_MAX_RETRIES)
    for (let retry = 0; ; retry++) {
      const outcome = await this.#attempt(runtime, operation, body, options.signal)
      if (!(outcome instanceof DynamoDBError)) return outcome as AutoScalingOperations[Op][1]
      if (!outcome.retryable || retry >= maxRetries) throw outcome
      await sleep(fullJitterDelay(retry, BASE_DELAY_MS), options.signal)
    }
  }

  async close(): Promise<void> {
    const runtime = await this.#runtime?.catch(() => undefined)
    if (runtime?.ownsTransport) await runtime.transport.close()
  }

  /** A safe description: no credentials. */
  toJSON(): Record<string, unknown> {
    return {
      client: 'AutoScalingClient',
      region: this.#config.region,
      endpoint: this.#config.endpoint?.toString(),
      credentials: this.#config.credentials ? '[redacted]' : 'default chain',
    }
  }

  async #attempt(
    runtime: Runtime,
    operation: AutoScalingOperation,
    body: string,
    signal: AbortSignal | undefined,
  ): Promise<object | DynamoDBError> {
    const { endpoint } = runtime
    try {
      const request = {
        method: 'POST',
        host: endpoint.host,
        path: endpoint.path,
        headers: { 'content-type': CONTENT_TYPE, 'x-amz-target': `${TARGET_PREFIX}.${operation}` },
        body,
      }
      const signing = runtime.signer.sign(request, await runtime.credentials(), runtime.scope, new Date())
      if (signing) await signing
      const response = await runtime.transport.send({
        origin: endpoint.origin,
        path: endpoint.path,
        method: 'POST',
        headers: request.headers,
        body,
        signal,
      })
      const { statusCode, requestId } = response
      if (statusCode >= 200 && statusCode < 300)
        return response.body ? (JSON.parse(response.body) as object) : {}
      return autoScalingErrorOf({ statusCode, requestId, body: response.body, operation })
    } catch (error) {
      if (error instanceof DynamoDBError) return error
      if (error instanceof SyntaxError)
        return new AutoScalingError({
          code: 'ResponseParseError',
          message: error.message,
          operation,
          cause: error,
        })
      return classifyTransportError(error, resolveHttpOptions(this.#config), signal)
    }
  }

  #start(): Promise<Runtime> {
    this.#runtime ??= this.#resolve()
    this.#runtime.catch(() => {
      this.#runtime = undefined
    })
    return this.#runtime
  }

  async #resolve(): Promise<Runtime> {
    const config = this.#config
    const env = config.env ?? process.env
    const explicit = config.endpoint ?? env.AWS_ENDPOINT_URL_APPLICATION_AUTO_SCALING ?? env.AWS_ENDPOINT_URL
    const local = explicit !== undefined && isLocalEndpoint(parseEndpoint(explicit))
    const region = await resolveRegion({
      region: config.region,
      profile: config.profile,
      env,
      localEndpoint: local,
    })
    const [signer, transport] = await Promise.all([
      config.signer ?? loadSigner(),
      config.transport ?? loadTransport(resolveHttpOptions(config)),
    ])
    return {
      endpoint: endpointOf(config, region),
      scope: { region, service: SERVICE },
      credentials: credentialsProvider(config, local),
      signer,
      transport,
      ownsTransport: config.transport === undefined,
    }
  }
}
