import type { Middleware, ResponseEvent } from '../middleware/types'
import type { CounterLike, HistogramLike, MeterLike, TelemetryAttributes } from './otel-types'
import { type Annotator, capacityShares, isThrottle } from './request-summary'
import { requestAttributes } from './telemetry-attributes'

/**
 * Options of createMetricsMiddleware: the OpenTelemetry meter, and an optional annotator adding entity and access pattern to the attributes.
 *
 * @example
 * ```ts
 * const options: MetricsOptions = { meter: metrics.getMeter('my-service'), annotate: () => ({ entity: 'User', pattern: 'find' }) }
 * client.use(createMetricsMiddleware(options))
 * ```
 */
export interface MetricsOptions {
  /** An OpenTelemetry meter, e.g. `metrics.getMeter('my-service')` from `@opentelemetry/api`. */
  readonly meter: MeterLike
  readonly annotate?: Annotator
}

/**
 * The instruments, by name, as a reader exports them (see docs/observability.md).
 *
 * @example
 * ```ts
 * // Pick the call-duration histogram out of an exporter's metrics.
 * const duration = exported.find((metric) => metric.descriptor.name === METRIC_NAMES.duration) // 'db.client.operation.duration'
 * ```
 */
export const METRIC_NAMES = {
  duration: 'db.client.operation.duration',
  requests: 'dbtooling.dynamodb.requests',
  retries: 'dbtooling.dynamodb.retries',
  throttles: 'dbtooling.dynamodb.throttles',
  readUnits: 'dbtooling.dynamodb.consumed_read_units',
  writeUnits: 'dbtooling.dynamodb.consumed_write_units',
} as const

interface Instruments {
  duration: HistogramLike
  requests: CounterLike
  retries: CounterLike
  throttles: CounterLike
  readUnits: CounterLike
  writeUnits: CounterLike
}

// Seconds, as the database semantic conventions ask; DynamoDB calls sit mostly between 2 ms and 1 s.
const BUCKETS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10]

function instrumentsOf(meter: MeterLike): Instruments {
  return {
    duration: meter.createHistogram(METRIC_NAMES.duration, {
      description: 'Duration of DynamoDB calls, retries and backoff included',
      unit: 's',
      advice: { explicitBucketBoundaries: BUCKETS },
    }),
    requests: meter.createCounter(METRIC_NAMES.requests, { description: 'DynamoDB calls', unit: '{call}' }),
    retries: meter.createCounter(METRIC_NAMES.retries, {
      description: 'Retried attempts',
      unit: '{attempt}',
    }),
    throttles: meter.createCounter(METRIC_NAMES.throttles, {
      description: 'Attempts DynamoDB throttled',
      unit: '{attempt}',
    }),
    readUnits: meter.createCounter(METRIC_NAMES.readUnits, { description: 'Consumed RCU', unit: '{unit}' }),
    writeUnits: meter.createCounter(METRIC_NAMES.writeUnits, { description: 'Consumed WCU', unit: '{unit}' }),
  }
}

/**
 * A middleware recording call count, latency, retries, throttles and consumed capacity through an
 * OpenTelemetry meter, with table, index and entity as attributes.
 *
 * @example
 * ```ts
 * import { metrics } from '@opentelemetry/api'
 *
 * client.use(createMetricsMiddleware({ meter: metrics.getMeter('my-service') }))
 * ```
 */
export function createMetricsMiddleware(options: MetricsOptions): Middleware {
  const instruments = instrumentsOf(options.meter)
  const { annotate } = options
  return {
    name: 'dbtooling-metrics',
    onResponse(event: ResponseEvent) {
      const attributes = requestAttributes(event, annotate?.())
      if (isThrottle(event)) instruments.throttles.add(1, attributes)
      if (event.willRetry) {
        instruments.retries.add(1, attributes)
        return
      }
      recordCall(instruments, event, attributes)
    },
  }
}

function recordCall(instruments: Instruments, event: ResponseEvent, attributes: TelemetryAttributes): void {
  const outcome: TelemetryAttributes = event.error
    ? { ...attributes, 'error.type': event.error.code }
    : attributes
  instruments.requests.add(1, outcome)
  instruments.duration.record((Date.now() - event.callStartedAt) / 1000, outcome)
  if (event.consumedCapacity.length === 0) return
  const addressed = attributes['aws.dynamodb.index_name'] as string | undefined
  for (const share of capacityShares(event.operation, event.consumedCapacity, addressed)) {
    const where: TelemetryAttributes = { ...attributes }
    if (share.index === undefined) delete where['aws.dynamodb.index_name']
    else where['aws.dynamodb.index_name'] = share.index
    if (share.table !== undefined) where['db.collection.name'] = share.table
    if (share.readCapacityUnits > 0) instruments.readUnits.add(share.readCapacityUnits, where)
    if (share.writeCapacityUnits > 0) instruments.writeUnits.add(share.writeCapacityUnits, where)
  }
}
