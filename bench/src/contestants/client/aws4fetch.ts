import { AwsClient } from 'aws4fetch'
import { defineContestant, type Target } from '../../contestant'
import {
  type ClientScenario,
  itemCount,
  OPERATIONS,
  type OutputShape,
  rawRequests,
} from '../../scenarios/client-scenarios'

type Send = (scenario: ClientScenario) => Promise<number>

/**
 * aws4fetch signs with Web Crypto and sends with the global fetch (undici, keep-alive by default).
 * It has no document layer, so it sends wire-format (already marshalled) requests: one JSON encode,
 * one signature, one fetch and one JSON decode per call.
 */
export const aws4fetch = defineContestant({
  name: 'aws4fetch',
  label: 'aws4fetch AwsClient (fetch + Web Crypto SigV4), wire-format requests, no marshalling',
  async setup(target: Target): Promise<Send> {
    const aws = new AwsClient({ ...target.credentials, service: 'dynamodb', region: target.region })
    const requests = rawRequests(target.table)
    return async (scenario) => {
      const response = await aws.fetch(target.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': `DynamoDB_20120810.${OPERATIONS[scenario]}`,
        },
        body: JSON.stringify(requests[scenario]),
      })
      const output = (await response.json()) as OutputShape
      if (!response.ok)
        throw new Error(`aws4fetch ${scenario}: HTTP ${response.status} ${JSON.stringify(output)}`)
      return itemCount(scenario, output)
    }
  },
  scenarios: {
    getItem: (send) => send('getItem'),
    putItem: (send) => send('putItem'),
    query10: (send) => send('query10'),
    batchWrite25: (send) => send('batchWrite25'),
    update2: (send) => send('update2'),
  },
})
