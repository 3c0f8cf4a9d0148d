import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { marshall } from '../../src/document/index'
import { assertItemSize, itemSize } from '../../src/limits/index'
import { itemSizeBound } from '../../src/limits/size-bound'

const scalar = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc
    .double({ noNaN: true, noDefaultInfinity: true, min: -1e120, max: 1e120 })
    .filter((n) => n === 0 || Math.abs(n) > 1e-120),
  fc.boolean(),
  fc.constant(null),
  fc.uint8Array({ maxLength: 16 }),
  fc.uniqueArray(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 4 }).map((a) => new Set(a)),
  fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 4 }).map((a) => new Set(a)),
)
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  map: fc.dictionary(fc.string({ minLength: 1, maxLength: 6, unit: 'binary' }), tie('value'), { maxKeys: 4 }),
}))

describe('itemSizeBound', () => {
  it('is never below the exact size, for any item', () => {
    const item = fc.dictionary(fc.string({ minLength: 1, maxLength: 8, unit: 'binary' }), value, {
      minKeys: 1,
    })
    fc.assert(
      fc.property(item, (input) => {
        const wire = marshall(input, { allowImpreciseNumbers: true })
        expect(itemSizeBound(wire)).toBeGreaterThanOrEqual(itemSize(wire))
      }),
      { numRuns: 400 },
    )
  })

  it('lets assertItemSize measure exactly once the bound passes the limit', () => {
    // 'é' is 1 UTF-16 unit and 2 UTF-8 bytes: the bound (3 per unit) overshoots, the exact size fits.
    const fits = { s: { S: 'é'.repeat(204_799) } }
    expect(itemSizeBound(fits)).toBeGreaterThan(409_600)
    expect(assertItemSize(fits)).toBe(409_599)
    expect(() => assertItemSize({ s: { S: 'é'.repeat(204_800) } })).toThrow(/400 KB|409600|ITEM_TOO_LARGE/)
  })
})
