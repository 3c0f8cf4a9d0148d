import type { Middleware, ResponseEvent } from '../middleware/types'
import { type KeyRedaction, loggedKey } from './redact-key'
import {
  type Annotator,
  type CapacityUsed,
  capacityUsed,
  indexOf,
  isThrottle,
  isWholeTypeRead,
  itemCounts,
} from './request-summary'

/**
 * The pino level names a PinoLikeLogger must offer as methods.
 *
 * @example
 * ```ts
 * const level: LogLevel = 'warn'
 * if (logger.isLevelEnabled?.(level)) logger[level]({ table: 'app' }, 'slow DynamoDB call')
 * ```
 */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error'

type LogMethod = (record: object, message?: string) => void

/**
 * The part of a pino logger (or any logger with pino's `(object, message)` signature) the client uses.
 *
 * @example
 * ```ts
 * // Any logger with pino's (object, message) methods fits; here a console-backed one for tests.
 * const log = (record: object, message?: string) => console.log(message, record)
 * const logger: PinoLikeLogger = { trace: log, debug: log, info: log, warn: log, error: log }
 * client.use(createLoggingMiddleware({ logger }))
 * ```
 */
export type PinoLikeLogger = { [L in LogLevel]: LogMethod } & {
  isLevelEnabled?(level: string): boolean
}

/**
 * Options of createLoggingMiddleware: the logger, the level of ordinary records, the slow-call and whole-type-read thresholds that log at `warn`, and how keys are redacted.
 *
 * @example
 * ```ts
 * const options: LoggingOptions = { logger: pino(), level: 'info', slowQueryMs: 250, wholeTypeReadItems: 100, keyAttributes: ['pk', 'sk'] }
 * client.use(createLoggingMiddleware(options))
 * ```
 */
export interface LoggingOptions {
  readonly logger: PinoLikeLogger
  /** Level of an ordinary request record. Default `'debug'`. */
  readonly level?: 'trace' | 'debug' | 'info'
  /** Calls taking at least this long (retries included) log at `warn` with `slow: true`. Default 1000; null: off. */
  readonly slowQueryMs?: number | null
  /** Scans and whole-type reads reading at least this many items log at `warn`. Default 1; null: off. */
  readonly wholeTypeReadItems?: number | null
  /** Show key values (masked attributes excepted). Default false: every value is `[redacted]`. */
  readonly keyValues?: boolean
  /** Values that stay redacted even with `keyValues` (the ORM passes those holding `masked` attributes). */
  readonly masked?: (attribute: string, value: string) => boolean
  /** Key attribute names, to log a PutItem's key. Default `pk`, `sk`. */
  readonly keyAttributes?: readonly string[]
  readonly annotate?: Annotator
}

/**
 * One record per call (not per attempt), built from names and counts: never item values.
 *
 * @example
 * ```ts
 * // Read back what the logging middleware wrote (here from a logger that keeps its records).
 * const records: RequestLogRecord[] = []
 * const keep = (record: object) => records.push(record as RequestLogRecord)
 * client.use(createLoggingMiddleware({ logger: { trace: keep, debug: keep, info: keep, warn: keep, error: keep } }))
 * await client.query({ TableName: 'app', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'USER#1' } } })
 * console.log(records[0]?.operation, records[0]?.durationMs, records[0]?.itemsReturned)
 * ```
 */
export interface RequestLogRecord {
  readonly operation: string
  readonly table: string | undefined
  readonly index: string | undefined
  readonly entity: string | undefined
  readonly pattern: string | undefined
  readonly durationMs: number
  readonly attempts: number
  readonly throttles: number
  readonly capacity: CapacityUsed | undefined
  readonly itemsRead: number | undefined
  readonly itemsReturned: number | undefined
  readonly requestId: string | undefined
  readonly statusCode: number | undefined
  readonly error: string | undefined
  readonly key: Record<string, string> | undefined
  readonly slow: boolean
  readonly wholeTypeRead: boolean
}

const NEVER_MASKED = () => false

/**
 * A middleware writing one structured record per DynamoDB call into a pino-compatible logger.
 *
 * @example
 * ```ts
 * import pino from 'pino'
 *
 * client.use(createLoggingMiddleware({ logger: pino({ level: 'debug' }), slowQueryMs: 500 }))
 * await client.getItem({ TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } }) // one record, key values redacted
 * ```
 */
export function createLoggingMiddleware(options: LoggingOptions): Middleware {
  const { logger, annotate } = options
  const level = options.level ?? 'debug'
  const slowMs = options.slowQueryMs === undefined ? 1000 : options.slowQueryMs
  const wholeTypeItems = options.wholeTypeReadItems === undefined ? 1 : options.wholeTypeReadItems
  const redaction: KeyRedaction = {
    keyValues: options.keyValues ?? false,
    isMasked: options.masked ?? NEVER_MASKED,
    keyAttributes: new Set(options.keyAttributes ?? ['pk', 'sk']),
  }
  const throttles = new Map<number, number>()
  return {
    name: 'dbtooling-logging',
    onResponse(event: ResponseEvent) {
      if (isThrottle(event)) throttles.set(event.callId, (throttles.get(event.callId) ?? 0) + 1)
      if (event.willRetry) return
      const throttled = throttles.get(event.callId) ?? 0
      if (throttled > 0) throttles.delete(event.callId)
      const record = buildRecord(event, throttled, annotate, redaction)
      const slow = slowMs !== null && record.durationMs >= slowMs
      record.slow = slow
      const broad =
        wholeTypeItems !== null && record.wholeTypeRead && (record.itemsRead ?? 0) >= wholeTypeItems
      const at: LogLevel = event.error ? 'error' : slow || broad ? 'warn' : level
      if (logger.isLevelEnabled && !logger.isLevelEnabled(at)) return
      logger[at](record, messageOf(record, slow, broad))
    },
  }
}

function buildRecord(
  event: ResponseEvent,
  throttles: number,
  annotate: Annotator | undefined,
  redaction: KeyRedaction,
): RequestLogRecord & { slow: boolean } {
  const annotation = annotate?.()
  const counts = itemCounts(event)
  return {
    operation: event.operation,
    table: event.tableName,
    index: indexOf(event.input),
    entity: annotation?.entity,
    pattern: annotation?.pattern,
    durationMs: Date.now() - event.callStartedAt,
    attempts: event.attempt,
    throttles,
    capacity: capacityUsed(event.operation, event.consumedCapacity) ?? undefined,
    itemsRead: counts?.read,
    itemsReturned: counts?.returned,
    requestId: event.requestId,
    statusCode: event.statusCode,
    error: event.error?.code,
    key: loggedKey(event.operation, event.input, redaction),
    slow: false,
    wholeTypeRead: isWholeTypeRead(event.operation, annotation),
  }
}

function messageOf(record: RequestLogRecord, slow: boolean, broad: boolean): string {
  const target = `${record.operation} ${record.table ?? ''}${record.index ? `/${record.index}` : ''}`
  if (record.error) return `dynamodb ${target} failed: ${record.error}`
  if (slow) return `dynamodb ${target} slow: ${record.durationMs} ms`
  if (broad)
    return `dynamodb ${target} read a whole type: ${record.itemsRead} items read, ${record.itemsReturned} returned`
  return `dynamodb ${target}`
}
