import { defineContestant, type Target } from '../../contestant'
import { itemCount, rawRequests } from '../../scenarios/client-scenarios'
import { clientUnavailable, ourClient } from './dbtooling-module'

/** Our low-level client with wire-format requests: the like-for-like peer of aws4fetch. */
export const dbtoolingRaw = defineContestant({
  name: 'dbtooling-raw',
  label: '@dbtooling/dynamo-client DynamoClient, wire-format requests, no marshalling (defaults)',
  unavailable: clientUnavailable,
  async setup(target: Target) {
    const { client } = await ourClient(target)
    return { client, requests: rawRequests(target.table) }
  },
  async teardown(ctx) {
    await ctx.client.close()
  },
  scenarios: {
    getItem: async ({ client, requests }) => itemCount('getItem', await client.getItem(requests.getItem)),
    putItem: async ({ client, requests }) => itemCount('putItem', await client.putItem(requests.putItem)),
    query10: async ({ client, requests }) => itemCount('query10', await client.query(requests.query10)),
    batchWrite25: async ({ client, requests }) =>
      itemCount('batchWrite25', await client.batchWriteItem(requests.batchWrite25)),
    update2: async ({ client, requests }) => itemCount('update2', await client.updateItem(requests.update2)),
  },
})
