import { defineContestant, type Target } from '../../contestant'
import { documentRequests } from '../../scenarios/client-scenarios'
import { clientUnavailable, documentScenarios, ourClient } from './dbtooling-module'

/** Our document client (plain JS in and out, like lib-dynamodb): the contestant the targets are about. */
export const dbtooling = defineContestant({
  name: 'dbtooling',
  label: '@dbtooling/dynamo-client DocumentClient over DynamoClient (plain JS values, defaults)',
  unavailable: clientUnavailable,
  async setup(target: Target) {
    const { module, client } = await ourClient(target)
    return { client, doc: new module.DocumentClient(client), requests: documentRequests(target.table) }
  },
  async teardown(ctx) {
    await ctx.client.close()
  },
  scenarios: documentScenarios,
})
