import type { AttributeMap, AttributeValue } from '@dbtooling/dynamo-client'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeLine, encodeLine } from '../../src/transfer/formats'
import { fromTaggedMap, taggedMap } from '../../src/transfer/tagged-json'

const number = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => String(n)),
  fc.bigInt({ min: -(10n ** 37n), max: 10n ** 38n - 1n }).map(String),
)
const base64 = fc.uint8Array({ minLength: 1, maxLength: 16 }).map((b) => Buffer.from(b).toString('base64'))
const value: fc.Arbitrary<AttributeValue> = fc.letrec<{ value: AttributeValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string().map((S) => ({ S })),
    number.map((N) => ({ N })),
    base64.map((B) => ({ B })),
    fc.boolean().map((BOOL) => ({ BOOL })),
    fc.constant({ NULL: true as const }),
    fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 4 }).map((SS) => ({ SS })),
    fc.uniqueArray(fc.integer().map(String), { minLength: 1, maxLength: 4 }).map((NS) => ({ NS })),
    fc.uniqueArray(base64, { minLength: 1, maxLength: 3 }).map((BS) => ({ BS })),
    fc.array(tie('value'), { maxLength: 3 }).map((L) => ({ L })),
    fc
      .dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('value'), { maxKeys: 3 })
      .map((M) => ({ M })),
  ),
})).value
const item = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { minKeys: 1, maxKeys: 6 })

describe('tagged JSON and the line formats', () => {
  it('round-trips every DynamoDB type exactly through tagged JSON (38-digit numbers, binary, sets, nesting)', () => {
    fc.assert(
      fc.property(item, (wire) => {
        const text = JSON.stringify(taggedMap(wire as AttributeMap))
        expect(fromTaggedMap(JSON.parse(text))).toEqual(wire)
      }),
      { numRuns: 300, seed: 42 },
    )
  })

  it('round-trips through ndjson, ddb-json and the S3 export line format', () => {
    fc.assert(
      fc.property(item, (wire) => {
        for (const format of ['ndjson', 'ddb-json', 's3'] as const) {
          expect(decodeLine(encodeLine(wire as AttributeMap, format), format)).toEqual(wire)
        }
      }),
      { numRuns: 200, seed: 7 },
    )
  })

  it('keeps a map that looks like a tag a map, and says what is wrong with a bad line', () => {
    const wire: AttributeMap = { odd: { M: { $N: { S: 'not a number tag' } } } }
    expect(fromTaggedMap(JSON.parse(JSON.stringify(taggedMap(wire))))).toEqual(wire)
    expect(() => decodeLine('{"a":', 'ndjson')).toThrow(/not JSON/)
    expect(() => decodeLine('{"pk":"USER#1"}', 'ddb-json')).toThrow(/attribute "pk" is not a DynamoDB value/)
    expect(() => decodeLine('{"pk":{"S":"x"}}', 's3')).toThrow(/no "Item" object/)
    expect(() => decodeLine('{"s":{"$SS":[]}}', 'ndjson')).toThrow(/no empty sets/)
  })
})
