/**
 * The slices of the OpenTelemetry API the client calls, typed structurally so `@opentelemetry/api` stays an
 * optional peer: pass `trace.getTracer(...)` / `metrics.getMeter(...)` (any 1.x API) and they fit.
 *
 * @example
 * ```ts
 * const tables: TelemetryValue = ['app', 'audit']
 * span.setAttribute('aws.dynamodb.table_names', tables)
 * ```
 */
export type TelemetryValue = string | number | boolean | string[]
/**
 * Span and metric attributes as the OpenTelemetry API takes them; undefined values are left out.
 *
 * @example
 * ```ts
 * const attributes: TelemetryAttributes = { 'db.system': 'aws.dynamodb', 'aws.dynamodb.table_names': ['app'], 'db.operation.name': 'Query' }
 * ```
 */
export type TelemetryAttributes = Record<string, TelemetryValue | undefined>

/**
 * The part of an OpenTelemetry Span the tracing middleware calls: attributes, status, exceptions and end.
 *
 * @example
 * ```ts
 * const span: SpanLike = trace.getTracer('my-service').startSpan('import users')
 * span.setAttribute('rows', 1200)
 * span.end()
 * ```
 */
export interface SpanLike {
  setAttribute(key: string, value: TelemetryValue): unknown
  setStatus(status: { code: number; message?: string }): unknown
  recordException(exception: Error): unknown
  end(): void
}

/**
 * The part of an OpenTelemetry Tracer createTracingMiddleware needs, typed structurally so `@opentelemetry/api` stays an optional peer.
 *
 * @example
 * ```ts
 * import { trace } from '@opentelemetry/api'
 *
 * const tracer: TracerLike = trace.getTracer('my-service')
 * client.use(createTracingMiddleware({ tracer }))
 * ```
 */
export interface TracerLike {
  startSpan(name: string, options?: { kind?: number; attributes?: TelemetryAttributes }): SpanLike
  startActiveSpan<F extends (span: SpanLike) => unknown>(
    name: string,
    options: { kind?: number; attributes?: TelemetryAttributes },
    fn: F,
  ): ReturnType<F>
}

/**
 * The part of an OpenTelemetry Counter the metrics middleware calls; `meter.createCounter(...)` of `@opentelemetry/api` fits.
 *
 * @example
 * ```ts
 * const calls: CounterLike = metrics.getMeter('my-service').createCounter('calls')
 * calls.add(1, { 'db.operation.name': 'GetItem' })
 * ```
 */
export interface CounterLike {
  add(value: number, attributes?: TelemetryAttributes): void
}

/**
 * The part of an OpenTelemetry Histogram the metrics middleware calls; `meter.createHistogram(...)` of `@opentelemetry/api` fits.
 *
 * @example
 * ```ts
 * const latency: HistogramLike = metrics.getMeter('my-service').createHistogram('latency', { unit: 's' })
 * latency.record(0.012, { 'aws.dynamodb.table_names': ['app'] })
 * ```
 */
export interface HistogramLike {
  record(value: number, attributes?: TelemetryAttributes): void
}

/**
 * The part of an OpenTelemetry Meter createMetricsMiddleware needs (counters and histograms), typed structurally so `@opentelemetry/api` stays an optional peer.
 *
 * @example
 * ```ts
 * import { metrics } from '@opentelemetry/api'
 *
 * const meter: MeterLike = metrics.getMeter('my-service')
 * client.use(createMetricsMiddleware({ meter }))
 * ```
 */
export interface MeterLike {
  createCounter(name: string, options?: { description?: string; unit?: string }): CounterLike
  createHistogram(
    name: string,
    options?: { description?: string; unit?: string; advice?: { explicitBucketBoundaries?: number[] } },
  ): HistogramLike
}

/**
 * OpenTelemetry's SpanKind.CLIENT and SpanKind.INTERNAL, and SpanStatusCode.ERROR (stable API values).
 *
 * @example
 * ```ts
 * tracer.startSpan('User.find', { kind: SPAN_KIND_INTERNAL }) // an ORM-level span around the DynamoDB calls
 * ```
 */
export const SPAN_KIND_INTERNAL = 0
/**
 * OpenTelemetry's SpanKind.CLIENT (2): the kind of the span opened for each DynamoDB attempt.
 *
 * @example
 * ```ts
 * tracer.startSpan('DynamoDB.GetItem', { kind: SPAN_KIND_CLIENT })
 * ```
 */
export const SPAN_KIND_CLIENT = 2
/**
 * OpenTelemetry's SpanStatusCode.ERROR (2), set on a span whose call failed.
 *
 * @example
 * ```ts
 * span.setStatus({ code: SPAN_STATUS_ERROR, message: error.message })
 * ```
 */
export const SPAN_STATUS_ERROR = 2
