import { createRequire } from 'node:module'

/**
 * A production-like observability stack for the "observed" contestants: pino writing JSON lines to
 * /dev/null (a real file descriptor, synchronous), an OpenTelemetry tracer with a batch span processor and
 * a meter with a periodic reader, both exporting into exporters that drop what they get. The packages are
 * the ORM's own dev dependencies (loaded from its folder: the bench adds no dependencies of its own).
 */
export interface ObservabilityStack {
  readonly logger: unknown
  readonly tracer: unknown
  readonly meter: unknown
  close(): Promise<void>
}

type ExportCallback = (result: { code: number }) => void

const dropping = {
  export(_items: unknown, done: ExportCallback) {
    done({ code: 0 })
  },
  shutdown: async () => {},
  forceFlush: async () => {},
}

export function observabilityStack(): ObservabilityStack {
  const load = createRequire(new URL('../../../packages/orm/package.json', import.meta.url))
  const pino = load('pino') as (options: object, destination: unknown) => unknown
  const pinoDestination = (load('pino') as { destination(options: object): unknown }).destination
  const traceSdk = load('@opentelemetry/sdk-trace-base')
  const metricsSdk = load('@opentelemetry/sdk-metrics')
  const logger = pino({ level: 'debug' }, pinoDestination({ dest: '/dev/null', sync: true }))
  const tracerProvider = new traceSdk.BasicTracerProvider({
    spanProcessors: [new traceSdk.BatchSpanProcessor(dropping)],
  })
  const reader = new metricsSdk.PeriodicExportingMetricReader({
    exporter: { ...dropping, selectAggregationTemporality: () => 1 },
    exportIntervalMillis: 60_000,
  })
  const meterProvider = new metricsSdk.MeterProvider({ readers: [reader] })
  return {
    logger,
    tracer: tracerProvider.getTracer('bench'),
    meter: meterProvider.getMeter('bench'),
    async close() {
      await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()])
    },
  }
}
