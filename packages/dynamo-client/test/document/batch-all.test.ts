import { describe, expect, it } from 'vitest'
import { DocumentClient, DocumentUnprocessedItemsError, type LowLevelSender } from '../../src/document/index'
import { UnprocessedItemsError } from '../../src/errors/index'

type Wire = { RequestItems: Record<string, unknown[] | { Keys: unknown[] }> }

/** Answers BatchWriteItem/BatchGetItem, handing back the first `stubborn` entries as unprocessed each time. */
class ThrottlingSender implements LowLevelSender {
  readonly sizes: number[] = []
  constructor(private readonly stubborn: (attempt: number) => number) {}
  private attempt = 0
  async send(operation: string, input: object): Promise<unknown> {
    const { RequestItems } = input as Wire
    const [table, entries] = Object.entries(RequestItems)[0]!
    this.attempt += 1
    const keep = this.stubborn(this.attempt)
    if (operation === 'BatchWriteItem') {
      const writes = entries as unknown[]
      this.sizes.push(writes.length)
      return keep > 0 ? { UnprocessedItems: { [table]: writes.slice(0, keep) } } : {}
    }
    const { Keys } = entries as { Keys: { pk: { S: string } }[] }
    this.sizes.push(Keys.length)
    const read = Keys.slice(keep).map((key) => ({ ...key, v: { N: '1' } }))
    return {
      Responses: { [table]: read },
      ...(keep > 0 ? { UnprocessedKeys: { [table]: { Keys: Keys.slice(0, keep) } } } : {}),
    }
  }
}

const fast = { baseDelayMs: 1, maxDelayMs: 2, concurrency: 1 }

describe('DocumentClient.batchWriteAll', () => {
  it('chunks by 25 and retries unprocessed writes until applied', async () => {
    const sender = new ThrottlingSender((attempt) => (attempt === 1 ? 3 : 0))
    const client = new DocumentClient(sender)
    const writes = Array.from({ length: 60 }, (_, i) => ({ PutRequest: { Item: { pk: `k${i}` } } }))
    const out = await client.batchWriteAll({ RequestItems: { t: writes } }, fast)
    expect(sender.sizes).toEqual([25, 3, 25, 10])
    expect(out.written).toBe(60)
    expect(out.requests).toBe(4)
  })

  it('raises DocumentUnprocessedItemsError with exactly the unapplied writes as plain JS', async () => {
    const sender = new ThrottlingSender(() => 2)
    const client = new DocumentClient(sender)
    const writes = [
      { PutRequest: { Item: { pk: 'a', n: 1 } } },
      { DeleteRequest: { Key: { pk: 'b' } } },
      { PutRequest: { Item: { pk: 'c' } } },
    ]
    const error = await client
      .batchWriteAll({ RequestItems: { t: writes } }, { ...fast, maxAttempts: 2 })
      .catch((e) => e)
    expect(error).toBeInstanceOf(DocumentUnprocessedItemsError)
    expect(error).toBeInstanceOf(UnprocessedItemsError)
    expect(error.documentItems).toEqual({ t: writes.slice(0, 2) })
    expect(error.unprocessedItems).toEqual({
      t: [
        { PutRequest: { Item: { pk: { S: 'a' }, n: { N: '1' } } } },
        { DeleteRequest: { Key: { pk: { S: 'b' } } } },
      ],
    })
  })

  it('still checks every item before sending anything', async () => {
    const sender = new ThrottlingSender(() => 0)
    const client = new DocumentClient(sender)
    const writes = [
      { PutRequest: { Item: { pk: 'a' } } },
      { PutRequest: { Item: { pk: 'b', blob: 'x'.repeat(410_000) } } },
    ]
    await expect(client.batchWriteAll({ RequestItems: { t: writes } })).rejects.toMatchObject({
      code: 'ITEM_TOO_LARGE',
      subject: 't put #1',
    })
    expect(sender.sizes).toEqual([])
  })
})

describe('DocumentClient.batchGetAll', () => {
  it('chunks by 100, retries unprocessed keys and returns plain items', async () => {
    const sender = new ThrottlingSender((attempt) => (attempt === 1 ? 5 : 0))
    const client = new DocumentClient(sender)
    const keys = Array.from({ length: 150 }, (_, i) => ({ pk: `k${i}` }))
    const out = await client.batchGetAll<{ pk: string; v: number }>(
      { RequestItems: { t: { Keys: keys } } },
      fast,
    )
    expect(sender.sizes).toEqual([100, 5, 50])
    expect(out.Responses.t).toHaveLength(150)
    expect(new Set(out.Responses.t?.map((item) => item.pk))).toEqual(new Set(keys.map((k) => k.pk)))
    expect(out.Responses.t?.[0]?.v).toBe(1)
  })

  it('raises with the unread keys and what was read, as plain JS', async () => {
    const sender = new ThrottlingSender(() => 1)
    const client = new DocumentClient(sender)
    const error = await client
      .batchGetAll({ RequestItems: { t: { Keys: [{ pk: 'a' }, { pk: 'b' }] } } }, { ...fast, maxAttempts: 1 })
      .catch((e) => e)
    expect(error).toBeInstanceOf(DocumentUnprocessedItemsError)
    expect(error.documentKeys).toEqual({ t: { Keys: [{ pk: 'a' }] } })
    expect(error.documentResponses).toEqual({ t: [{ pk: 'b', v: 1 }] })
  })
})
