/**
 * The slices of the OpenTelemetry API the client calls, typed structurally so `@opentelemetry/api` stays an
 * optional peer: pass `trace.getTracer(...)` / `metrics.getMeter(...)` (any 1.x API) and they fit.
 */
export type TelemetryValue = string | number | boolean | string[]
export type TelemetryAttributes = Record<string, TelemetryValue | undefined>

export interface SpanLike {
  setAttribute(key: string, value: TelemetryValue): unknown
  setStatus(status: { code: number; message?: string }): unknown
  recordException(exception: Error): unknown
  end(): void
}

export interface TracerLike {
  startSpan(name: string, options?: { kind?: number; attributes?: TelemetryAttributes }): SpanLike
  startActiveSpan<F extends (span: SpanLike) => unknown>(
    name: string,
    options: { kind?: number; attributes?: TelemetryAttributes },
    fn: F,
  ): ReturnType<F>
}

export interface CounterLike {
  add(value: number, attributes?: TelemetryAttributes): void
}

export interface HistogramLike {
  record(value: number, attributes?: TelemetryAttributes): void
}

export interface MeterLike {
  createCounter(name: string, options?: { description?: string; unit?: string }): CounterLike
  createHistogram(
    name: string,
    options?: { description?: string; unit?: string; advice?: { explicitBucketBoundaries?: number[] } },
  ): HistogramLike
}

/** OpenTelemetry's SpanKind.CLIENT and SpanKind.INTERNAL, and SpanStatusCode.ERROR (stable API values). */
export const SPAN_KIND_INTERNAL = 0
export const SPAN_KIND_CLIENT = 2
export const SPAN_STATUS_ERROR = 2
