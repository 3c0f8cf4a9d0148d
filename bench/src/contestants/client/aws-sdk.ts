import { Agent } from 'node:http'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb'
import { defineContestant, type Target } from '../../contestant'
import { documentRequests, itemCount } from '../../scenarios/client-scenarios'

/** The SDK client the issue compares against; a keep-alive agent so no call pays for a new socket. */
export function sdkDocumentClient(target: Target): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    endpoint: target.endpoint,
    region: target.region,
    credentials: target.credentials,
    requestHandler: { httpAgent: new Agent({ keepAlive: true, maxSockets: 64 }) },
  })
  return DynamoDBDocumentClient.from(client)
}

export const awsSdk = defineContestant({
  name: 'aws-sdk',
  label: 'AWS SDK v3 DynamoDBDocumentClient (lib-dynamodb), keep-alive agent',
  async setup(target: Target) {
    // A new command per call, as applications write it: constructing commands is part of the cost.
    return { doc: sdkDocumentClient(target), requests: documentRequests(target.table) }
  },
  async teardown(ctx) {
    ctx.doc.destroy()
  },
  scenarios: {
    getItem: async ({ doc, requests }) =>
      itemCount('getItem', await doc.send(new GetCommand(requests.getItem))),
    putItem: async ({ doc, requests }) =>
      itemCount('putItem', await doc.send(new PutCommand(requests.putItem))),
    query10: async ({ doc, requests }) =>
      itemCount('query10', await doc.send(new QueryCommand(requests.query10))),
    batchWrite25: async ({ doc, requests }) =>
      itemCount('batchWrite25', await doc.send(new BatchWriteCommand(requests.batchWrite25))),
    update2: async ({ doc, requests }) =>
      itemCount('update2', await doc.send(new UpdateCommand(requests.update2))),
  },
})
