import { Agent, request } from 'node:http'
import { defineContestant, type Target } from '../../contestant'
import {
  type ClientScenario,
  itemCount,
  OPERATIONS,
  type OutputShape,
  rawRequests,
} from '../../scenarios/client-scenarios'

interface Prepared {
  body: Buffer
  headers: Record<string, string | number>
}

/**
 * The floor: a keep-alive node:http POST of a body serialised once at setup, with a fixed
 * Authorization header (DynamoDB Local checks its shape, the canned server ignores it), then
 * reading and JSON-parsing the answer. No marshalling, no signing, no retries: what is left is
 * the socket round trip and the decode every client has to do.
 */
function prepare(target: Target, scenario: ClientScenario): Prepared {
  const body = Buffer.from(JSON.stringify(rawRequests(target.table)[scenario]))
  const credential = `${target.credentials.accessKeyId}/20260101/${target.region}/dynamodb/aws4_request`
  return {
    body,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'content-length': body.length,
      'x-amz-target': `DynamoDB_20120810.${OPERATIONS[scenario]}`,
      'x-amz-date': '20260101T000000Z',
      authorization: `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
    },
  }
}

function post(url: URL, agent: Agent, prepared: Prepared): Promise<OutputShape> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path: '/', method: 'POST', agent, headers: prepared.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('error', reject)
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          if (res.statusCode !== 200) reject(new Error(`bare-http: HTTP ${res.statusCode} ${text}`))
          else resolve(JSON.parse(text) as OutputShape)
        })
      },
    )
    req.on('error', reject)
    req.end(prepared.body)
  })
}

interface Ctx {
  agent: Agent
  send(scenario: ClientScenario): Promise<number>
}

export const bareHttp = defineContestant({
  name: 'bare-http',
  label: 'node:http keep-alive POST of a pre-built body, no signing, JSON.parse of the answer (the floor)',
  async setup(target: Target): Promise<Ctx> {
    const url = new URL(target.endpoint)
    const agent = new Agent({ keepAlive: true, maxSockets: 64 })
    const prepared = new Map<ClientScenario, Prepared>()
    const send = (scenario: ClientScenario) => {
      let ready = prepared.get(scenario)
      if (!ready) {
        ready = prepare(target, scenario)
        prepared.set(scenario, ready)
      }
      return post(url, agent, ready).then((output) => itemCount(scenario, output))
    }
    return { agent, send }
  },
  async teardown(ctx) {
    ctx.agent.destroy()
  },
  scenarios: {
    getItem: (ctx) => ctx.send('getItem'),
    putItem: (ctx) => ctx.send('putItem'),
    query10: (ctx) => ctx.send('query10'),
    batchWrite25: (ctx) => ctx.send('batchWrite25'),
    update2: (ctx) => ctx.send('update2'),
  },
})
