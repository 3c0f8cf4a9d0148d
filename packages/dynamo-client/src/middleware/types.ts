import type { DynamoDBError } from '../errors/dynamodb-error'
import type { ConsumedCapacity } from '../types/common'
import type { InputOf, OperationName, OutputOf } from '../types/operation-map'

interface RequestEventOf<Op extends OperationName> {
  readonly operation: Op
  /** The table addressed (the first, for multi-table batches and transactions). */
  readonly tableName: string | undefined
  readonly tableNames: readonly string[]
  /** The input as sent on the wire (after the client added ReturnConsumedCapacity / ClientRequestToken). */
  readonly input: InputOf<Op>
  /** 1 for the first try, 2 for the first retry, ... */
  readonly attempt: number
  /** Epoch milliseconds when this attempt started. */
  readonly startedAt: number
  /** Shared by every attempt of one call (unique per process), to pair request and response events. */
  readonly callId: number
  /** Epoch milliseconds when the call's first attempt started (retries and backoff included after it). */
  readonly callStartedAt: number
}

interface ResponseEventOf<Op extends OperationName> extends RequestEventOf<Op> {
  readonly durationMs: number
  /** HTTP status; undefined when no response arrived (network error, timeout). */
  readonly statusCode: number | undefined
  readonly requestId: string | undefined
  readonly output: OutputOf<Op> | undefined
  readonly error: DynamoDBError | undefined
  /** ConsumedCapacity entries from the output (empty when not requested or not reported). */
  readonly consumedCapacity: readonly ConsumedCapacity[]
  /** Whether the client will try this call again after this failed attempt. */
  readonly willRetry: boolean
}

/**
 * Sent before every attempt; narrow on `operation` to get the typed input.
 *
 * @example
 * ```ts
 * client.use({
 *   onRequest: (event: RequestEvent) => {
 *     if (event.operation === 'Query') console.log(event.input.IndexName)
 *   },
 * })
 * ```
 */
export type RequestEvent = { [Op in OperationName]: RequestEventOf<Op> }[OperationName]
/**
 * Sent after every attempt, successful or not.
 *
 * @example
 * ```ts
 * client.use({
 *   onResponse: (event: ResponseEvent) => {
 *     if (event.error) console.warn(event.operation, event.error.code, event.willRetry)
 *   },
 * })
 * ```
 */
export type ResponseEvent = { [Op in OperationName]: ResponseEventOf<Op> }[OperationName]

/**
 * Observers of the client's traffic: counters, loggers, metrics, tracing. Hooks are synchronous and run
 * on the request path, so keep them cheap; a throwing hook is reported to `console.error`, never to the call.
 *
 * @example
 * ```ts
 * const timing: Middleware = {
 *   name: 'timing',
 *   onResponse: (event) => metrics.histogram(`dynamodb.${event.operation}`, event.durationMs),
 * }
 * const remove = client.use(timing)
 * ```
 */
export interface Middleware {
  readonly name?: string
  onRequest?(event: RequestEvent): void
  onResponse?(event: ResponseEvent): void
}
