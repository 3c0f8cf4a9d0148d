import { describe, expect, it } from 'vitest'
import { InvalidCursorError } from '../../src/index'
import { compareKeyText } from '../../src/query/fan-out/compare-key'
import { keyToPositions, positionsToKey } from '../../src/query/fan-out/fan-out-cursor'

describe('compareKeyText orders keys as DynamoDB does (UTF-8 bytes)', () => {
  it('sorts by code point, so characters above U+FFFF come after U+E000-U+FFFF', () => {
    const values = ['b', 'a#2', 'a#10', '\u{1F600}', '\uFF21', 'a']
    const byBytes = [...values].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)))
    expect([...values].sort(compareKeyText)).toEqual(byBytes)
    expect(compareKeyText(2, 10)).toBeLessThan(0)
  })
})

describe('fan-out cursor positions', () => {
  const keys = ['pk', 'sk', 'gsi1pk', 'gsi1sk']
  const after = { pk: 'A#1', sk: 'A#1', gsi1pk: 'A#0', gsi1sk: 'A#1' }

  it('round-trips done, start and after positions', () => {
    const positions = [
      { kind: 'done' as const },
      { kind: 'start' as const },
      { kind: 'after' as const, key: after },
    ]
    expect(keyToPositions(positionsToKey(positions), 3, keys, 'A')).toEqual(positions)
  })

  it('rejects another version, another branch count, and a position without its key attributes', () => {
    const bad =
      (key: Record<string, unknown>, branches = 2) =>
      () =>
        keyToPositions(key, branches, keys, 'A')
    expect(bad({ fanOut: 2, b: [1, 1] })).toThrow(InvalidCursorError)
    expect(bad({ fanOut: 2, b: [1, 1] })).toThrow(/version 1/)
    expect(bad({ fanOut: 1, b: [1, 1, 1] })).toThrow(/another number of partitions than 2/)
    expect(bad({ fanOut: 1, b: [1, { pk: 'A#1' }] })).toThrow(/position 1 lacks key attribute 'sk'/)
    expect(bad({ fanOut: 1, b: [1, 'x'] })).toThrow(/position 1 is not a key/)
  })
})
