import { ConfigurationError } from '../errors/client-errors'
import { CapacityTracker } from '../middleware/capacity-tracker'
import type { Middleware } from '../middleware/types'
import { OPERATIONS } from '../operations/registry'
import type { OperationSender } from '../operations/sender'
import { DEFAULT_MAX_RETRIES, RetryStrategy } from '../retry/retry-strategy'
import type { InputOf, OperationName, OutputOf } from '../types/operation-map'
import { assertInputShape } from '../validation/assert-input-shape'
import { ClockSkew } from './clock-skew'
import type { DynamoClientConfig } from './config'
import { rememberConfig } from './config-registry'
import { execute } from './execute'
import { asTransaction, conditionFailureOf, fromTransaction } from './idempotent-write'
import { type ClientRuntime, resolveRuntime } from './runtime'
import type { SendContext, SendOptions } from './send-context'

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

function capacityModeOf(config: DynamoClientConfig): 'TOTAL' | 'INDEXES' | undefined {
  const value = config.returnConsumedCapacity
  if (value === true) return 'TOTAL'
  return value === 'TOTAL' || value === 'INDEXES' ? value : undefined
}

/**
 * The transport-level client: `send()` for any operation, middleware, capacity accounting. Region,
 * credentials, signer and connection pool are resolved on the first call and kept in private fields,
 * so neither `util.inspect`, `JSON.stringify` nor a logger can reach the credentials.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ endpoint: 'http://localhost:8000' }) // a DynamoClientCore underneath
 * const output = await client.send('ListTables', {})
 * console.log(output.TableNames, client.capacity.total())
 * ```
 */
export class DynamoClientCore implements OperationSender {
  /** Consumed capacity accumulated per table and operation. */
  readonly capacity = new CapacityTracker()
  readonly #config: DynamoClientConfig
  readonly #middleware: Middleware[]
  readonly #retry: RetryStrategy
  #context: SendContext | undefined
  #starting: Promise<SendContext> | undefined

  constructor(config: DynamoClientConfig = {}) {
    this.#config = { ...config }
    rememberConfig(this, this.#config)
    this.#middleware = [...(config.middleware ?? [])]
    this.#retry = new RetryStrategy({
      maxRetries: config.maxRetries ?? DEFAULT_MAX_RETRIES,
      mode: config.retryMode ?? 'standard',
    })
  }

  /** Sends one operation by wire name, e.g. `send('GetItem', { TableName, Key })`. */
  send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>> {
    const spec = OPERATIONS[operation]
    if (!spec) {
      return Promise.reject(
        new ConfigurationError({
          message: `Unknown operation "${operation}"`,
          hint: 'Use a DynamoDB API operation name such as GetItem.',
        }),
      )
    }
    if (options?.idempotent) return this.#sendIdempotent(operation, input, options) as Promise<OutputOf<Op>>
    const context = this.#context
    if (context) return execute(context, spec, input, options) as Promise<OutputOf<Op>>
    return this.#start().then((ready) => execute(ready, spec, input, options) as Promise<OutputOf<Op>>)
  }

  /** What the client asks DynamoDB to report on every call (`returnConsumedCapacity` in the config). */
  get returnConsumedCapacity(): 'TOTAL' | 'INDEXES' | undefined {
    return capacityModeOf(this.#config)
  }

  /** Adds an observer of every request and response; returns a function that removes it again. */
  use(middleware: Middleware): () => void {
    this.#middleware.push(middleware)
    return () => {
      const index = this.#middleware.indexOf(middleware)
      if (index >= 0) this.#middleware.splice(index, 1)
    }
  }

  /** The resolved region (resolving it, and the rest of the runtime, if no call was made yet). */
  async region(): Promise<string> {
    return (await this.#start()).runtime.region
  }

  /** Closes pooled connections. The client can not be used afterwards. */
  async close(): Promise<void> {
    const context =
      this.#context ?? (this.#starting ? await this.#starting.catch(() => undefined) : undefined)
    await context?.runtime.transport.close()
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close()
  }

  /** A safe description: no credentials, no signing keys. */
  toJSON(): Record<string, unknown> {
    const runtime: ClientRuntime | undefined = this.#context?.runtime
    return {
      client: 'DynamoClient',
      region: runtime?.region ?? this.#config.region,
      endpoint: runtime?.endpoints.dynamodb.origin ?? this.#config.endpoint?.toString(),
      retryMode: this.#retry.mode,
      maxRetries: this.#retry.maxRetries,
      credentials: this.#config.credentials ? '[redacted]' : 'default chain',
    }
  }

  [INSPECT](): string {
    return `DynamoClient ${JSON.stringify(this.toJSON())}`
  }

  async #sendIdempotent(operation: OperationName, input: object, options: SendOptions): Promise<object> {
    assertInputShape(operation, input)
    const transaction = asTransaction(operation, input)
    const { idempotent: _idempotent, ...rest } = options
    try {
      const output = await this.send('TransactWriteItems', transaction, rest)
      return fromTransaction(output, (input as { TableName: string }).TableName)
    } catch (error) {
      throw conditionFailureOf(error)
    }
  }

  #start(): Promise<SendContext> {
    if (this.#context) return Promise.resolve(this.#context)
    this.#starting ??= resolveRuntime(this.#config).then(
      (runtime) => {
        this.#context = {
          runtime,
          retry: this.#retry,
          middleware: this.#middleware,
          capacity: this.capacity,
          capacityMode: capacityModeOf(this.#config),
          clock: new ClockSkew(),
        }
        return this.#context
      },
      (error: unknown) => {
        this.#starting = undefined
        throw error
      },
    )
    return this.#starting
  }
}
