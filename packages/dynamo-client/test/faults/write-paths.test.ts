import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_PATHS, NON_IDEMPOTENT_COUNTER, type PathContext } from '../../../../tests/faults/client-paths'
import { type FaultProxy, startFaultProxy } from '../../../../tests/faults/fault-proxy'
import { FAULT_KINDS, uniformRates } from '../../../../tests/faults/schedule'
import { localEndpoint } from '../../../../tests/support'
import type { DynamoClient } from '../../src/index'
import { createTable, localClient, singleTableDefinition } from '../support/local-client'

const SEED = 26
const COUNT = 30

let proxy: FaultProxy
let direct: DynamoClient
let table: string
const faultyClients: DynamoClient[] = []

/** A client through the proxy: patient retries, and a request timeout the delayed answers exceed. */
function faultyClient(): DynamoClient {
  const client = localClient({ endpoint: proxy.endpoint, maxRetries: 12, http: { requestTimeoutMs: 1_500 } })
  faultyClients.push(client)
  return client
}

function context(tag: string): PathContext {
  return { faulty: faultyClient(), direct, table, count: COUNT, tag }
}

beforeAll(async () => {
  direct = localClient()
  table = await createTable(direct, singleTableDefinition('faults'))
  proxy = await startFaultProxy({
    target: localEndpoint(),
    seed: SEED,
    rates: uniformRates(0.35),
    delayMs: 800,
  })
})

afterAll(async () => {
  await Promise.all(faultyClients.map((client) => client.close()))
  await proxy.close()
  await direct.deleteTable({ TableName: table })
  await direct.close()
})

// Generous timeouts: on a loaded machine DynamoDB Local alone can take a second per answer.
describe(`every client write path under a seeded fault schedule (seed ${SEED}, 35 % of requests)`, {
  timeout: 120_000,
}, () => {
  it.each(CLIENT_PATHS.map((path) => [path.name, path] as const))(
    '%s: nothing lost, nothing duplicated, no call failed',
    async (_name, path) => {
      const result = await path.run(context(`mixed-${Date.now()}`))
      expect(result).toMatchObject({ lost: 0, duplicated: 0, errors: {} })
      expect(result.found).toBe(result.expected)
    },
  )

  it('a plain ADD (not idempotent) loses nothing; doubles are the documented exception', async () => {
    const result = await NON_IDEMPOTENT_COUNTER.run(context(`mixed-${Date.now()}`))
    expect(result).toMatchObject({ lost: 0, errors: {} })
  })

  it('partial batch answers: every batch path still writes exactly once, and batchGetAll reads every key', async () => {
    // Every batch request answered in part (a single entry cannot be split, so each call still ends).
    proxy.setRates({ partialBatch: 1 }, 11)
    try {
      const tag = `partial-${Date.now()}`
      for (const path of CLIENT_PATHS.filter((candidate) => candidate.name.endsWith('batchWriteAll'))) {
        expect(await path.run(context(tag))).toMatchObject({ lost: 0, duplicated: 0, errors: {} })
      }
      const pk = `${tag}#client.batchWriteAll`
      const keys = Array.from({ length: COUNT }, (_, i) => ({ pk: { S: pk }, sk: { S: `item-${i}` } }))
      const read = await faultyClient().batchGetAll({ RequestItems: { [table]: { Keys: keys } } })
      expect(read.Responses[table]).toHaveLength(COUNT)
      expect([...proxy.injected.keys()].filter((key) => key.endsWith(':partialBatch')).sort()).toEqual([
        'BatchGetItem:partialBatch',
        'BatchWriteItem:partialBatch',
      ])
    } finally {
      proxy.setRates(uniformRates(0.35), SEED)
    }
  })

  it('the schedule injected every fault kind', () => {
    const kinds = new Set([...proxy.injected.keys()].map((key) => key.split(':')[1]))
    expect([...kinds].sort()).toEqual([...FAULT_KINDS].sort())
  })
})

describe('answers lost after the write was applied', { timeout: 120_000 }, () => {
  it('double a plain ADD, and { idempotent: true } makes the same schedule exact', async () => {
    proxy.setRates({ dropAfterApply: 0.3 }, 7)
    try {
      const plain = await NON_IDEMPOTENT_COUNTER.run(context(`drop-${Date.now()}`))
      expect(plain.lost).toBe(0)
      expect(plain.duplicated).toBeGreaterThan(0)
      const idempotent = CLIENT_PATHS.find((path) => path.name === 'client.updateItem ADD (idempotent)')!
      const exact = await idempotent.run(context(`drop-${Date.now()}`))
      expect(exact).toMatchObject({ lost: 0, duplicated: 0, errors: {} })
    } finally {
      proxy.setRates(uniformRates(0.35), SEED)
    }
  })
})
