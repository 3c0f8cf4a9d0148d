export { createEmfMiddleware, type EmfDimension, type EmfOptions, emfRecord } from './emf'
export {
  createLoggingMiddleware,
  type LoggingOptions,
  type LogLevel,
  type PinoLikeLogger,
  type RequestLogRecord,
} from './logging'
export { createMetricsMiddleware, METRIC_NAMES, type MetricsOptions } from './metrics'
export type {
  CounterLike,
  HistogramLike,
  MeterLike,
  SpanLike,
  TelemetryAttributes,
  TelemetryValue,
  TracerLike,
} from './otel-types'
export {
  SPAN_KIND_CLIENT,
  SPAN_KIND_INTERNAL,
  SPAN_STATUS_ERROR,
} from './otel-types'
export { REDACTED } from './redact-key'
export {
  type Annotator,
  type CapacityShare,
  type CapacityUsed,
  capacityShares,
  capacityUsed,
  type RequestAnnotation,
} from './request-summary'
export { createTracingMiddleware, type TracingOptions } from './tracing'
