import type { EmfOptions, MeterLike, PinoLikeLogger, TracerLike } from '@dbtooling/dynamo-client'
import type { OnDemandPrices } from './prices'

/**
 * Logging, metrics, tracing and cost accounting for an ORM; everything is off unless given.
 *
 * @example
 * ```ts
 * const observability: ObservabilityOptions = { logger: pino(), slowQueryMs: 200, costs: true }
 * const orm = createOrm({ models, client, options: { observability } })
 * ```
 */
export interface ObservabilityOptions {
  /** A pino (or pino-compatible) logger: one record per DynamoDB call. */
  readonly logger?: PinoLikeLogger | null
  /** Level of ordinary records. Default `'debug'`. */
  readonly level?: 'trace' | 'debug' | 'info'
  /** Calls taking at least this long log at `warn`. Default 1000 ms; null: off. */
  readonly slowQueryMs?: number | null
  /** Scans and whole-type reads reading at least this many items log at `warn`. Default 1; null: off. */
  readonly wholeTypeReadItems?: number | null
  /** Show key values in records (masked attributes stay redacted). Default false. */
  readonly keyValues?: boolean
  /** OpenTelemetry tracer: ORM spans (`User.find`) around client spans per attempt. */
  readonly tracer?: TracerLike | null
  /** OpenTelemetry meter: call count, latency, retries, throttles, consumed units. */
  readonly meter?: MeterLike | null
  /** CloudWatch Embedded Metric Format lines on stdout (Lambda): `true` or the EMF options. */
  readonly emf?: boolean | EmfOptions
  /** Totals consumed capacity per model and access pattern for `orm.costs()`. */
  readonly costs?: boolean | CostOptions
}

/**
 * Options of `observability.costs`: the region whose on-demand prices apply, or your own prices.
 *
 * @example
 * ```ts
 * const costs: CostOptions = { region: 'eu-west-1' }
 * const orm = createOrm({ models, client, options: { observability: { costs } } })
 * ```
 */
export interface CostOptions {
  /** Region whose prices apply. Default: the client's region. */
  readonly region?: string | null
  /** Prices to use instead of the built-in table. */
  readonly prices?: OnDemandPrices | null
}
