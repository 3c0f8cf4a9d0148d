import {
  and,
  beginsWith,
  between,
  buildExpressions,
  type Condition,
  ExpressionAttributes,
  eq,
  ge,
  gt,
  le,
  lt,
} from '@dbtooling/dynamo-client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { IndexCandidate } from '../../src/query/compile/candidates'
import { keyConditionText } from '../../src/query/compile/key-expression'
import type { KeyPlan, SortCondition } from '../../src/query/compile/key-plan'

const text = fc.string({ minLength: 1, maxLength: 6 })
const sortArbitrary: fc.Arbitrary<SortCondition | null> = fc.oneof(
  fc.constant(null),
  text.map((value) => ({ kind: 'eq', value }) as const),
  text.map((value) => ({ kind: 'beginsWith', value }) as const),
  fc.tuple(text, text).map(([low, high]) => ({ kind: 'between', low, high }) as const),
  fc
    .tuple(fc.constantFrom('<', '<=', '>', '>=') as fc.Arbitrary<'<' | '<=' | '>' | '>='>, text)
    .map(([op, value]) => ({ kind: 'compare', op, value }) as const),
)
// Key attributes are top-level names (the design makes them); reserved words and odd characters included.
const attribute = fc.constantFrom('pk', 'sk', 'gsi1pk', 'gsi1sk', 'name', 'size', 'odd name', 'tenant-id')

/** The condition compile-query built before the shortcut, for the same key plan. */
function generic(pk: string, sk: string, partition: string, sort: SortCondition | null): Condition {
  const head = eq(pk, partition)
  if (sort === null) return head
  const tail =
    sort.kind === 'eq'
      ? eq(sk, sort.value)
      : sort.kind === 'beginsWith'
        ? beginsWith(sk, sort.value)
        : sort.kind === 'between'
          ? between(sk, sort.low, sort.high)
          : { '<': lt, '<=': le, '>': gt, '>=': ge }[sort.op](sk, sort.value)
  return and(head, tail)
}

function plan(pk: string, sk: string, partitionValue: string, sort: SortCondition | null): KeyPlan {
  const candidate = { pk: { attribute: pk }, sk: { attribute: sk } } as unknown as IndexCandidate
  return {
    candidate,
    partitionValue,
    sort,
    consumed: new Set(),
    sortField: null,
    score: 0,
    prefixOnly: false,
  }
}

describe('keyConditionText', () => {
  it('writes exactly what buildExpressions makes of the same key condition (placeholders included)', () => {
    fc.assert(
      fc.property(attribute, attribute, text, sortArbitrary, (pk, sk, partition, sort) => {
        fc.pre(pk !== sk)
        const attrs = new ExpressionAttributes()
        const ours = {
          KeyConditionExpression: keyConditionText(plan(pk, sk, partition, sort), attrs),
          ExpressionAttributeNames: attrs.names(),
          ExpressionAttributeValues: attrs.values(),
        }
        const theirs = buildExpressions({ key: generic(pk, sk, partition, sort) })
        expect(ours).toEqual(theirs)
      }),
      { numRuns: 500, seed: 20261202 },
    )
  })

  it('shares one placeholder when partition and sort values are equal, as the generic builder does', () => {
    const attrs = new ExpressionAttributes()
    const out = keyConditionText(plan('pk', 'sk', 'A#1', { kind: 'eq', value: 'A#1' }), attrs)
    expect(out).toBe('#n0 = :v0 AND #n1 = :v0')
    expect(attrs.values()).toEqual({ ':v0': 'A#1' })
  })
})
