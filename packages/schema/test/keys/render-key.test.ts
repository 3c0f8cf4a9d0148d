import { describe, expect, it } from 'vitest'
import {
  compileKeyTemplate,
  KeyError,
  parseKey,
  renderKey,
  renderKeyPrefix,
  SchemaError,
} from '../../src/index'

describe('renderKey', () => {
  it('fills placeholders from the values', () => {
    expect(renderKey('USER#{id}', { id: '7' })).toBe('USER#7')
    expect(renderKey('ORG#{orgId}#PROJECT#{id}', { orgId: 'o1', id: 'p2' })).toBe('ORG#o1#PROJECT#p2')
  })

  it('writes numbers, bigints, booleans and dates in one canonical form', () => {
    expect(renderKey('N#{n}', { n: 42 })).toBe('N#42')
    expect(renderKey('N#{n}', { n: 12345678901234567890n })).toBe('N#12345678901234567890')
    expect(renderKey('B#{b}', { b: false })).toBe('B#false')
    expect(renderKey('D#{d}', { d: new Date('2026-01-02T03:04:05.000Z') })).toBe('D#2026-01-02T03:04:05.000Z')
  })

  it('throws a typed error naming the missing field', () => {
    const error = (() => {
      try {
        renderKey('USER#{id}' as string, {})
      } catch (caught) {
        return caught
      }
    })()
    expect(error).toBeInstanceOf(KeyError)
    expect(error).toMatchObject({ code: 'KEY_FIELD_MISSING', field: 'id', template: 'USER#{id}' })
    expect(() => renderKey('USER#{id}', { id: '' })).toThrow(KeyError)
    expect(() => renderKey('USER#{id}', { id: null })).toThrow(KeyError)
  })

  it('rejects values that cannot be part of a key', () => {
    expect(() => renderKey('N#{n}', { n: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'KEY_BAD_VALUE' }),
    )
    expect(() => renderKey('N#{n}', { n: { a: 1 } })).toThrow(
      expect.objectContaining({ code: 'KEY_BAD_VALUE' }),
    )
    expect(() => renderKey('N#{n}', { n: new Date('nope') })).toThrow(
      expect.objectContaining({ code: 'KEY_BAD_VALUE' }),
    )
  })

  it('escapes the delimiter and backslashes inside values so keys never mix', () => {
    const key = renderKey('USER#{id}#POST#{postId}', { id: 'a#b', postId: 'c\\d' })
    expect(key).toBe('USER#a\\#b#POST#c\\\\d')
    expect(key).not.toBe(renderKey('USER#{id}#POST#{postId}', { id: 'a', postId: 'b#POST#c\\d' }))
    expect(parseKey('USER#{id}#POST#{postId}', key)).toEqual({ id: 'a#b', postId: 'c\\d' })
  })

  it("rejects the delimiter inside values under the 'reject' policy", () => {
    expect(() => renderKey('USER#{id}', { id: 'a#b' }, '#', 'reject')).toThrow(
      expect.objectContaining({ code: 'KEY_DELIMITER_IN_VALUE', field: 'id' }),
    )
    expect(renderKey('USER#{id}', { id: 'ab' }, '#', 'reject')).toBe('USER#ab')
  })

  it('supports other delimiters', () => {
    expect(renderKey('USER|{id}', { id: 'a|b#c' }, '|')).toBe('USER|a\\|b#c')
    expect(parseKey('USER|{id}', 'USER|a\\|b#c', '|')).toEqual({ id: 'a|b#c' })
  })

  it('renders the prefix up to the first missing field for begins_with', () => {
    expect(renderKeyPrefix('PROJECT#{projectId}#TASK#{id}', { projectId: 'p1' })).toBe('PROJECT#p1#TASK#')
    expect(renderKeyPrefix('POST#', {})).toBe('POST#')
  })

  it('compiles each template once', () => {
    expect(compileKeyTemplate('USER#{id}')).toBe(compileKeyTemplate('USER#{id}'))
    expect(compileKeyTemplate('USER#{id}', '#', 'reject')).not.toBe(compileKeyTemplate('USER#{id}'))
  })
})

describe('parseKey', () => {
  it('reads values back and reports keys of another shape', () => {
    expect(parseKey('ORG#{orgId}#PROJECT#{id}', 'ORG#o1#PROJECT#p2')).toEqual({ orgId: 'o1', id: 'p2' })
    expect(() => parseKey('USER#{id}', 'POST#1')).toThrow(expect.objectContaining({ code: 'KEY_MISMATCH' }))
    expect(() => parseKey('USER#{id}', 'USER#')).toThrow(expect.objectContaining({ code: 'KEY_MISMATCH' }))
    expect(compileKeyTemplate('USER#{id}').matches('USER#1')).toBe(true)
    expect(compileKeyTemplate('USER#{id}').matches('USERS#1')).toBe(false)
  })

  it('round-trips arbitrary values', () => {
    const values = ['plain', 'a#b', '#', '\\', '\\#', 'x\\\\#y#', 'ünï©ødé']
    for (const a of values) {
      for (const b of values) {
        const key = renderKey('A#{a}#B#{b}', { a, b })
        expect(parseKey('A#{a}#B#{b}', key)).toEqual({ a, b })
      }
    }
  })
})

describe('key template syntax', () => {
  it.each([
    ['', 'empty'],
    ['USER#{id', 'unbalanced'],
    ['USER#id}', 'unbalanced'],
    ['USER#{}', 'empty placeholder'],
    ['USER#{a-b}', 'bad name'],
    ['{a}{b}', 'adjacent placeholders'],
    ['{a}-{b}', 'separator is not the delimiter'],
    ['USER\\#{id}', 'backslash'],
  ])('rejects %j (%s)', (template) => {
    expect(() => compileKeyTemplate(template)).toThrow(SchemaError)
    expect(() => compileKeyTemplate(template)).toThrow(expect.objectContaining({ code: 'BAD_KEY_TEMPLATE' }))
  })
})
