import { defineContestant, type Target } from '../../contestant'
import { documentRequests } from '../../scenarios/client-scenarios'
import { observabilityStack } from '../observability-stack'
import { clientUnavailable, documentScenarios, ourClient } from './dbtooling-module'

/**
 * The `dbtooling` contestant with logging (debug level, so every call writes a record), metrics and tracing
 * all on: the cost of observability per call, read against `dbtooling` in the same run.
 */
export const dbtoolingObserved = defineContestant({
  name: 'dbtooling-observed',
  label: '@dbtooling/dynamo-client DocumentClient with pino logging, OpenTelemetry metrics and tracing on',
  unavailable: clientUnavailable,
  async setup(target: Target) {
    const { module, client } = await ourClient(target)
    const stack = observabilityStack()
    client.use(module.createLoggingMiddleware({ logger: stack.logger as never }))
    client.use(module.createMetricsMiddleware({ meter: stack.meter as never }))
    client.use(module.createTracingMiddleware({ tracer: stack.tracer as never }))
    return { client, stack, doc: new module.DocumentClient(client), requests: documentRequests(target.table) }
  },
  async teardown(ctx) {
    await ctx.client.close()
    await ctx.stack.close()
  },
  scenarios: documentScenarios,
})
