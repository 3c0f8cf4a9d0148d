import { defineContestant, type Target } from '../../contestant'
import { ORM_TABLES } from '../../fixtures/orm-users'
import { ormDocumentRequests } from '../../scenarios/orm-scenarios'
import { clientUnavailable, ourClient } from '../client/dbtooling-module'
import { countUpdates } from './update-counter'

/**
 * Our document client sending by hand exactly the requests @dbtooling/orm sends: the floor for our ORM.
 * It carries the same update-counting middleware as the ORM contestant, so both clients are set up alike.
 */
export const dbtoolingClient = defineContestant({
  name: 'dbtooling-client',
  label: '@dbtooling/dynamo-client DocumentClient sending the ORM’s own requests by hand (no model layer)',
  unavailable: clientUnavailable,
  async setup(target: Target) {
    const { module, client } = await ourClient(target)
    return {
      client,
      doc: new module.DocumentClient(client),
      requests: ormDocumentRequests(ORM_TABLES.dbtooling),
      state: countUpdates(client),
    }
  },
  async teardown(ctx) {
    await ctx.client.close()
  },
  scenarios: {
    find: async ({ doc, requests }) => ((await doc.get(requests.find)).Item ? 1 : 0),
    create: async ({ doc, requests }) => {
      await doc.put(requests.create)
      return 1
    },
    where10: async ({ doc, requests }) => (await doc.query(requests.where10)).Items?.length ?? 0,
    update2: async ({ doc, requests, state }) => {
      const before = state.updates
      await doc.update(requests.update2[state.calls++ % 2]!)
      return state.updates - before
    },
  },
})
