import { describe, expect, it } from 'vitest'
import { marshall } from '../../src/document/index'
import { attributeValueSize, itemSize, numberSize, utf8Length } from '../../src/limits/index'

describe('itemSize', () => {
  it('counts attribute names and string values in UTF-8 bytes', () => {
    // 'name' (4) + 'Zoë' (4 bytes: ë is 2) and '😀' is 4 bytes.
    expect(itemSize({ name: { S: 'Zoë' } })).toBe(8)
    expect(itemSize({ é: { S: '😀' } })).toBe(6)
  })

  it('counts booleans and nulls as 1 byte', () => {
    expect(itemSize({ a: { BOOL: false }, b: { NULL: true } })).toBe(4)
  })

  it('counts raw bytes of binaries, not their base64 length', () => {
    expect(itemSize({ b: { B: 'AAH/' } })).toBe(4)
    expect(itemSize({ b: { B: 'aGk=' } })).toBe(3)
    expect(itemSize({ b: { B: new Uint8Array(10) } })).toBe(11)
  })

  it('adds 3 bytes per list or map and 1 per element', () => {
    expect(attributeValueSize({ M: {} })).toBe(3)
    expect(attributeValueSize({ L: [] })).toBe(3)
    // 3 + (1 + 'a' 1 + 'x' 1) + (1 + 'bb' 2 + true 1)
    expect(attributeValueSize({ M: { a: { S: 'x' }, bb: { BOOL: true } } })).toBe(10)
    // 3 + (1 + 1) + (1 + 3 + 0)
    expect(attributeValueSize({ L: [{ S: 'x' }, { L: [] }] })).toBe(9)
  })

  it('sums set elements without overhead', () => {
    expect(attributeValueSize({ SS: ['pizza', 'burger'] })).toBe(11)
    expect(attributeValueSize({ NS: ['1', '22', '333'] })).toBe(2 + 2 + 3)
    expect(attributeValueSize({ BS: ['AQ==', 'AQID'] })).toBe(4)
  })

  it('matches the worked example of the DynamoDB item size calculator', () => {
    const item = {
      id: { S: 'f0ba8d6c' },
      fullName: { S: 'Zac Charles' },
      isAdmin: { BOOL: true },
      favouriteNumber: { N: '-1E-130' },
      foods: { SS: ['pizza', 'burger'] },
    }
    expect(itemSize(item)).toBe(10 + 19 + 8 + 18 + 16)
  })

  it('sizes a marshalled document item', () => {
    const item = marshall({ pk: 'USER#1', tags: ['a', 'b'], n: 100 })
    // pk 2+6, tags 4+(3+2+2), n 1+2
    expect(itemSize(item)).toBe(8 + 11 + 3)
  })
})

describe('numberSize', () => {
  it.each([
    ['0', 1],
    ['0.000', 1],
    ['1', 2],
    ['12', 2],
    ['123', 3],
    ['100', 2],
    ['1000', 2],
    ['1.5', 3],
    ['0.5', 2],
    ['0.05', 2],
    ['12345', 4],
    ['-1', 3],
    ['-12.5', 4],
    ['1E+125', 2],
    ['00012.3400', 3],
    ['1'.repeat(38), 20],
    [`1.${'1'.repeat(37)}`, 21],
    [`-${'9'.repeat(38)}`, 21],
  ])('%s takes %i bytes', (text, bytes) => {
    expect(numberSize(text)).toBe(bytes)
  })
})

describe('utf8Length', () => {
  it('matches Buffer.byteLength for short and long strings', () => {
    for (const text of ['', 'abc', 'é', '中文', '😀x', `${'a'.repeat(100)}😀`, '\ud800']) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
    }
  })
})
