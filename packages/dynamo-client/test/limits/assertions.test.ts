import { describe, expect, it } from 'vitest'
import type { AttributeMap } from '../../src/document/index'
import {
  assertBatchGetLimits,
  assertBatchWriteLimits,
  assertExpressionLimits,
  assertItemSize,
  assertKeySize,
  assertTransactionLimits,
  DYNAMODB_LIMITS,
  itemSize,
  LimitError,
} from '../../src/limits/index'

function errorOf(run: () => unknown): LimitError {
  try {
    run()
  } catch (error) {
    if (error instanceof LimitError) return error
    throw error
  }
  throw new Error('expected a LimitError')
}

/** An item of exactly `bytes` bytes: name 'pk' (2) + 'x' (1) + name 'pad' (3) + padding. */
function itemOf(bytes: number): AttributeMap {
  return { pk: { S: 'x' }, pad: { S: 'p'.repeat(bytes - 6) } }
}

describe('assertItemSize', () => {
  it('accepts exactly 400 KB and rejects one byte more', () => {
    expect(itemSize(itemOf(409_600))).toBe(409_600)
    expect(assertItemSize(itemOf(409_600))).toBe(409_600)
    const error = errorOf(() => assertItemSize(itemOf(409_601), 'User USER#1'))
    expect(error.code).toBe('ITEM_TOO_LARGE')
    expect(error.measured).toBe(409_601)
    expect(error.limit).toBe(DYNAMODB_LIMITS.itemSize)
    expect(error.message).toContain('User USER#1')
    expect(error.hint).toContain('pad (409595 bytes)')
    expect(error.hint).toContain('S3')
  })
})

describe('assertKeySize', () => {
  const keys = { partitionKey: 'pk', sortKey: 'sk' }

  it('accepts 2048-byte partition keys and 1024-byte sort keys', () => {
    expect(() =>
      assertKeySize({ pk: { S: 'a'.repeat(2048) }, sk: { S: 'b'.repeat(1024) } }, keys),
    ).not.toThrow()
  })

  it('rejects longer keys with the attribute name', () => {
    const pk = errorOf(() => assertKeySize({ pk: { S: 'a'.repeat(2049) } }, keys))
    expect(pk.code).toBe('PARTITION_KEY_TOO_LARGE')
    expect(pk.subject).toContain('"pk"')
    expect(pk.measured).toBe(2049)
    const sk = errorOf(() => assertKeySize({ pk: { S: 'a' }, sk: { S: 'é'.repeat(513) } }, keys))
    expect(sk.code).toBe('SORT_KEY_TOO_LARGE')
    expect(sk.measured).toBe(1026)
  })

  it('rejects empty key strings and binaries', () => {
    expect(errorOf(() => assertKeySize({ pk: { S: '' } }, keys)).code).toBe('EMPTY_KEY_VALUE')
    expect(errorOf(() => assertKeySize({ pk: { B: '' } })).code).toBe('EMPTY_KEY_VALUE')
  })

  it('holds every attribute to the partition limit when names are unknown', () => {
    expect(() => assertKeySize({ a: { S: 'x'.repeat(2000) }, b: { S: 'y'.repeat(2000) } })).not.toThrow()
  })
})

describe('batch limits', () => {
  const put = (i: number) => ({ PutRequest: { Item: { pk: { S: `k${i}` } } } })

  it('allows 25 writes and rejects 26', () => {
    expect(() => assertBatchWriteLimits({ t: Array.from({ length: 25 }, (_, i) => put(i)) })).not.toThrow()
    const error = errorOf(() =>
      assertBatchWriteLimits({
        a: Array.from({ length: 20 }, (_, i) => put(i)),
        b: [put(1), put(2), put(3), put(4), put(5), put(6)],
      }),
    )
    expect(error.code).toBe('BATCH_WRITE_TOO_MANY_ITEMS')
    expect(error.measured).toBe(26)
    expect(error.hint).toMatch(/25/)
  })

  it('rejects oversized items inside a batch naming the table and position', () => {
    const error = errorOf(() =>
      assertBatchWriteLimits({ users: [put(0), { PutRequest: { Item: itemOf(409_601) } }] }),
    )
    expect(error.code).toBe('ITEM_TOO_LARGE')
    expect(error.subject).toBe('users put #1')
  })

  it('allows 100 gets and rejects 101', () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => ({ pk: { S: `k${i}` } }))
    expect(() => assertBatchGetLimits({ t: { Keys: keys(100) } })).not.toThrow()
    expect(errorOf(() => assertBatchGetLimits({ t: { Keys: keys(60) }, u: { Keys: keys(41) } })).code).toBe(
      'BATCH_GET_TOO_MANY_ITEMS',
    )
  })
})

describe('transaction limits', () => {
  it('allows 100 actions and rejects 101', () => {
    const actions = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ Delete: { Key: { pk: { S: `k${i}` } } } }))
    expect(() => assertTransactionLimits(actions(100))).not.toThrow()
    expect(errorOf(() => assertTransactionLimits(actions(101))).code).toBe('TRANSACTION_TOO_MANY_ITEMS')
  })

  it('rejects more than 4 MB of items', () => {
    const big = { Put: { Item: itemOf(400_000) } }
    expect(() => assertTransactionLimits(Array.from({ length: 10 }, () => big))).not.toThrow()
    const error = errorOf(() => assertTransactionLimits(Array.from({ length: 11 }, () => big)))
    expect(error.code).toBe('TRANSACTION_TOO_LARGE')
    expect(error.measured).toBe(4_400_000)
  })
})

describe('expression limits', () => {
  it('rejects an expression over 4 KB naming the field', () => {
    expect(() => assertExpressionLimits({ FilterExpression: 'a'.repeat(4096) })).not.toThrow()
    const error = errorOf(() => assertExpressionLimits({ UpdateExpression: 'a'.repeat(4097) }))
    expect(error.code).toBe('EXPRESSION_TOO_LONG')
    expect(error.subject).toBe('UpdateExpression')
  })

  it('rejects placeholders over 255 bytes', () => {
    const error = errorOf(() =>
      assertExpressionLimits({ ExpressionAttributeNames: { [`#${'n'.repeat(255)}`]: 'a' } }),
    )
    expect(error.code).toBe('EXPRESSION_PLACEHOLDER_TOO_LONG')
  })

  it('rejects more than 2 MB of substitutions, for plain and wire values', () => {
    const big = 'x'.repeat(1024 * 1024)
    const values = { ':a': big, ':b': big }
    expect(errorOf(() => assertExpressionLimits({ ExpressionAttributeValues: values })).code).toBe(
      'EXPRESSION_SUBSTITUTIONS_TOO_LARGE',
    )
    const wire = { ':a': { S: big }, ':b': { S: big } }
    expect(errorOf(() => assertExpressionLimits({ ExpressionAttributeValues: wire }, 'wire')).code).toBe(
      'EXPRESSION_SUBSTITUTIONS_TOO_LARGE',
    )
    expect(() => assertExpressionLimits({ ExpressionAttributeValues: values }, 'skip')).not.toThrow()
  })
})
