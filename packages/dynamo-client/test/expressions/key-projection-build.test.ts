import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Condition } from '../../src/expressions/index'
import {
  and,
  attr,
  beginsWith,
  between,
  buildExpressions,
  buildMarshalledExpressions,
  compileKeyCondition,
  compileProjection,
  contains,
  ExpressionAttributes,
  ExpressionError,
  eq,
  ge,
  gt,
  inList,
  isReservedWord,
  isSafeAttributeName,
  le,
  lt,
  ne,
  or,
  parsePath,
  RESERVED_WORDS,
  set,
  size,
} from '../../src/expressions/index'
import { LimitError } from '../../src/limits/index'

function keyCondition(condition: Condition, keys?: { partitionKey: string; sortKey?: string }) {
  return compileKeyCondition(condition, new ExpressionAttributes(), keys)
}

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof ExpressionError || error instanceof LimitError) return error.code
    throw error
  }
  throw new Error('expected an error')
}

describe('key conditions', () => {
  it('accepts = on the partition key alone', () => {
    expect(keyCondition(eq('pk', 'USER#1'))).toBe('#n0 = :v0')
  })

  it.each([
    ['=', eq('sk', 'a'), '#n1 = :v1'],
    ['<', lt('sk', 'a'), '#n1 < :v1'],
    ['<=', le('sk', 'a'), '#n1 <= :v1'],
    ['>', gt('sk', 'a'), '#n1 > :v1'],
    ['>=', ge('sk', 'a'), '#n1 >= :v1'],
    ['BETWEEN', between('sk', 'a', 'b'), '#n1 BETWEEN :v1 AND :v2'],
    ['begins_with', beginsWith('sk', 'POST#'), 'begins_with(#n1, :v1)'],
  ])('accepts %s on the sort key', (_, sort, text) => {
    expect(keyCondition(and(eq('pk', 'p'), sort), { partitionKey: 'pk', sortKey: 'sk' })).toBe(
      `#n0 = :v0 AND ${text}`,
    )
  })

  it('finds the partition key when the sort key comes first', () => {
    expect(keyCondition(and(eq('sk', 's'), eq('pk', 'p')), { partitionKey: 'pk', sortKey: 'sk' })).toBe(
      '#n0 = :v0 AND #n1 = :v1',
    )
  })

  it.each([
    ['<> on the sort key', and(eq('pk', 'p'), ne('sk', 'x'))],
    ['IN', and(eq('pk', 'p'), inList('sk', ['a']))],
    ['contains', and(eq('pk', 'p'), contains('sk', 'a'))],
    ['OR', or(eq('pk', 'p'), eq('pk', 'q'))],
    ['three parts', and(eq('pk', 'p'), eq('sk', 's'), eq('x', 1))],
    ['a range on the partition key', gt('pk', 'p')],
    ['a nested path', eq('a.b', 1)],
    ['size()', and(eq('pk', 'p'), gt(size('sk'), 1))],
    ['attribute comparison', and(eq('pk', 'p'), eq('sk', attr('other')))],
  ])('rejects %s', (_, condition) => {
    expect(codeOf(() => keyCondition(condition))).toBe('INVALID_KEY_CONDITION')
  })

  it('checks names against the key schema', () => {
    expect(codeOf(() => keyCondition(eq('id', 1), { partitionKey: 'pk' }))).toBe('INVALID_KEY_CONDITION')
    expect(
      codeOf(() => keyCondition(and(eq('pk', 1), eq('other', 2)), { partitionKey: 'pk', sortKey: 'sk' })),
    ).toBe('INVALID_KEY_CONDITION')
    expect(codeOf(() => keyCondition(and(eq('pk', 1), eq('sk', 2)), { partitionKey: 'pk' }))).toBe(
      'INVALID_KEY_CONDITION',
    )
  })
})

