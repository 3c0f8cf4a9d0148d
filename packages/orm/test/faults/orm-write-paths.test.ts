import { DynamoClient } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FaultProxy, startFaultProxy } from '../../../../tests/faults/fault-proxy'
import { uniformRates } from '../../../../tests/faults/schedule'
import { createOrm } from '../../src/index'
import { localClient, localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'
import { Account, Note } from '../write-ops/support/fixtures'
import { ORM_INCREMENT, ORM_PATHS, type OrmPathContext } from './orm-paths'
import { PRODUCT_PATHS } from './product-paths'

const SEED = 2026
const COUNT = 12

let proxy: FaultProxy
let faulty: DynamoClient
const direct = localClient()
const table = uniqueTableName('orm-faults')
let ctx: OrmPathContext

beforeAll(async () => {
  // The table is made and dropped straight against DynamoDB Local: CreateTable is not idempotent.
  await createOrm({ models: [Account, Note], client: direct, design: { tableName: table } }).createTable()
  proxy = await startFaultProxy({ target: localEndpoint(), seed: SEED, rates: {}, delayMs: 2_000 })
  faulty = new DynamoClient({
    endpoint: proxy.endpoint,
    region: localRegion,
    credentials: localCredentials,
    maxRetries: 12,
    // Above DynamoDB Local's own answer time on a loaded machine; the delayed answers exceed it.
    http: { requestTimeoutMs: 1_500 },
  })
  // Created last, so it is the models' default ORM.
  const orm = createOrm({ models: [Account, Note], client: faulty, design: { tableName: table } })
  proxy.setRates(uniformRates(0.3), SEED)
  ctx = { orm, direct, table, count: COUNT, tag: `m${Date.now().toString(36)}` }
})

afterAll(async () => {
  proxy?.setRates({})
  await direct.deleteTable({ TableName: table })
  await faulty.close()
  await proxy.close()
  await direct.close()
})

describe(`ORM write paths under a seeded fault schedule (seed ${SEED}, 30 % of requests)`, () => {
  it.each([...ORM_PATHS, ...PRODUCT_PATHS].map((path) => [path.name, path] as const))(
    '%s: nothing lost, nothing duplicated, guards consistent',
    { timeout: 120_000 },
    async (_name, path) => {
      const result = await path.run(ctx)
      expect(result).toMatchObject({ lost: 0, duplicated: 0, errors: {} })
      if (result.guardMismatches !== undefined) expect(result.guardMismatches).toBe(0)
    },
  )

  it('increment loses nothing (doubles after a lost answer are the documented exception)', {
    timeout: 120_000,
  }, async () => {
    expect(await ORM_INCREMENT.run(ctx)).toMatchObject({ lost: 0, errors: {} })
  })
})
