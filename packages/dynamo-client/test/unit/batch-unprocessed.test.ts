import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { chunkGetRequests, chunkWriteRequests } from '../../src/batch/chunk'
import {
  DynamoClient,
  isUnprocessedItemsError,
  UnprocessedItemsError,
  type WriteRequest,
} from '../../src/index'
import { type CannedServer, type RecordedRequest, startCannedServer } from '../support/canned-server'

let server: CannedServer
let client: DynamoClient

beforeAll(async () => {
  server = await startCannedServer()
  client = new DynamoClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
  })
})
beforeEach(() => {
  server.requests.length = 0
})
afterAll(async () => {
  await client.close()
  await server.close()
})

const put = (i: number): WriteRequest => ({ PutRequest: { Item: { pk: { S: `K${i}` } } } })
/** Items whose number is a multiple of 7 are never accepted: the table "throttles" them forever. */
const stubborn = (request: WriteRequest) =>
  'PutRequest' in request &&
  Number(
    request.PutRequest.Item.pk && 'S' in request.PutRequest.Item.pk
      ? request.PutRequest.Item.pk.S.slice(1)
      : 0,
  ) %
    7 ===
    0

function writeResponder(request: RecordedRequest) {
  const items = (request.json.RequestItems ?? {}) as Record<string, WriteRequest[]>
  const unprocessed: Record<string, WriteRequest[]> = {}
  for (const [table, writes] of Object.entries(items)) {
    const left = writes.filter(stubborn)
    if (left.length) unprocessed[table] = left
  }
  return { body: { UnprocessedItems: unprocessed } }
}

describe('batchWriteAll when DynamoDB keeps returning unprocessed items', () => {
  it('retries only the unprocessed ones, then throws carrying exactly those', async () => {
    server.fallback = writeResponder
    const writes = Array.from({ length: 60 }, (_, i) => put(i + 1))
    const progress: number[] = []
    const error = await client
      .batchWriteAll(
        { RequestItems: { A: writes.slice(0, 40), B: writes.slice(40) } },
        { maxAttempts: 3, baseDelayMs: 1, onProgress: (p) => progress.push(p.processed) },
      )
      .catch((e: unknown) => e)
    expect(isUnprocessedItemsError(error)).toBe(true)
    const failed = error as UnprocessedItemsError
    const expected = writes.filter(stubborn)
    const carried = [...(failed.unprocessedItems.A ?? []), ...(failed.unprocessedItems.B ?? [])]
    expect(carried).toHaveLength(expected.length)
    expect(carried).toEqual(expect.arrayContaining(expected))
    expect(failed.count).toBe(expected.length)
    expect(failed.attempts).toBe(3)
    expect(failed.operation).toBe('BatchWriteItem')
    expect(failed.message).toMatch(/8 write requests remained unprocessed after 3 attempts/)
    // 3 chunks (25 + 25 + 10) x 3 attempts each.
    expect(server.requests).toHaveLength(9)
    // Retries send only what came back unprocessed.
    const retried = server.requests.filter((r) => JSON.stringify(r.json).split('PutRequest').length - 1 < 10)
    expect(retried.length).toBeGreaterThan(0)
    expect(Math.max(...progress)).toBe(60 - expected.length)
  })

  it('succeeds when the unprocessed items go through on a retry', async () => {
    let round = 0
    server.fallback = (request) =>
      ++round === 1 ? writeResponder(request) : { body: { UnprocessedItems: {} } }
    const out = await client.batchWriteAll(
      { RequestItems: { A: Array.from({ length: 10 }, (_, i) => put(i + 1)) } },
      { baseDelayMs: 1 },
    )
    expect(out.written).toBe(10)
    expect(out.requests).toBe(2)
  })
})

describe('batchGetAll when keys stay unprocessed', () => {
  it('throws with exactly the unread keys and keeps what was read', async () => {
    server.fallback = (request) => {
      const items = request.json.RequestItems as Record<string, { Keys: { pk: { S: string } }[] }>
      const keys = items.T?.Keys ?? []
      return {
        body: {
          Responses: { T: keys.filter((k) => k.pk.S !== 'K3').map((k) => ({ ...k, found: { BOOL: true } })) },
          UnprocessedKeys: keys.some((k) => k.pk.S === 'K3')
            ? { T: { Keys: [{ pk: { S: 'K3' } }], ConsistentRead: true } }
            : {},
        },
      }
    }
    const keys = Array.from({ length: 5 }, (_, i) => ({ pk: { S: `K${i + 1}` } }))
    const error = await client
      .batchGetAll(
        { RequestItems: { T: { Keys: keys, ConsistentRead: true } } },
        { maxAttempts: 2, baseDelayMs: 1 },
      )
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(UnprocessedItemsError)
    const failed = error as UnprocessedItemsError
    expect(failed.unprocessedKeys).toEqual({ T: { Keys: [{ pk: { S: 'K3' } }], ConsistentRead: true } })
    expect(failed.responses.T).toHaveLength(4)
    expect(failed.count).toBe(1)
  })
})

describe('chunking', () => {
  it('splits writes into 25s across tables, in order', () => {
    const chunks = chunkWriteRequests({
      A: Array.from({ length: 30 }, (_, i) => put(i)),
      B: Array.from({ length: 30 }, (_, i) => put(100 + i)),
    })
    expect(chunks.map((c) => Object.values(c).reduce((sum, w) => sum + w.length, 0))).toEqual([25, 25, 10])
    expect(chunks[1]).toEqual({
      A: Array.from({ length: 5 }, (_, i) => put(25 + i)),
      B: Array.from({ length: 20 }, (_, i) => put(100 + i)),
    })
  })

  it('splits keys into 100s, keeps per-table options and drops duplicate keys', () => {
    const keys = Array.from({ length: 150 }, (_, i) => ({ pk: { S: `K${i}` }, sk: { S: 'X' } }))
    const chunks = chunkGetRequests({
      T: { Keys: [...keys, { sk: { S: 'X' }, pk: { S: 'K0' } }], ProjectionExpression: 'pk' },
    })
    expect(chunks.map((c) => c.T?.Keys.length)).toEqual([100, 50])
    expect(chunks[1]?.T?.ProjectionExpression).toBe('pk')
  })
})
