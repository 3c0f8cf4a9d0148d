import { defineContestant, type Target } from '../../contestant'
import { ORM_TABLES } from '../../fixtures/orm-users'
import { ormDocumentRequests } from '../../scenarios/orm-scenarios'
import { clientUnavailable, ourClient } from '../client/dbtooling-module'

/** Our document client sending the requests a model layer boils down to: the floor for our ORM. */
export const dbtoolingClient = defineContestant({
  name: 'dbtooling-client',
  label: '@dbtooling/dynamo-client DocumentClient sending the equivalent requests by hand (no model layer)',
  unavailable: clientUnavailable,
  async setup(target: Target) {
    const { module, client } = await ourClient(target)
    return {
      client,
      doc: new module.DocumentClient(client),
      requests: ormDocumentRequests(ORM_TABLES.dbtooling),
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
    update2: async ({ doc, requests }) => ((await doc.update(requests.update2)).Attributes ? 1 : 0),
  },
})
