import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  createEmfMiddleware,
  createLoggingMiddleware,
  createMetricsMiddleware,
  createTracingMiddleware,
  DynamoClient,
  METRIC_NAMES,
  type PinoLikeLogger,
  type RequestLogRecord,
} from '../../src/index'
import { type CannedServer, dynamoError, startCannedServer } from '../support/canned-server'
import { createTelemetry } from '../support/telemetry'

interface Entry {
  level: string
  record: RequestLogRecord
  message: string | undefined
}

function recordingLogger(): { logger: PinoLikeLogger; entries: Entry[] } {
  const entries: Entry[] = []
  const at = (level: string) => (record: object, message?: string) =>
    entries.push({ level, record: record as RequestLogRecord, message })
  return {
    entries,
    logger: {
      trace: at('trace'),
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
    },
  }
}

const telemetry = createTelemetry()
let server: CannedServer
const clients: DynamoClient[] = []

function cannedClient(maxRetries = 2): DynamoClient {
  const client = new DynamoClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxRetries,
  })
  clients.push(client)
  return client
}

beforeAll(async () => {
  server = await startCannedServer()
})
beforeEach(async () => {
  await telemetry.reset()
  server.requests.length = 0
})
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await server.close()
})

const throttled = dynamoError('ThrottlingException', 'Rate of requests exceeds the allowed throughput.')
const answered = {
  body: { Item: { pk: { S: 'USER#1' } }, ConsumedCapacity: { TableName: 'T', CapacityUnits: 0.5 } },
}

describe('a throttled call that succeeds on retry', () => {
  it('logs one record with two attempts, one throttle, capacity and redacted key values', async () => {
    const { logger, entries } = recordingLogger()
    const client = cannedClient()
    client.use(createLoggingMiddleware({ logger, annotate: () => ({ entity: 'User', pattern: 'find' }) }))
    server.enqueue(throttled, answered)
    await client.getItem({ TableName: 'T', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } })
    expect(entries).toHaveLength(1)
    const [{ level, record, message }] = entries as [Entry]
    expect(level).toBe('debug')
    expect(record).toMatchObject({
      operation: 'GetItem',
      table: 'T',
      entity: 'User',
      pattern: 'find',
      attempts: 2,
      throttles: 1,
      itemsRead: 1,
      itemsReturned: 1,
      statusCode: 200,
      requestId: expect.stringMatching(/^req-/),
      capacity: { capacityUnits: 0.5, readCapacityUnits: 0.5, writeCapacityUnits: 0 },
      key: { pk: '[redacted]', sk: '[redacted]' },
      error: undefined,
    })
    expect(JSON.stringify(entries)).not.toContain('USER#1')
    expect(message).toBe('dynamodb GetItem T')
  })

  it('counts the call once, the retry and the throttle in metrics', async () => {
    const client = cannedClient()
    client.use(createMetricsMiddleware({ meter: telemetry.meter, annotate: () => ({ entity: 'User' }) }))
    server.enqueue(throttled, answered)
    await client.getItem({ TableName: 'T', Key: { pk: { S: 'USER#1' } } })
    const [requests] = await telemetry.points(METRIC_NAMES.requests)
    expect(requests?.value).toBe(1)
    expect(requests?.attributes).toMatchObject({
      'db.system': 'dynamodb',
      'db.system.name': 'aws.dynamodb',
      'db.operation.name': 'GetItem',
      'db.collection.name': 'T',
      'dbtooling.entity': 'User',
    })
    expect((await telemetry.points(METRIC_NAMES.retries))[0]?.value).toBe(1)
    expect((await telemetry.points(METRIC_NAMES.throttles))[0]?.value).toBe(1)
    expect((await telemetry.points(METRIC_NAMES.readUnits))[0]?.value).toBe(0.5)
    const [duration] = await telemetry.points(METRIC_NAMES.duration)
    expect(duration?.value).toMatchObject({ count: 1 })
  })

  it('opens a client span per attempt under the active span; the throttled one is an error', async () => {
    const client = cannedClient()
    client.use(createTracingMiddleware({ tracer: telemetry.tracer }))
    server.enqueue(throttled, answered)
    await telemetry.tracer.startActiveSpan('handler', {}, async (span) => {
      await client.getItem({ TableName: 'T', Key: { pk: { S: 'USER#1' } }, ConsistentRead: true })
      span.end()
    })
    const spans = telemetry.spans()
    const handler = spans.find((s) => s.name === 'handler')!
    const attempts = spans.filter((s) => s.name === 'DynamoDB.GetItem')
    expect(attempts).toHaveLength(2)
    for (const span of attempts) {
      expect(span.kind).toBe(2)
      expect(span.parentSpanContext?.spanId).toBe(handler.spanContext().spanId)
      expect(span.spanContext().traceId).toBe(handler.spanContext().traceId)
      expect(span.attributes).toMatchObject({
        'db.system': 'dynamodb',
        'rpc.system': 'aws-api',
        'rpc.service': 'DynamoDB',
        'rpc.method': 'GetItem',
        'aws.dynamodb.table_names': ['T'],
        'aws.dynamodb.consistent_read': true,
      })
    }
    expect(attempts[0]?.status.code).toBe(2)
    expect(attempts[0]?.attributes['error.type']).toBe('ThrottlingException')
    expect(attempts[1]?.status.code).toBe(0)
    expect(attempts[1]?.attributes['dbtooling.attempt']).toBe(2)
    expect(attempts[1]?.attributes['aws.dynamodb.consumed_capacity']).toEqual([
      JSON.stringify({ TableName: 'T', CapacityUnits: 0.5 }),
    ])
  })

  it('writes one EMF line per call with the CloudWatch metadata', async () => {
    const lines: string[] = []
    const client = cannedClient()
    client.use(
      createEmfMiddleware({ write: (line) => lines.push(line), annotate: () => ({ entity: 'User' }) }),
    )
    server.enqueue(throttled, answered)
    await client.getItem({ TableName: 'T', Key: { pk: { S: 'USER#1' } } })
    expect(lines).toHaveLength(1)
    const record = JSON.parse(lines[0]!)
    expect(record._aws.CloudWatchMetrics[0]).toMatchObject({
      Namespace: 'dbtooling/DynamoDB',
      Dimensions: [
        ['TableName', 'Operation'],
        ['TableName', 'Entity'],
      ],
    })
    expect(record._aws.CloudWatchMetrics[0].Metrics).toContainEqual({ Name: 'Latency', Unit: 'Milliseconds' })
    expect(typeof record._aws.Timestamp).toBe('number')
    expect(record).toMatchObject({
      TableName: 'T',
      Operation: 'GetItem',
      Entity: 'User',
      Calls: 1,
      Errors: 0,
      Retries: 1,
      Throttles: 1,
      ConsumedReadCapacityUnits: 0.5,
    })
    // Every metric named in the metadata has a numeric value on the record.
    for (const metric of record._aws.CloudWatchMetrics[0].Metrics)
      expect(typeof record[metric.Name]).toBe('number')
  })
})

