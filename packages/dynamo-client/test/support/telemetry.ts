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
    super({ aggregationTemporalitySelector: () => AggregationTemporality.DELTA })
  }
  protected override async onForceFlush(): Promise<void> {}
  protected override async onShutdown(): Promise<void> {}
}

export interface Telemetry {
  readonly tracer: TracerLike
  readonly meter: MeterLike
  spans(): ReadableSpan[]
  /** Data points of one instrument recorded since the last reset() or points() call. */
  points(name: string): Promise<DataPoint<unknown>[]>
  reset(): Promise<void>
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
  // Delta temporality: each collect() returns what was recorded since the previous one, so reset() drains.
  const reader = new TestReader()
  const meterProvider = new MeterProvider({ readers: [reader] })
  const collected = new Map<string, DataPoint<unknown>[]>()
  return {
    // No cast: the SDK's tracer and meter must fit the client's structural types as they are.
    tracer: tracerProvider.getTracer('test'),
    meter: meterProvider.getMeter('test'),
    spans: () => exporter.getFinishedSpans(),
    async points(name) {
      const { resourceMetrics }: { resourceMetrics: ResourceMetrics } = await reader.collect()
      for (const metric of resourceMetrics.scopeMetrics.flatMap((scope) => scope.metrics)) {
        const points = collected.get(metric.descriptor.name) ?? []
        points.push(...(metric.dataPoints as DataPoint<unknown>[]))
        collected.set(metric.descriptor.name, points)
      }
      return collected.get(name) ?? []
    },
    async reset() {
      exporter.reset()
      collected.clear()
      await reader.collect()
    },
  }
}
