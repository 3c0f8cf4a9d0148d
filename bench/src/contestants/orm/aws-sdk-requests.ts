import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb'
import { defineContestant, type Target } from '../../contestant'
import { ORM_TABLES } from '../../fixtures/orm-users'
import { ormDocumentRequests } from '../../scenarios/orm-scenarios'
import { sdkDocumentClient } from '../client/aws-sdk'

/** The SDK document client sending by hand the requests @dbtooling/orm sends: the ORMs' baseline. */
export const awsSdkRequests = defineContestant({
  name: 'aws-sdk',
  label: 'AWS SDK v3 DynamoDBDocumentClient sending the dbtooling ORM’s requests by hand (no model layer)',
  async setup(target: Target) {
    return {
      doc: sdkDocumentClient(target),
      requests: ormDocumentRequests(ORM_TABLES.dbtooling),
      state: { calls: 0 },
    }
  },
  async teardown(ctx) {
    ctx.doc.destroy()
  },
  scenarios: {
    find: async ({ doc, requests }) => ((await doc.send(new GetCommand(requests.find))).Item ? 1 : 0),
    create: async ({ doc, requests }) => {
      await doc.send(new PutCommand(requests.create))
      return 1
    },
    where10: async ({ doc, requests }) =>
      (await doc.send(new QueryCommand(requests.where10))).Items?.length ?? 0,
    update2: async ({ doc, requests, state }) => {
      await doc.send(new UpdateCommand(requests.update2[state.calls++ % 2]!))
      return 1
    },
  },
})
