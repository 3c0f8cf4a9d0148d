import { marshall as awsMarshall, unmarshall as awsUnmarshall } from '@aws-sdk/util-dynamodb'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type AttributeMap, marshall, unmarshall } from '../../src/document/index'

/** AWS keeps binaries as Uint8Array in AttributeValues; we put base64 on the wire. Normalise theirs. */
function base64Binaries(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64')
  if (Array.isArray(value)) return value.map(base64Binaries)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, inner] of Object.entries(value)) {
      Object.defineProperty(out, key, { value: base64Binaries(inner), enumerable: true, writable: true })
    }
    return out
  }
  return value
}

const finiteDouble = fc
  .double({ noNaN: true, noDefaultInfinity: true, min: -1e120, max: 1e120 })
  .filter((n) => (n === 0 || Math.abs(n) > 1e-120) && (!Number.isInteger(n) || Number.isSafeInteger(n)))
  .map((n) => (Object.is(n, -0) ? 0 : n))
const bigIntBeyondDouble = fc
  .bigInt({ min: -(10n ** 37n), max: 10n ** 37n })
  .filter((n) => n > BigInt(Number.MAX_SAFE_INTEGER) || n < BigInt(Number.MIN_SAFE_INTEGER))
const bytes = fc.uint8Array({ maxLength: 16 }).map((a) => new Uint8Array(a))
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  finiteDouble,
  bigIntBeyondDouble,
  fc.boolean(),
  fc.constant(null),
  bytes,
  fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 5 }).map((a) => new Set(a)),
  fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 5 }).map((a) => new Set(a)),
)
const key = fc.string({ minLength: 1, maxLength: 8 })
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
}))
const item = fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 })

describe('marshalling compared with @aws-sdk/util-dynamodb', () => {
  it('produces the same wire format', () => {
    fc.assert(
      fc.property(item, (input) => {
        expect(marshall(input)).toEqual(base64Binaries(awsMarshall(input)))
      }),
      { numRuns: 300 },
    )
  })

  it('produces the same wire format with removeUndefinedValues and convertEmptyValues', () => {
    const sparse = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.constant(undefined),
        fc.constant(''),
        fc.constant(new Uint8Array(0)),
        fc.constant(new Set<string>()),
        tie('list'),
        tie('map'),
      ),
      list: fc.array(tie('value'), { maxLength: 4 }),
      map: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    })).value
    const options = { removeUndefinedValues: true, convertEmptyValues: true }
    fc.assert(
      fc.property(fc.dictionary(key, sparse, { maxKeys: 6 }), (input) => {
        expect(marshall(input, options)).toEqual(base64Binaries(awsMarshall(input, options)))
      }),
      { numRuns: 300 },
    )
  })

  it('round-trips losslessly', () => {
    fc.assert(
      fc.property(item, (input) => {
        expect(unmarshall(marshall(input))).toEqual(input)
      }),
      { numRuns: 300 },
    )
  })

  it('reads what the AWS marshaller writes like the AWS unmarshaller does', () => {
    fc.assert(
      fc.property(item, (input) => {
        const wire = base64Binaries(awsMarshall(input)) as AttributeMap
        expect(unmarshall(wire)).toEqual(awsUnmarshall(awsMarshall(input)))
      }),
      { numRuns: 200 },
    )
  })

  it('round-trips numbers of up to 38 significant digits exactly', () => {
    const mantissas = fc.stringMatching(/^[1-9][0-9]{0,37}$/)
    fc.assert(
      fc.property(
        mantissas,
        fc.integer({ min: -90, max: 80 }),
        fc.boolean(),
        (mantissa, exponent, negative) => {
          const text = `${negative ? '-' : ''}${mantissa}E${exponent}`
          const native = unmarshall({ n: { N: text } }).n
          const wire = marshall({ n: native }).n as { N: string }
          expect(decimalKey(wire.N)).toBe(decimalKey(text))
        },
      ),
      { numRuns: 500 },
    )
  })
})

/** Independent normal form of a decimal string: sign, significant digits, position of the point. */
function decimalKey(text: string): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text)
  if (!match) throw new Error(`not a decimal: ${text}`)
  const [, sign, whole = '', fraction = '', exponent = '0'] = match
  const all = whole + fraction
  const leading = all.length - all.replace(/^0+/, '').length
  const digits = all.slice(leading).replace(/0+$/, '')
  if (digits === '') return '0'
  return `${sign}0.${digits}e${Number(exponent) + whole.length - leading}`
}
