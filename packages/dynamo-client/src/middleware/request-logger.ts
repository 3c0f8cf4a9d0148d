import type { Middleware, ResponseEvent } from './types'

/**
 * One line of `createRequestLogger`: operation, table, attempt, duration, status and error (never input values or credentials).
 *
 * @example
 * ```ts
 * const write = (line: RequestLogLine) => console.log(`${line.operation} ${line.table} #${line.attempt} ${line.durationMs} ms`)
 * client.use(createRequestLogger(write))
 * ```
 */
export interface RequestLogLine {
  operation: string
  table: string | undefined
  attempt: number
  durationMs: number
  statusCode: number | undefined
  requestId: string | undefined
  /** Capacity units the response reported, summed over tables. */
  capacityUnits: number | undefined
  /** `code: message` of a failed attempt. */
  error: string | undefined
  willRetry: boolean
}

/**
 * A ready logging middleware: one line per attempt, built only from safe fields (no input values,
 * no credentials), handed to `write` (default: `console.debug` as JSON).
 *
 * @example
 * ```ts
 * client.use(createRequestLogger((line) => logger.debug(line)))
 * ```
 */
export function createRequestLogger(
  write: (line: RequestLogLine) => void = (line) => console.debug(JSON.stringify(line)),
): Middleware {
  return {
    name: 'request-logger',
    onResponse(event: ResponseEvent) {
      let capacityUnits: number | undefined
      for (const entry of event.consumedCapacity)
        capacityUnits = (capacityUnits ?? 0) + (entry.CapacityUnits ?? 0)
      write({
        operation: event.operation,
        table: event.tableName,
        attempt: event.attempt,
        durationMs: event.durationMs,
        statusCode: event.statusCode,
        requestId: event.requestId,
        capacityUnits,
        error: event.error ? `${event.error.code}: ${event.error.message}` : undefined,
        willRetry: event.willRetry,
      })
    },
  }
}
