import { context } from '@opentelemetry/api'
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks'
import {
  AggregationTemporality,
  type DataPoint,
  MeterProvider,
  MetricReader,
  type ResourceMetrics,
} from '@opentelemetry/sdk-metrics'
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base'
import type { MeterLike, TracerLike } from '../../src/index'

class TestReader extends MetricReader {
  constructor() {
    super({ aggregationTemporalitySelector: () => AggregationTemporality.CUMULATIVE })
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

export interface Telemetry {
  readonly tracer: TracerLike
  readonly meter: MeterLike
  spans(): ReadableSpan[]
  /** Data points of one instrument, as the SDK aggregated them. */
  points(name: string): Promise<DataPoint<unknown>[]>
  reset(): void
}

let contextEnabled = false

/** A real OpenTelemetry SDK with an in-memory span exporter and a pull metric reader. */
export function createTelemetry(): Telemetry {
  if (!contextEnabled) {
    context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable())
    contextEnabled = true
  }
  const exporter = new InMemorySpanExporter()
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] })
  let reader = new TestReader()
  let meterProvider = new MeterProvider({ readers: [reader] })
  return {
    tracer: tracerProvider.getTracer('test') as unknown as TracerLike,
    get meter() {
      return meterProvider.getMeter('test') as unknown as MeterLike
    },
    spans: () => exporter.getFinishedSpans(),
    async points(name) {
      const { resourceMetrics }: { resourceMetrics: ResourceMetrics } = await reader.collect()
      const found = resourceMetrics.scopeMetrics
        .flatMap((s) => s.metrics)
        .find((m) => m.descriptor.name === name)
      return (found?.dataPoints ?? []) as DataPoint<unknown>[]
    },
    reset() {
      exporter.reset()
      reader = new TestReader()
      meterProvider = new MeterProvider({ readers: [reader] })
    },
  }
}
