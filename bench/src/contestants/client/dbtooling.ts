import { defineContestant, type Target } from '../../contestant'
import { documentRequests, itemCount } from '../../scenarios/client-scenarios'
import { clientUnavailable, ourClient } from './dbtooling-module'

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
  scenarios: {
    getItem: async ({ doc, requests }) => itemCount('getItem', await doc.get(requests.getItem)),
    putItem: async ({ doc, requests }) => itemCount('putItem', await doc.put(requests.putItem)),
    query10: async ({ doc, requests }) => itemCount('query10', await doc.query(requests.query10)),
    batchWrite25: async ({ doc, requests }) =>
      itemCount('batchWrite25', await doc.batchWrite(requests.batchWrite25)),
    update2: async ({ doc, requests }) => itemCount('update2', await doc.update(requests.update2)),
  },
})
