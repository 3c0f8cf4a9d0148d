import { describe, expect, it } from 'vitest'
import { snapshotOf, stableStringify, VOLATILE_FIELDS } from '../src/index'

describe('snapshot helpers', () => {
  it('sorts keys at every depth, so the same data in another key order gives the same text', () => {
    const a = { b: 1, a: { d: [1, { z: 1, y: 2 }], c: 'x' } }
    const b = { a: { c: 'x', d: [1, { y: 2, z: 1 }] }, b: 1 }
    expect(stableStringify(a)).toBe(stableStringify(b))
    expect(stableStringify(a)).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      1,\n      {\n        "y": 2,\n        "z": 1\n      }\n    ]\n  },\n  "b": 1\n}',
    )
  })

  it('masks volatile fields with numbered placeholders, inside keys too, so references stay visible', () => {
    const items = [
      {
        pk: 'USER#0190a1b2-c3d4',
        sk: 'USER#0190a1b2-c3d4',
        id: '0190a1b2-c3d4',
        createdAt: '2026-12-07T16:00:00.000Z',
        name: 'Ada',
      },
      {
        pk: 'USER#0190a1b2-c3d4',
        sk: 'POST#0190ffff-0001',
        id: '0190ffff-0001',
        userId: '0190a1b2-c3d4',
        updatedAt: 1765123456789,
      },
    ]
    expect(snapshotOf(items, { mask: VOLATILE_FIELDS })).toEqual([
      { createdAt: '<createdAt 1>', id: '<id 1>', name: 'Ada', pk: 'USER#<id 1>', sk: 'USER#<id 1>' },
      { id: '<id 2>', pk: 'USER#<id 1>', sk: 'POST#<id 2>', updatedAt: '<updatedAt 1>', userId: '<id 1>' },
    ])
  })

  it('leaves short values alone outside their own field, omits fields, and turns models, dates and sets into data', () => {
    const model = { toJSON: () => ({ id: 'a', label: 'a b a', password: 'x' }) }
    const snap = snapshotOf([model, { when: new Date(0), tags: new Set(['b', 'a']) }], {
      mask: ['id'],
      omit: ['password'],
    })
    expect(snap).toEqual([
      { id: '<id 1>', label: 'a b a' },
      { tags: ['a', 'b'], when: '1970-01-01T00:00:00.000Z' },
    ])
  })

  it('gives different text for different data (a snapshot can fail)', () => {
    expect(stableStringify({ a: 1 })).not.toBe(stableStringify({ a: 2 }))
    expect(stableStringify({ id: 'x1234567' }, { mask: ['id'] })).toBe(
      stableStringify({ id: 'y7654321' }, { mask: ['id'] }),
    )
  })
})
