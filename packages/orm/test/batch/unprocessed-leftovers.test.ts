import { afterEach, describe, expect, it } from 'vitest'
import { isUnprocessedKeysError, isUnprocessedWritesError } from '../../src/batch/errors'
import { runBatchGet } from '../../src/batch/run-batch-get'
import { runBatchWrite } from '../../src/batch/run-batch-write'
import { type CannedDynamo, startCannedDynamo } from './support/canned-dynamo'
import { tableTarget } from './support/raw-target'

type Wire = { S: string }
type WireWrite = {
  PutRequest?: { Item: Record<string, Wire> }
  DeleteRequest?: { Key: Record<string, Wire> }
}

let server: CannedDynamo | undefined
afterEach(() => server?.close())

/** A table that never accepts items whose pk ends in 7 (as if their partition were throttled). */
function stubborn(operation: string, body: Record<string, unknown>) {
  if (operation === 'BatchWriteItem') {
    const writes = (body.RequestItems as Record<string, WireWrite[]>).t ?? []
    const refused = writes.filter((w) => (w.PutRequest?.Item.pk ?? w.DeleteRequest?.Key.pk)?.S.endsWith('7'))
    return refused.length > 0 ? { UnprocessedItems: { t: refused } } : {}
  }
  const keys = (body.RequestItems as Record<string, { Keys: Record<string, Wire>[] }>).t?.Keys ?? []
  const refused = keys.filter((key) => key.pk?.S.endsWith('7'))
  const served = keys
    .filter((key) => !key.pk?.S.endsWith('7'))
    .map((key) => ({ ...key, found: { S: 'yes' } }))
  return {
    Responses: { t: served },
    ...(refused.length > 0 ? { UnprocessedKeys: { t: { Keys: refused } } } : {}),
  }
}

describe('batch leftovers after the last retry are reported exactly', () => {
  it('write: the caller gets back precisely the entries that were never applied', async () => {
    server = await startCannedDynamo(stubborn)
    const target = tableTarget('t', { endpoint: server.endpoint })
    const entries = Array.from({ length: 30 }, (_, i) => ({ id: `U${i}` }))
    const writes = entries.map((entry) => ({ PutRequest: { Item: { pk: entry.id, sk: 'X' } } }))
    const progress: { processed: number; unprocessed: number }[] = []
    const error = await runBatchWrite(target, writes, entries, {
      maxAttempts: 3,
      baseDelayMs: 1,
      concurrency: 1,
      onProgress: ({ processed, unprocessed }) => progress.push({ processed, unprocessed }),
    }).catch((caught: unknown) => caught)
    expect(isUnprocessedWritesError(error)).toBe(true)
    if (!isUnprocessedWritesError(error)) return
    expect(error.unprocessed).toEqual([{ id: 'U7' }, { id: 'U17' }, { id: 'U27' }])
    expect(error.written).toBe(27)
    expect(error.attempts).toBe(3)
    // 2 chunks (25 + 5), each tried 3 times while it still had leftovers.
    expect(server.calls.filter((call) => call.operation === 'BatchWriteItem')).toHaveLength(6)
    expect(progress.at(-1)).toEqual({ processed: 27, unprocessed: 1 })
  })

  it('get: unread keys and everything read so far both come back', async () => {
    server = await startCannedDynamo(stubborn)
    const target = tableTarget('t', { endpoint: server.endpoint })
    const keys = Array.from({ length: 20 }, (_, i) => ({ pk: `K${i}`, sk: 'X' }))
    const error = await runBatchGet(target, keys, { maxAttempts: 2, baseDelayMs: 1 }).catch(
      (caught: unknown) => caught,
    )
    expect(isUnprocessedKeysError(error)).toBe(true)
    if (!isUnprocessedKeysError(error)) return
    expect(error.unprocessed).toEqual([
      { pk: 'K7', sk: 'X' },
      { pk: 'K17', sk: 'X' },
    ])
    expect(error.items).toHaveLength(18)
    expect(server.calls).toHaveLength(2)
  })

  it('write: unprocessed entries that succeed on a retry are not reported', async () => {
    let refusals = 2
    server = await startCannedDynamo((operation, body) => {
      const writes = (body.RequestItems as Record<string, WireWrite[]>).t ?? []
      if (operation === 'BatchWriteItem' && refusals-- > 0)
        return { UnprocessedItems: { t: writes.slice(0, 1) } }
      return {}
    })
    const target = tableTarget('t', { endpoint: server.endpoint })
    const writes = [1, 2, 3].map((i) => ({ DeleteRequest: { Key: { pk: `D${i}`, sk: 'X' } } }))
    const result = await runBatchWrite(target, writes, writes, { baseDelayMs: 1 })
    expect(result).toEqual({ written: 3, requests: 3 })
  })
})
