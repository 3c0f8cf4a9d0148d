import {
  createEmfMiddleware,
  createLoggingMiddleware,
  createMetricsMiddleware,
  createTracingMiddleware,
  type DynamoClient,
  type Middleware,
  type RequestAnnotation,
  SPAN_KIND_INTERNAL,
  SPAN_STATUS_ERROR,
  type SpanLike,
  type TracerLike,
} from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import type { CompiledEntity } from '../storage/compiled-entity'
import { CostLedger, type CostReport } from './cost-ledger'
import { costsNotEnabled, ObservabilityConfigError } from './errors'
import { keyAttributeNames, maskedValueTest } from './masked-keys'
import { currentAnnotation, withAnnotation } from './observed-scope'
import type { ObservabilityOptions } from './options'
import { pricesFor } from './prices'

/**
 * An ORM's observability: the client middleware it installed and the tracer for ORM spans. ORM calls run
 * through `run()`, which names the model and access pattern for the middleware and opens an ORM span.
 *
 * @example
 * ```ts
 * const observer: OrmObserver | null = orm.ctx.options.observer
 * observer?.resetCosts()
 * ```
 */
export class OrmObserver {
  readonly #tracer: TracerLike | null
  readonly #ledger: CostLedger | null
  readonly #client: DynamoClient
  readonly #options: ObservabilityOptions

  constructor(
    client: DynamoClient,
    options: ObservabilityOptions,
    middleware: Middleware[],
    ledger: CostLedger | null,
  ) {
    this.#client = client
    this.#options = options
    this.#tracer = options.tracer ?? null
    this.#ledger = ledger
    for (const mw of middleware) client.use(mw)
  }

  /** Runs an ORM call with its model and pattern known to the client middleware, in an ORM span when tracing. */
  run<T>(spanName: string, given: RequestAnnotation, call: () => Promise<T>): Promise<T> {
    // The outermost ORM call is the access pattern: an eager load's inner queries are booked to the load.
    const annotation = currentAnnotation() ?? given
    const tracer = this.#tracer
    if (!tracer) return withAnnotation(annotation, call)
    const attributes = {
      'db.system': 'dynamodb',
      'db.system.name': 'aws.dynamodb',
      'dbtooling.entity': given.entity,
      'dbtooling.pattern': given.pattern,
    }
    return withAnnotation(annotation, () =>
      tracer.startActiveSpan(spanName, { kind: SPAN_KIND_INTERNAL, attributes }, (span) =>
        traced(span, call),
      ),
    )
  }

  /** Capacity per model and access pattern with the on-demand estimate (see `costs` in the options). */
  async costs(): Promise<CostReport> {
    if (!this.#ledger) throw costsNotEnabled()
    const setting = typeof this.#options.costs === 'object' ? this.#options.costs : {}
    const region = setting.region ?? (await this.#client.region())
    return this.#ledger.report(region, pricesFor(region, setting.prices ?? null))
  }

  resetCosts(): void {
    this.#ledger?.reset()
  }
}

async function traced<T>(span: SpanLike, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    if (error instanceof Error) {
      span.recordException(error)
      span.setAttribute('error.type', (error as { code?: string }).code ?? error.name)
    }
    span.setStatus({
      code: SPAN_STATUS_ERROR,
      message: error instanceof Error ? error.message : String(error),
    })
    throw error
  } finally {
    span.end()
  }
}

/** The observer for `options`, or null when nothing is turned on (the default path then pays nothing). */
export function createObserver(
  client: DynamoClient,
  design: TableDesign,
  entityOf: (name: string) => CompiledEntity,
  options: ObservabilityOptions | undefined,
): OrmObserver | null {
  if (!options) return null
  const { logger, tracer, meter, emf, costs } = options
  if (!logger && !tracer && !meter && !emf && !costs) return null
  const annotate = currentAnnotation
  const middleware: Middleware[] = []
  if (logger) {
    const masked = maskedValueTest(design, entityOf)
    middleware.push(
      createLoggingMiddleware({
        logger,
        ...(options.level ? { level: options.level } : {}),
        ...(options.slowQueryMs !== undefined ? { slowQueryMs: options.slowQueryMs } : {}),
        ...(options.wholeTypeReadItems !== undefined
          ? { wholeTypeReadItems: options.wholeTypeReadItems }
          : {}),
        keyValues: options.keyValues ?? false,
        masked,
        keyAttributes: keyAttributeNames(design),
        annotate,
      }),
    )
  }
  if (meter) middleware.push(createMetricsMiddleware({ meter, annotate }))
  if (tracer) middleware.push(createTracingMiddleware({ tracer, annotate }))
  if (emf) middleware.push(createEmfMiddleware({ ...(emf === true ? {} : emf), annotate }))
  const ledger = costs ? new CostLedger() : null
  if (ledger) {
    checkCosts(client, options)
    middleware.push(ledger.middleware(annotate))
  }
  return new OrmObserver(client, options, middleware, ledger)
}

function checkCosts(client: DynamoClient, options: ObservabilityOptions): void {
  if (!client.returnConsumedCapacity)
    throw new ObservabilityConfigError(
      'COSTS_NEED_CAPACITY',
      'Cost accounting needs the consumed capacity of every call',
      "create the client with returnConsumedCapacity: 'TOTAL' (or 'INDEXES'), or set returnConsumedCapacity in the config",
    )
  const setting = typeof options.costs === 'object' ? options.costs : {}
  // An explicit region is checked now; the client's own region is checked when costs() resolves it.
  if (setting.region) pricesFor(setting.region, setting.prices ?? null)
}
