import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  CapacityTracker,
  createRequestCounter,
  createRequestLogger,
  DynamoClient,
  type RequestEvent,
  type RequestLogLine,
  type ResponseEvent,
} from '../../src/index'
import { type CannedServer, startCannedServer } from '../support/canned-server'

let server: CannedServer
let client: DynamoClient

beforeAll(async () => {
  server = await startCannedServer()
  client = new DynamoClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    returnConsumedCapacity: 'INDEXES',
  })
})
afterAll(async () => {
  await client.close()
  await server.close()
})

describe('middleware', () => {
  it('sees operation, tables, input, attempt, timing, status and consumed capacity', async () => {
    const requests: RequestEvent[] = []
    const responses: ResponseEvent[] = []
    const stop = client.use({
      name: 'log',
      onRequest: (e) => requests.push(e),
      onResponse: (e) => responses.push(e),
    })
    server.enqueue({
      body: {
        ConsumedCapacity: [
          { TableName: 'A', CapacityUnits: 2 },
          { TableName: 'B', CapacityUnits: 1 },
        ],
      },
    })
    await client.batchGetItem({
      RequestItems: { A: { Keys: [{ pk: { S: '1' } }] }, B: { Keys: [{ pk: { S: '2' } }] } },
    })
    stop()
    await client.listTables()
    expect(requests).toHaveLength(1)
    const [request] = requests
    expect(request?.operation).toBe('BatchGetItem')
    expect(request?.tableNames).toEqual(['A', 'B'])
    expect(request?.attempt).toBe(1)
    // The client asked for capacity because the config says so.
    expect(request?.input).toMatchObject({ ReturnConsumedCapacity: 'INDEXES' })
    const [response] = responses
    expect(response?.statusCode).toBe(200)
    expect(response?.requestId).toMatch(/^req-/)
    expect(response?.durationMs).toBeGreaterThanOrEqual(0)
    expect(response?.consumedCapacity).toHaveLength(2)
    expect(client.capacity.total({ table: 'A' }).readCapacityUnits).toBe(2)
    expect(client.capacity.total({ operation: 'BatchGetItem' }).capacityUnits).toBe(3)
  })

  it('a throwing middleware never breaks the call', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const stop = client.use({
      name: 'broken',
      onRequest: () => {
        throw new Error('boom')
      },
    })
    server.enqueue({ body: { TableNames: ['x'] } })
    await expect(client.listTables()).resolves.toEqual({ TableNames: ['x'] })
    stop()
    expect(spy).toHaveBeenCalledOnce()
    spy.mockRestore()
  })

  it('the request counter counts calls, attempts and tables, and resets', async () => {
    const counter = createRequestCounter()
    const c = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      middleware: [counter],
    })
    server.enqueue({ status: 500, body: {} }, { body: {} }, { body: {} })
    await c.getItem({ TableName: 'T', Key: {} })
    await c.query({ TableName: 'T' })
    expect(counter.count()).toBe(2)
    expect(counter.counts).toEqual({ GetItem: 1, Query: 1 })
    expect(counter.attempts).toEqual({ GetItem: 2, Query: 1 })
    expect(counter.tables).toEqual({ T: 2 })
    counter.reset()
    expect(counter.count()).toBe(0)
    await c.close()
  })
})

describe('CapacityTracker', () => {
  it('splits reads and writes and filters by table and operation', () => {
    const tracker = new CapacityTracker()
    tracker.record('PutItem', [{ TableName: 'A', CapacityUnits: 1 }])
    tracker.record('Query', [{ TableName: 'A', CapacityUnits: 0.5 }])
    tracker.record('TransactWriteItems', [{ TableName: 'B', CapacityUnits: 4, WriteCapacityUnits: 4 }])
    expect(tracker.total()).toEqual({
      capacityUnits: 5.5,
      readCapacityUnits: 0.5,
      writeCapacityUnits: 5,
      responses: 3,
    })
    expect(tracker.total({ table: 'A' }).writeCapacityUnits).toBe(1)
    expect(tracker.entries()).toHaveLength(3)
    tracker.reset()
    expect(tracker.total().responses).toBe(0)
  })
})

describe('createRequestLogger', () => {
  it('logs one safe line per attempt, without input values', async () => {
    const lines: RequestLogLine[] = []
    const c = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      middleware: [createRequestLogger((line) => lines.push(line))],
    })
    server.enqueue(
      { status: 500, body: {} },
      { body: { ConsumedCapacity: { TableName: 'T', CapacityUnits: 1.5 } } },
    )
    await c.putItem({ TableName: 'T', Item: { secret: { S: 'do-not-log' } } })
    expect(
      lines.map((l) => [l.operation, l.table, l.attempt, l.statusCode, l.willRetry, l.capacityUnits]),
    ).toEqual([
      ['PutItem', 'T', 1, 500, true, undefined],
      ['PutItem', 'T', 2, 200, false, 1.5],
    ])
    expect(lines[0]?.error).toMatch(/^InternalServerError/)
    expect(JSON.stringify(lines)).not.toContain('do-not-log')
    await c.close()
  })
})
