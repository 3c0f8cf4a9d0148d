import type { Middleware, RequestEvent, ResponseEvent } from '../middleware/types'
import { SPAN_KIND_CLIENT, SPAN_STATUS_ERROR, type SpanLike, type TracerLike } from './otel-types'
import { type Annotator, itemCounts } from './request-summary'
import { requestAttributes } from './telemetry-attributes'

/**
 * Options of createTracingMiddleware: the OpenTelemetry tracer, and an optional annotator adding entity and access pattern to each span.
 *
 * @example
 * ```ts
 * const options: TracingOptions = { tracer: trace.getTracer('my-service'), annotate: () => ({ entity: 'Order', pattern: 'query gsi1' }) }
 * client.use(createTracingMiddleware(options))
 * ```
 */
export interface TracingOptions {
  /** An OpenTelemetry tracer, e.g. `trace.getTracer('my-service')` from `@opentelemetry/api`. */
  readonly tracer: TracerLike
  readonly annotate?: Annotator
}

interface ReadShape {
  ConsistentRead?: boolean
  Limit?: number
  ProjectionExpression?: string
  Select?: string
  ScanIndexForward?: boolean
  Segment?: number
  TotalSegments?: number
}

/**
 * A middleware opening one CLIENT span per attempt (`DynamoDB.GetItem`), a child of whatever span is active
 * when the call is made (an ORM span, an HTTP server span), with the DynamoDB semantic-convention attributes.
 *
 * @example
 * ```ts
 * import { trace } from '@opentelemetry/api'
 *
 * client.use(createTracingMiddleware({ tracer: trace.getTracer('my-service') }))
 * ```
 */
export function createTracingMiddleware(options: TracingOptions): Middleware {
  const { tracer, annotate } = options
  // Keyed by call id and attempt: attempts of one call never overlap, calls do.
  const open = new Map<number, SpanLike>()
  return {
    name: 'dbtooling-tracing',
    onRequest(event: RequestEvent) {
      const attributes = requestAttributes(event, annotate?.())
      // A copy: OpenTelemetry's attribute arrays are mutable, the event's are not.
      attributes['aws.dynamodb.table_names'] = [...event.tableNames]
      addReadShape(attributes, event.input as ReadShape)
      if (event.attempt > 1) attributes['dbtooling.attempt'] = event.attempt
      open.set(
        event.callId,
        tracer.startSpan(`DynamoDB.${event.operation}`, { kind: SPAN_KIND_CLIENT, attributes }),
      )
    },
    onResponse(event: ResponseEvent) {
      const span = open.get(event.callId)
      if (!span) return
      open.delete(event.callId)
      finish(span, event)
    },
  }
}

function addReadShape(attributes: Record<string, unknown>, input: ReadShape): void {
  if (input.ConsistentRead !== undefined) attributes['aws.dynamodb.consistent_read'] = input.ConsistentRead
  if (input.Limit !== undefined) attributes['aws.dynamodb.limit'] = input.Limit
  if (input.ProjectionExpression !== undefined)
    attributes['aws.dynamodb.projection'] = input.ProjectionExpression
  if (input.Select !== undefined) attributes['aws.dynamodb.select'] = input.Select
  if (input.ScanIndexForward !== undefined) attributes['aws.dynamodb.scan_forward'] = input.ScanIndexForward
  if (input.Segment !== undefined) attributes['aws.dynamodb.segment'] = input.Segment
  if (input.TotalSegments !== undefined) attributes['aws.dynamodb.total_segments'] = input.TotalSegments
}

function finish(span: SpanLike, event: ResponseEvent): void {
  if (event.requestId !== undefined) span.setAttribute('aws.request_id', event.requestId)
  if (event.statusCode !== undefined) span.setAttribute('http.response.status_code', event.statusCode)
  if (event.consumedCapacity.length > 0)
    span.setAttribute(
      'aws.dynamodb.consumed_capacity',
      event.consumedCapacity.map((entry) => JSON.stringify(entry)),
    )
  const counts = itemCounts(event)
  const output = event.output as { Count?: number; ScannedCount?: number } | undefined
  if (output?.Count !== undefined) span.setAttribute('aws.dynamodb.count', output.Count)
  if (output?.ScannedCount !== undefined) span.setAttribute('aws.dynamodb.scanned_count', output.ScannedCount)
  else if (counts) span.setAttribute('dbtooling.items_returned', counts.returned)
  if (event.error) {
    span.setAttribute('error.type', event.error.code)
    if (event.willRetry) span.setAttribute('dbtooling.will_retry', true)
    span.recordException(event.error)
    span.setStatus({ code: SPAN_STATUS_ERROR, message: event.error.message })
  }
  span.end()
}
