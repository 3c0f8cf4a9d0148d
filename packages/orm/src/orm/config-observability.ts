import type { MeterLike, TracerLike } from '@dbtooling/dynamo-client'
import type { ResolvedConfig } from '@dbtooling/schema'
import type { ObservabilityOptions } from '../observability/options'

/**
 * The observability options an ORM runs with: the config's `observability` section, with what
 * `options.observability` sets taking precedence key by key. Undefined when neither turns anything on.
 */
export function observabilityOptions(
  config: ResolvedConfig | null,
  given: ObservabilityOptions | undefined,
): ObservabilityOptions | undefined {
  const fromConfig = config ? fromResolvedConfig(config) : undefined
  if (!fromConfig) return given
  return given ? { ...fromConfig, ...given } : fromConfig
}

export function fromResolvedConfig(config: ResolvedConfig): ObservabilityOptions {
  const section = config.observability
  return {
    logger: section.logger,
    level: section.level,
    slowQueryMs: section.slowQueryMs,
    wholeTypeReadItems: section.wholeTypeReadItems,
    keyValues: section.keyValues,
    // The schema checked the methods; the objects are OpenTelemetry's own, which these types describe.
    tracer: section.tracer as TracerLike | null,
    meter: section.meter as MeterLike | null,
    emf: section.emf,
    costs: section.costs === false ? false : { region: section.costs.region, prices: section.costs.prices },
  }
}
