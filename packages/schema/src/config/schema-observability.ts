import * as v from 'valibot'
import type { ConfigLogger, ConfigMeter, ConfigTracer } from './types'

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const

function hasMethods(value: unknown, names: readonly string[]): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return names.every((name) => typeof record[name] === 'function')
}

/** Live objects (a logger, a tracer, a meter) pass through by reference, never cloned or frozen. */
export const LIVE_OBSERVABILITY_KEYS = ['logger', 'tracer', 'meter'] as const

function liveObjects() {
  return {
    logger: v.custom<ConfigLogger>(
      (value) => hasMethods(value, LEVELS),
      'use a pino (or pino-compatible) logger with trace, debug, info, warn and error methods',
    ),
    tracer: v.custom<ConfigTracer>(
      (value) => hasMethods(value, ['startSpan', 'startActiveSpan']),
      "use an OpenTelemetry tracer, e.g. trace.getTracer('my-service') from @opentelemetry/api",
    ),
    meter: v.custom<ConfigMeter>(
      (value) => hasMethods(value, ['createCounter', 'createHistogram']),
      "use an OpenTelemetry meter, e.g. metrics.getMeter('my-service') from @opentelemetry/api",
    ),
  }
}

function costsSchema() {
  const perMillion = v.pipe(v.number(), v.minValue(0, 'use a price in US dollars per million units, >= 0'))
  return v.union(
    [
      v.literal(false),
      v.pipe(
        v.literal(true),
        v.transform(() => ({ region: null, prices: null })),
      ),
      v.strictObject({
        region: v.optional(v.nullable(v.string()), null),
        prices: v.optional(
          v.nullable(v.strictObject({ readPerMillion: perMillion, writePerMillion: perMillion })),
          null,
        ),
      }),
    ],
    'use false, true, or { region, prices: { readPerMillion, writePerMillion } }',
  )
}

function emfSchema() {
  return v.union(
    [
      v.boolean(),
      v.strictObject({ namespace: v.optional(v.pipe(v.string(), v.minLength(1)), 'dbtooling/DynamoDB') }),
    ],
    "use true, false or { namespace: 'MyApp/DynamoDB' }",
  )
}

const threshold = (what: string) =>
  v.nullable(
    v.pipe(
      v.number(),
      v.integer(`use a whole number of ${what} or null`),
      v.minValue(0, `use ${what} >= 0 or null`),
    ),
  )

/** The `observability` options of the config schema, built when the schema is (see configSchemaOf). */
export function observabilitySchema() {
  const { logger, tracer, meter } = liveObjects()
  return v.strictObject({
    logger: v.optional(v.nullable(logger), null),
    level: v.optional(v.picklist(['trace', 'debug', 'info']), 'debug'),
    slowQueryMs: v.optional(threshold('milliseconds'), 1000),
    wholeTypeReadItems: v.optional(threshold('items'), 1),
    keyValues: v.optional(v.boolean(), false),
    tracer: v.optional(v.nullable(tracer), null),
    meter: v.optional(v.nullable(meter), null),
    emf: v.optional(emfSchema(), false),
    costs: v.optional(costsSchema(), false),
  })
}
