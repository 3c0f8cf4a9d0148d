import { defineModel } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createOrm, ObservabilityConfigError } from '../../src/index'
import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'
import { memoryPino, PINO_LEVEL } from './fixtures'

const memberDefinition = defineModel({
  name: 'Member',
  attributes: {
    id: { type: 'string', fillable: true },
    email: { type: 'string', unique: true, fillable: true },
    name: { type: 'string', fillable: true },
  },
} as const)
// `masked` is the security flag for attributes shown as *** (log redaction reads it from the definition);
// added by spread so the test does not depend on the model types knowing the flag.
const Member = {
  ...memberDefinition,
  attributes: {
    ...memberDefinition.attributes,
    email: { ...memberDefinition.attributes.email, masked: true },
  },
} as typeof memberDefinition

const { logger, lines } = memoryPino('trace')
const emfLines: string[] = []
const connection = { endpoint: localEndpoint(), region: localRegion, credentials: localCredentials }
const orm = createOrm({
  models: [Member],
  config: {
    ...connection,
    tableName: uniqueTableName('orm-observe-config'),
    returnConsumedCapacity: 'TOTAL',
    observability: { logger, level: 'info', keyValues: true, costs: true, slowQueryMs: null },
  },
  setDefault: false,
})
const MemberModel = orm.model('Member')
// EMF goes to stdout: a second ORM over the same table, used only while stdout is captured.
const emfOrm = createOrm({
  models: [Member],
  config: { ...connection, tableName: orm.tableName, observability: { emf: { namespace: 'Test/Db' } } },
  setDefault: false,
})

beforeAll(async () => {
  await orm.createTable()
  await MemberModel.create({ id: 'm1', email: 'secret@example.com', name: 'Mia' })
})
afterAll(async () => {
  await orm.dropTable()
  await orm.client.close()
  await emfOrm.client.close()
})

function capture<T>(run: () => Promise<T>): Promise<T> {
  lines.length = 0
  emfLines.length = 0
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    emfLines.push(String(chunk))
    return true
  })
  return run().finally(() => spy.mockRestore())
}

describe('observability from the config file', () => {
  it('logs at the configured level with key values shown, as asked', async () => {
    await capture(() => MemberModel.find('m1'))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({ level: PINO_LEVEL.info, entity: 'Member', pattern: 'find' })
    expect(lines[0]?.key).toEqual({ pk: 'MEMBER#m1', sk: 'MEMBER#m1' })
  })

  it('keeps masked attributes redacted even with key values shown (the unique guard key holds the email)', async () => {
    const found = await capture(() => MemberModel.where('email', 'secret@example.com').first())
    expect(found?.getAttribute('name')).toBe('Mia')
    expect(lines.length).toBeGreaterThan(0)
    expect(JSON.stringify(lines)).not.toContain('secret@example.com')
    expect(lines.some((line) => line.key?.pk === '[redacted]')).toBe(true)
  })

  it('writes EMF lines to stdout under the configured namespace', async () => {
    await capture(() => emfOrm.model('Member').find('m1'))
    const records = emfLines.map((line) => JSON.parse(line))
    expect(records).toHaveLength(1)
    expect(records[0]._aws.CloudWatchMetrics[0].Namespace).toBe('Test/Db')
    expect(records[0]).toMatchObject({ Operation: 'GetItem', Entity: 'Member', Calls: 1 })
  })

  it('books costs, so orm.costs() reports them', async () => {
    orm.resetCosts()
    await capture(() => MemberModel.find('m1'))
    const report = await orm.costs()
    expect(report.rows).toEqual([
      expect.objectContaining({ model: 'Member', pattern: 'find', calls: 1, readUnits: 0.5 }),
    ])
  })
})

describe('options the ORM cannot honour are refused', () => {
  const base = { models: [Member], design: { tableName: 'unused' }, setDefault: false } as const

  it('costs on a client that does not ask for consumed capacity', () => {
    const attempt = () =>
      createOrm({ ...base, clientConfig: connection, options: { observability: { costs: true } } })
    expect(attempt).toThrow(ObservabilityConfigError)
    expect(attempt).toThrow(
      expect.objectContaining({
        code: 'COSTS_NEED_CAPACITY',
        hint: expect.stringContaining('returnConsumedCapacity'),
      }),
    )
  })

  it('costs for a region without a known price, unless prices are given', async () => {
    const clientConfig = { ...connection, returnConsumedCapacity: true as const }
    const costs = { region: 'eu-central-1' }
    expect(() => createOrm({ ...base, clientConfig, options: { observability: { costs } } })).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_PRICE_REGION' }),
    )
    const prices = { readPerMillion: 0.15, writePerMillion: 0.76 }
    const priced = createOrm({
      ...base,
      clientConfig,
      options: { observability: { costs: { ...costs, prices } } },
    })
    expect(await priced.costs()).toMatchObject({ region: 'eu-central-1', prices, rows: [] })
  })

  it('orm.costs() without cost accounting', async () => {
    const plain = createOrm({ ...base, clientConfig: connection })
    expect(plain.ctx.options.observer).toBeNull()
    await expect(plain.costs()).rejects.toMatchObject({ code: 'COSTS_NOT_ENABLED' })
  })
})
