import { defineContestant, type Target } from '../../contestant'
import { documentRequests } from '../../scenarios/client-scenarios'
import { baselineModule, baselineUnavailable } from '../baseline'
import { documentScenarios, ourClient } from './dbtooling-module'

/**
 * The `dbtooling` contestant built from the baseline checkout (`DBTOOLING_BASELINE`), e.g. main before the
 * observability hooks: read against `dbtooling` in the same run to see what the current default path costs.
 */
export const dbtoolingBaseline = defineContestant({
  name: 'dbtooling-baseline',
  label: '@dbtooling/dynamo-client DocumentClient built from DBTOOLING_BASELINE (defaults)',
  unavailable: async () => baselineUnavailable('dynamo-client'),
  async setup(target: Target) {
    const { module, client } = await ourClient(target, baselineModule('dynamo-client') ?? undefined)
    return { client, doc: new module.DocumentClient(client), requests: documentRequests(target.table) }
  },
  async teardown(ctx) {
    await ctx.client.close()
  },
  scenarios: documentScenarios,
})
