import { type AttributeMap, DynamoClient } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FaultProxy, startFaultProxy } from '../../../../tests/faults/fault-proxy'
import { uniformRates } from '../../../../tests/faults/schedule'
import { createOrm, migrate } from '../../src/index'
import { Team, Widget, WidgetByColor } from '../migrations/fixtures'
import { localClient, localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'
import { scanAll } from './orm-paths'

const SEED = 2027
const text = (value: AttributeMap[string] | undefined) => (value && 'S' in value ? value.S : undefined)
const WIDGETS = 120
const COLORS = ['red', 'green', 'blue']
const tableName = uniqueTableName('orm-backfill-faults')
const direct = localClient()
const v1 = createOrm({ models: [Team, Widget], client: direct, design: { tableName }, setDefault: false })
let proxy: FaultProxy
let faulty: DynamoClient

beforeAll(async () => {
  await migrate(v1)
  await v1.model('Widget').insertMany(
    Array.from({ length: WIDGETS }, (_, i) => ({
      id: `w${i}`,
      name: `widget ${i}`,
      color: COLORS[i % COLORS.length]!,
      teamId: 't1',
    })),
  )
  proxy = await startFaultProxy({ target: localEndpoint(), seed: SEED, rates: {}, delayMs: 2_000 })
  faulty = new DynamoClient({
    endpoint: proxy.endpoint,
    region: localRegion,
    credentials: localCredentials,
    maxRetries: 12,
    http: { requestTimeoutMs: 1_500 },
  })
})

afterAll(async () => {
  proxy?.setRates({})
  await direct.deleteTable({ TableName: tableName })
  await faulty.close()
  await proxy.close()
  await direct.close()
})

describe(`a migration's backfill under a seeded fault schedule (seed ${SEED})`, () => {
  it('adds the GSI and gives every existing item its index keys: none lost, none duplicated, verify agrees', {
    timeout: 240_000,
  }, async () => {
    const v2 = createOrm({
      models: [Team, WidgetByColor],
      client: faulty,
      design: { tableName },
      setDefault: false,
    })
    // The table's control plane (UpdateTable) runs clean; faults hit the backfill's scans and writes.
    proxy.setRates({})
    const migration = migrate(v2, {
      backfill: { segments: 4 },
      onProgress: (progress) => {
        if (progress.type !== 'step' || progress.step.action.kind !== 'backfill') return
        if (progress.status === 'start') proxy.setRates(uniformRates(0.3), SEED)
        else proxy.setRates({})
      },
    })
    const result = await migration
    proxy.setRates({})
    expect(result.applied).toBe(true)
    for (const step of Object.values(result.verification)) expect(step).toMatchObject({ wrong: 0 })

    const injected = [...proxy.injected].filter(([key]) =>
      /^(Scan|UpdateItem|BatchWriteItem|GetItem):/.test(key),
    )
    expect(injected.length, JSON.stringify([...proxy.injected])).toBeGreaterThan(0)
    const items = await scanAll(direct, tableName)
    const widgets = items.filter((item) => text(item._et) === 'Widget')
    expect(widgets).toHaveLength(WIDGETS)
    const clean = createOrm({
      models: [Team, WidgetByColor],
      client: direct,
      design: { tableName },
      setDefault: false,
    })
    for (const color of COLORS) {
      const expected = widgets.filter((item) => text(item.color) === color).length
      expect(await clean.model('Widget').where('color', color).count()).toBe(expected)
    }
  })
})
