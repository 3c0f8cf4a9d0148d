import { describe, expect, it } from 'vitest'
import type { UpdateAction } from '../../src/expressions/index'
import {
  add,
  attr,
  compileUpdate,
  decrement,
  deleteFromSet,
  ExpressionAttributes,
  ExpressionError,
  ifNotExists,
  increment,
  listAppend,
  listPrepend,
  minus,
  plus,
  remove,
  set,
  setIfNotExists,
} from '../../src/expressions/index'

function compile(actions: UpdateAction[]) {
  const attrs = new ExpressionAttributes()
  const expression = compileUpdate(actions, attrs)
  return { expression, names: attrs.names(), values: attrs.values() }
}

function codeOf(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    if (error instanceof ExpressionError) return error.code
    throw error
  }
  throw new Error('expected an ExpressionError')
}

describe('update actions', () => {
  it('compiles SET with literals and attribute copies', () => {
    expect(compile([set('name', 'Ada'), set('copy', attr('name'))])).toEqual({
      expression: 'SET #n0 = :v0, #n1 = #n0',
      names: { '#n0': 'name', '#n1': 'copy' },
      values: { ':v0': 'Ada' },
    })
  })

  it('compiles setIfNotExists', () => {
    expect(compile([setIfNotExists('createdAt', 1)]).expression).toBe('SET #n0 = if_not_exists(#n0, :v0)')
  })

  it('compiles increment and decrement, optionally from an initial value', () => {
    expect(compile([increment('views')])).toEqual({
      expression: 'SET #n0 = #n0 + :v0',
      names: { '#n0': 'views' },
      values: { ':v0': 1 },
    })
    expect(compile([decrement('stock', 3)]).expression).toBe('SET #n0 = #n0 - :v0')
    expect(compile([increment('views', 2, { initial: 0 })])).toEqual({
      expression: 'SET #n0 = if_not_exists(#n0, :v0) + :v1',
      names: { '#n0': 'views' },
      values: { ':v0': 0, ':v1': 2 },
    })
  })

  it('compiles list append and prepend', () => {
    expect(compile([listAppend('log', ['a'])]).expression).toBe('SET #n0 = list_append(#n0, :v0)')
    expect(compile([listPrepend('log', ['a'])]).expression).toBe('SET #n0 = list_append(:v0, #n0)')
    expect(compile([listAppend('log', ['a'], { createIfMissing: true })])).toEqual({
      expression: 'SET #n0 = list_append(if_not_exists(#n0, :v0), :v1)',
      names: { '#n0': 'log' },
      values: { ':v0': [], ':v1': ['a'] },
    })
  })

  it('composes arithmetic operands', () => {
    expect(compile([set('total', plus(attr('price'), attr('tax')))]).expression).toBe('SET #n0 = #n1 + #n2')
    expect(compile([set('left', minus(ifNotExists('quota', 10), 1))]).expression).toBe(
      'SET #n0 = if_not_exists(#n1, :v0) - :v1',
    )
  })

  it('groups clauses in SET REMOVE ADD DELETE order', () => {
    const result = compile([
      deleteFromSet('tags', ['old']),
      add('count', 1),
      remove('a.b[2]'),
      set('x', 1),
      add('tags2', new Set(['new'])),
      set('y', 2),
    ])
    expect(result.expression).toBe(
      'SET #n4 = :v1, #n6 = :v3 REMOVE #n2.#n3[2] ADD #n1 :v1, #n5 :v2 DELETE #n0 :v0',
    )
    expect(result.values).toEqual({ ':v0': new Set(['old']), ':v1': 1, ':v2': new Set(['new']), ':v3': 2 })
  })

  it('handles reserved words in nested update paths', () => {
    expect(compile([set('data.value', 1)])).toEqual({
      expression: 'SET #n0.#n1 = :v0',
      names: { '#n0': 'data', '#n1': 'value' },
      values: { ':v0': 1 },
    })
  })
})

describe('update errors', () => {
  it('rejects an empty update', () => {
    expect(codeOf(() => compile([]))).toBe('EMPTY_UPDATE')
  })

  it('rejects overlapping paths before DynamoDB does', () => {
    expect(codeOf(() => compile([set('a', 1), remove('a')]))).toBe('OVERLAPPING_PATHS')
    expect(codeOf(() => compile([set('profile', {}), set('profile.name', 'x')]))).toBe('OVERLAPPING_PATHS')
    expect(() => compile([set('profile.name', 'x'), set('profile.email', 'y')])).not.toThrow()
    expect(() => compile([set('l[0]', 'x'), set('l[1]', 'y')])).not.toThrow()
  })

  it('rejects ADD of anything but a number or set', () => {
    expect(codeOf(() => add('a', 'x' as unknown as number))).toBe('INVALID_UPDATE_VALUE')
    expect(codeOf(() => add('a', ['x'] as unknown as number))).toBe('INVALID_UPDATE_VALUE')
  })

  it('rejects DELETE of no elements', () => {
    expect(codeOf(() => deleteFromSet('a', []))).toBe('INVALID_UPDATE_VALUE')
  })

  it('rejects undefined SET values naming the path', () => {
    try {
      compile([set('profile.email', undefined)])
      expect.unreachable()
    } catch (error) {
      expect((error as ExpressionError).code).toBe('UNDEFINED_VALUE')
      expect((error as ExpressionError).path).toBe('profile.email')
    }
  })
})