describe('a call that stays throttled', () => {
  it('logs at error level with the error code and every throttle', async () => {
    const { logger, entries } = recordingLogger()
    const client = cannedClient(1)
    client.use(createLoggingMiddleware({ logger }))
    server.enqueue(throttled, throttled)
    await expect(client.getItem({ TableName: 'T', Key: { pk: { S: 'x' } } })).rejects.toThrow()
    expect(entries).toHaveLength(1)
    expect(entries[0]?.level).toBe('error')
    expect(entries[0]?.record).toMatchObject({
      attempts: 2,
      throttles: 2,
      error: 'ThrottlingException',
      statusCode: 400,
    })
  })
})

describe('log levels and redaction', () => {
  it('shows key values only when asked, never masked ones, and honours the level and slow threshold', async () => {
    const { logger, entries } = recordingLogger()
    const client = cannedClient()
    client.use(
      createLoggingMiddleware({
        logger,
        level: 'info',
        keyValues: true,
        masked: (attribute) => attribute === 'sk',
        slowQueryMs: 250,
      }),
    )
    server.enqueue(answered, { ...answered, delayMs: 300 })
    await client.getItem({ TableName: 'T', Key: { pk: { S: 'USER#1' }, sk: { S: 'secret' } } })
    await client.getItem({ TableName: 'T', Key: { pk: { S: 'USER#1' }, sk: { S: 'secret' } } })
    expect(entries.map((e) => e.level)).toEqual(['info', 'warn'])
    expect(entries[0]?.record.key).toEqual({ pk: 'USER#1', sk: '[redacted]' })
    expect(entries[1]?.record.slow).toBe(true)
    expect(entries[1]?.message).toMatch(/slow: \d+ ms/)
    expect(JSON.stringify(entries)).not.toContain('secret')
  })

  it('asks isLevelEnabled first and builds nothing for a disabled level', async () => {
    const { logger, entries } = recordingLogger()
    const client = cannedClient()
    client.use(
      createLoggingMiddleware({ logger: { ...logger, isLevelEnabled: (level) => level !== 'debug' } }),
    )
    server.enqueue(answered)
    await client.getItem({ TableName: 'T', Key: { pk: { S: 'x' } } })
    expect(entries).toHaveLength(0)
  })

  it('warns on a Scan that reads at least wholeTypeReadItems items', async () => {
    const { logger, entries } = recordingLogger()
    const client = cannedClient()
    client.use(createLoggingMiddleware({ logger, wholeTypeReadItems: 3 }))
    server.enqueue(
      { body: { Items: [], Count: 0, ScannedCount: 2 } },
      { body: { Items: [], Count: 1, ScannedCount: 5 } },
    )
    await client.scan({ TableName: 'T' })
    await client.scan({ TableName: 'T' })
    expect(entries.map((e) => e.level)).toEqual(['debug', 'warn'])
    expect(entries[1]?.record).toMatchObject({ wholeTypeRead: true, itemsRead: 5, itemsReturned: 1 })
    expect(entries[1]?.message).toContain('5 items read, 1 returned')
  })
})
