import { DynamoClient, METRIC_NAMES, type Middleware } from '@dbtooling/dynamo-client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FaultProxy, startFaultProxy } from '../../../../tests/faults/fault-proxy'
import { createTelemetry } from '../../../dynamo-client/test/support/telemetry'
import { createOrm } from '../../src/index'
import { localClient, localCredentials, localEndpoint, localRegion, uniqueTableName } from '../support'
import { Author, Book, memoryPino, PINO_LEVEL } from './fixtures'

// A model find through a fault proxy in front of DynamoDB Local: the first GetItem attempt is throttled
// (ThrottlingException), the retry succeeds. Its log record, metrics and spans are checked end to end.
const telemetry = createTelemetry()
const { logger, lines } = memoryPino()
const tableName = uniqueTableName('orm-throttled')
let proxy: FaultProxy
let client: DynamoClient

// The fault hits exactly one attempt: the first throttled answer turns the faults off.
const oneThrottle: Middleware = {
  name: 'one-throttle',
  onResponse(event) {
    if (event.statusCode === 400) proxy.setRates({})
  },
}

beforeAll(async () => {
  const setup = createOrm({
    models: [Author, Book],
    client: localClient(),
    design: { tableName },
    setDefault: false,
  })
  await setup.createTable()
  await setup.model('Author').create({ id: 'a1', email: 'ada@example.com', name: 'Ada' })
  proxy = await startFaultProxy({ target: localEndpoint(), seed: 11, rates: {} })
  client = new DynamoClient({
    endpoint: proxy.endpoint,
    region: localRegion,
    credentials: localCredentials,
    returnConsumedCapacity: 'TOTAL',
    maxRetries: 3,
    middleware: [oneThrottle],
  })
})
afterAll(async () => {
  await createOrm({
    models: [Author, Book],
    client: localClient(),
    design: { tableName },
    setDefault: false,
  }).dropTable()
  await client.close()
  await proxy.close()
})

describe('a throttled find through the ORM', () => {
  it('logs one record, counts one call with its retry and throttle, and spans both attempts under Author.find', async () => {
    const orm = createOrm({
      models: [Author, Book],
      client,
      design: { tableName },
      options: {
        coalescing: false,
        observability: { logger, tracer: telemetry.tracer, meter: telemetry.meter, slowQueryMs: null },
      },
      setDefault: false,
    })
    proxy.setRates({ ThrottlingException: 1 }, 11)
    const found = await orm.model('Author').find('a1')
    expect(found?.getAttribute('name')).toBe('Ada')
    expect(proxy.injected.get('GetItem:ThrottlingException')).toBe(1)

    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      level: PINO_LEVEL.debug,
      operation: 'GetItem',
      entity: 'Author',
      pattern: 'find',
      attempts: 2,
      throttles: 1,
      key: { pk: '[redacted]', sk: '[redacted]' },
    })
    expect(lines[0]?.capacity?.readCapacityUnits).toBeGreaterThan(0)

    const [requests] = await telemetry.points(METRIC_NAMES.requests)
    expect(requests?.value).toBe(1)
    expect(requests?.attributes).toMatchObject({
      'db.operation.name': 'GetItem',
      'dbtooling.entity': 'Author',
    })
    expect((await telemetry.points(METRIC_NAMES.retries))[0]?.value).toBe(1)
    expect((await telemetry.points(METRIC_NAMES.throttles))[0]?.value).toBe(1)

    const spans = telemetry.spans()
    const find = spans.find((span) => span.name === 'Author.find')!
    const attempts = spans.filter((span) => span.name === 'DynamoDB.GetItem')
    expect(attempts).toHaveLength(2)
    for (const attempt of attempts) expect(attempt.parentSpanContext?.spanId).toBe(find.spanContext().spanId)
    expect(attempts.map((span) => span.status.code)).toEqual([2, 0]) // ERROR, then UNSET
    expect(attempts[0]?.attributes['error.type']).toBe('ThrottlingException')
    expect(attempts[1]?.attributes['dbtooling.attempt']).toBe(2)
  })
})
