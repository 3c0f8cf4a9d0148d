import type { OperationName } from '../types/operation-map'
import { DynamoDBError } from './dynamodb-error'

interface Base {
  message: string
  operation?: OperationName | undefined
  cause?: unknown
}

/**
 * The connection failed or dropped before a response arrived (DNS, refused, reset). Retried.
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'NetworkError') console.error('unreachable:', error.hint)
 *   else throw error
 * }
 * ```
 */
export class NetworkError extends DynamoDBError {
  declare readonly code: 'NetworkError'
  constructor(init: Base) {
    super({
      ...init,
      code: 'NetworkError',
      retryable: true,
      hint: 'Could not reach DynamoDB: check the endpoint/region, network and proxy. For DynamoDB Local, is it running?',
    })
  }
}

/**
 * No connection (`phase: 'connect'`) or no response (`phase: 'request'`) within the configured time.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ http: { requestTimeoutMs: 2_000 } })
 * try {
 *   await client.scan({ TableName: 'big' })
 * } catch (error) {
 *   if (error instanceof TimeoutError) console.error(`${error.phase} timed out after ${error.timeoutMs} ms`)
 *   else throw error
 * }
 * ```
 */
export class TimeoutError extends DynamoDBError {
  declare readonly code: 'TimeoutError'
  readonly phase: 'connect' | 'request'
  readonly timeoutMs: number

  constructor(init: Base & { phase: 'connect' | 'request'; timeoutMs: number }) {
    super({
      ...init,
      code: 'TimeoutError',
      retryable: true,
      hint: `No ${init.phase === 'connect' ? 'connection' : 'response'} within ${init.timeoutMs} ms; raise http.${init.phase}TimeoutMs or check the network.`,
    })
    this.phase = init.phase
    this.timeoutMs = init.timeoutMs
  }
}

/**
 * No credentials were found; `searched` lists every place looked at, in order.
 *
 * @example
 * ```ts
 * try {
 *   await client.listTables({})
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'CredentialsError') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class CredentialsError extends DynamoDBError {
  declare readonly code: 'CredentialsError'
  readonly searched: readonly string[]

  constructor(init: Base & { searched?: readonly string[]; hint?: string }) {
    const searched = init.searched ?? []
    super({
      ...init,
      code: 'CredentialsError',
      retryable: false,
      hint:
        init.hint ??
        (searched.length
          ? `Searched: ${searched.join('; ')}. Pass credentials in the config, set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or configure a profile.`
          : 'Check the credentials configuration.'),
    })
    this.searched = searched
  }
}

/**
 * The client configuration is unusable (no region, malformed endpoint, ...).
 *
 * @example
 * ```ts
 * try {
 *   await new DynamoClient({ endpoint: 'not a url' }).listTables({})
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ConfigurationError') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class ConfigurationError extends DynamoDBError {
  declare readonly code: 'ConfigurationError'
  constructor(init: Base & { hint: string }) {
    super({ ...init, code: 'ConfigurationError', retryable: false })
  }
}

/**
 * The service answered with something that is not the JSON it promised.
 *
 * @example
 * ```ts
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ResponseParseError') console.error(error.requestId)
 *   else throw error
 * }
 * ```
 */
export class ResponseParseError extends DynamoDBError {
  declare readonly code: 'ResponseParseError'
  constructor(init: Base & { statusCode: number; requestId: string | undefined }) {
    super({
      ...init,
      code: 'ResponseParseError',
      retryable: init.statusCode >= 500,
      hint: 'The response body was not valid JSON: is the endpoint really DynamoDB (or a proxy returning HTML)?',
    })
  }
}

/**
 * A waiter gave up before the resource reached the wanted state.
 *
 * @example
 * ```ts
 * try {
 *   await client.waitForTableActive('app')
 * } catch (error) {
 *   if (error instanceof WaiterTimeoutError) console.error('still', error.lastState)
 *   else throw error
 * }
 * ```
 */
export class WaiterTimeoutError extends DynamoDBError {
  declare readonly code: 'WaiterTimeoutError'
  readonly lastState: string | undefined

  constructor(init: Base & { lastState: string | undefined }) {
    super({
      ...init,
      code: 'WaiterTimeoutError',
      retryable: false,
      hint: 'Raise the waiter timeout (timeoutMs) or check the resource in the console.',
    })
    this.lastState = init.lastState
  }
}

/**
 * The caller's AbortSignal fired.
 *
 * @example
 * ```ts
 * const controller = new AbortController()
 * setTimeout(() => controller.abort(), 1_000)
 * try {
 *   await client.scan({ TableName: 'big' }, { signal: controller.signal })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'AbortError') console.log('cancelled')
 *   else throw error
 * }
 * ```
 */
export class AbortError extends DynamoDBError {
  declare readonly code: 'AbortError'
  constructor(init: Base) {
    super({
      ...init,
      code: 'AbortError',
      retryable: false,
      hint: 'The request was aborted by its AbortSignal.',
    })
  }
}