describe('projection', () => {
  it('compiles paths with shared placeholders and drops duplicates', () => {
    const attrs = new ExpressionAttributes()
    expect(compileProjection(['pk', 'profile.name', 'items[0].sku', 'pk'], attrs)).toBe(
      '#n0, #n1.#n2, #n3[0].#n4',
    )
    expect(attrs.names()).toEqual({
      '#n0': 'pk',
      '#n1': 'profile',
      '#n2': 'name',
      '#n3': 'items',
      '#n4': 'sku',
    })
  })

  it('rejects an empty projection', () => {
    expect(codeOf(() => compileProjection([], new ExpressionAttributes()))).toBe('EMPTY_PROJECTION')
  })
})

describe('buildExpressions', () => {
  it('returns only the requested fragments with shared placeholders', () => {
    expect(
      buildExpressions({
        key: and(eq('pk', 'USER#1'), beginsWith('sk', 'POST#')),
        filter: eq('status', 'published'),
        projection: ['title', 'status'],
      }),
    ).toEqual({
      KeyConditionExpression: '#n0 = :v0 AND begins_with(#n1, :v1)',
      FilterExpression: '#n2 = :v2',
      ProjectionExpression: '#n3, #n2',
      ExpressionAttributeNames: { '#n0': 'pk', '#n1': 'sk', '#n2': 'status', '#n3': 'title' },
      ExpressionAttributeValues: { ':v0': 'USER#1', ':v1': 'POST#', ':v2': 'published' },
    })
  })

  it('omits names and values when there are none', () => {
    expect(buildExpressions({})).toEqual({})
    expect(buildExpressions({ projection: ['a'] })).toEqual({
      ProjectionExpression: '#n0',
      ExpressionAttributeNames: { '#n0': 'a' },
    })
  })

  it('marshalls values for the low-level client', () => {
    expect(buildMarshalledExpressions({ condition: eq('v', 1), update: set('n', 'x') })).toEqual({
      ConditionExpression: '#n0 = :v0',
      UpdateExpression: 'SET #n1 = :v1',
      ExpressionAttributeNames: { '#n0': 'v', '#n1': 'n' },
      ExpressionAttributeValues: { ':v0': { N: '1' }, ':v1': { S: 'x' } },
    })
  })

  it('rejects expressions longer than 4 KB', () => {
    const many = Array.from({ length: 300 }, (_, i) => inList(`attribute${i}`, [i, -i]))
    expect(codeOf(() => buildExpressions({ filter: and(...many) }))).toBe('EXPRESSION_TOO_LONG')
  })
})

describe('reserved words', () => {
  it('lists all 573 DynamoDB reserved words', () => {
    expect(RESERVED_WORDS.size).toBe(573)
    expect(isReservedWord('name')).toBe(true)
    expect(isReservedWord('Status')).toBe(true)
    expect(isReservedWord('email')).toBe(false)
    expect(isSafeAttributeName('email')).toBe(true)
    expect(isSafeAttributeName('size')).toBe(false)
    expect(isSafeAttributeName('first-name')).toBe(false)
  })
})

describe('ExpressionAttributes.path on plain names', () => {
  it('gives a plain name (no . [ ]) the placeholder the path parser would, and still parses the rest', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 0, maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        (names) => {
          const fast = new ExpressionAttributes()
          const parsed = new ExpressionAttributes()
          for (const name of names) {
            let expected: string | Error
            try {
              expected = parsed.path(parsePath(name))
            } catch (error) {
              expected = error as Error
            }
            if (expected instanceof Error) expect(() => fast.path(name)).toThrow(expected.message)
            else expect(fast.path(name)).toBe(expected)
          }
          expect(fast.names()).toEqual(parsed.names())
        },
      ),
      { numRuns: 300, seed: 20261202 },
    )
  })

  it('checks given placeholder prefixes, and only those', () => {
    expect(() => new ExpressionAttributes({ namePrefix: 'n' })).toThrow(/invalid placeholder prefix/)
    expect(() => new ExpressionAttributes({ valuePrefix: ':1x' })).toThrow(/invalid placeholder prefix/)
    expect(new ExpressionAttributes({ namePrefix: '#k' }).path('a')).toBe('#k0')
  })
})
