import { describe, expect, it } from 'vitest'
import type { Condition } from '../../src/expressions/index'
import {
  and,
  attr,
  attributeExists,
  attributeNotExists,
  attributeType,
  beginsWith,
  between,
  compileCondition,
  contains,
  ExpressionAttributes,
  ExpressionError,
  eq,
  ge,
  gt,
  inList,
  le,
  lt,
  ne,
  not,
  or,
  size,
  value,
} from '../../src/expressions/index'

function compile(condition: Condition) {
  const attrs = new ExpressionAttributes()
  const expression = compileCondition(condition, attrs)
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

describe('comparators', () => {
  it.each([
    [eq, '='],
    [ne, '<>'],
    [lt, '<'],
    [le, '<='],
    [gt, '>'],
    [ge, '>='],
  ] as const)('%o compiles to %s', (build, op) => {
    expect(compile(build('age', 30))).toEqual({
      expression: `#n0 ${op} :v0`,
      names: { '#n0': 'age' },
      values: { ':v0': 30 },
    })
  })

  it('compares two attributes with attr()', () => {
    expect(compile(lt('startedAt', attr('endedAt')))).toEqual({
      expression: '#n0 < #n1',
      names: { '#n0': 'startedAt', '#n1': 'endedAt' },
      values: undefined,
    })
  })

  it('uses size() as an operand on either side', () => {
    expect(compile(gt(size('tags'), 3)).expression).toBe('size(#n0) > :v0')
    expect(compile(eq(size('a'), size('b'))).expression).toBe('size(#n0) = size(#n1)')
  })

  it('compiles BETWEEN and IN', () => {
    expect(compile(between('price', 10, 20))).toEqual({
      expression: '#n0 BETWEEN :v0 AND :v1',
      names: { '#n0': 'price' },
      values: { ':v0': 10, ':v1': 20 },
    })
    expect(compile(inList('status', ['a', 'b', 'c'])).expression).toBe('#n0 IN (:v0, :v1, :v2)')
  })

  it('compiles every function', () => {
    expect(compile(beginsWith('sk', 'POST#')).expression).toBe('begins_with(#n0, :v0)')
    expect(compile(contains('tags', 'red')).expression).toBe('contains(#n0, :v0)')
    expect(compile(contains('tags', attr('favourite'))).expression).toBe('contains(#n0, #n1)')
    expect(compile(attributeExists('email')).expression).toBe('attribute_exists(#n0)')
    expect(compile(attributeNotExists('pk')).expression).toBe('attribute_not_exists(#n0)')
    expect(compile(attributeType('n', 'N'))).toEqual({
      expression: 'attribute_type(#n0, :v0)',
      names: { '#n0': 'n' },
      values: { ':v0': 'N' },
    })
  })

  it('treats plain objects as values even when they look like operands', () => {
    const lookalike = { kind: 'path', path: ['x'] }
    expect(compile(eq('doc', lookalike)).values).toEqual({ ':v0': lookalike })
    expect(compile(eq('name', value('literal'))).values).toEqual({ ':v0': 'literal' })
  })
})

describe('logical operators', () => {
  it('parenthesises nested groups so precedence is explicit', () => {
    const condition = and(eq('a', 1), or(eq('b', 2), not(eq('c', 3))), attributeExists('d'))
    expect(compile(condition).expression).toBe(
      '#n0 = :v0 AND (#n1 = :v1 OR (NOT #n2 = :v2)) AND attribute_exists(#n3)',
    )
  })

  it('skips undefined and false parts and unwraps a single one', () => {
    expect(compile(and(undefined, eq('a', 1), false)).expression).toBe('#n0 = :v0')
  })

  it('rejects empty AND/OR', () => {
    expect(codeOf(() => and())).toBe('EMPTY_LOGICAL')
    expect(codeOf(() => or(undefined))).toBe('EMPTY_LOGICAL')
  })
})

describe('placeholders', () => {
  it('reuses one placeholder per repeated name and primitive value', () => {
    const result = compile(or(eq('status', 'open'), and(eq('owner.status', 'open'), ne('status', 1))))
    expect(result.expression).toBe('#n0 = :v0 OR (#n1.#n0 = :v0 AND #n0 <> :v1)')
    expect(result.names).toEqual({ '#n0': 'status', '#n1': 'owner' })
    expect(result.values).toEqual({ ':v0': 'open', ':v1': 1 })
  })

  it('keeps "1" and 1 apart', () => {
    expect(compile(or(eq('a', '1'), eq('a', 1))).values).toEqual({ ':v0': '1', ':v1': 1 })
  })

  it('escapes reserved words and special characters', () => {
    const result = compile(and(eq('name', 'x'), eq('size', 1), eq('data-set', 2), eq('TTL', 3)))
    expect(result.expression).toBe('#n0 = :v0 AND #n1 = :v1 AND #n2 = :v2 AND #n3 = :v3')
    expect(result.names).toEqual({ '#n0': 'name', '#n1': 'size', '#n2': 'data-set', '#n3': 'TTL' })
  })

  it('gives each nested path segment its own placeholder and keeps list indexes', () => {
    const result = compile(eq('a.b[3].c', 1))
    expect(result.expression).toBe('#n0.#n1[3].#n2 = :v0')
    expect(result.names).toEqual({ '#n0': 'a', '#n1': 'b', '#n2': 'c' })
  })

  it('accepts segment arrays for names containing dots', () => {
    expect(compile(eq(['weird.name', 0, 'x'], 1))).toEqual({
      expression: '#n0[0].#n1 = :v0',
      names: { '#n0': 'weird.name', '#n1': 'x' },
      values: { ':v0': 1 },
    })
  })

  it('uses custom placeholder prefixes and rejects malformed ones', () => {
    const attrs = new ExpressionAttributes({ namePrefix: '#f', valuePrefix: ':p' })
    expect(compileCondition(eq('a', 1), attrs)).toBe('#f0 = :p0')
    expect(() => new ExpressionAttributes({ namePrefix: 'n' })).toThrow(ExpressionError)
    expect(() => new ExpressionAttributes({ valuePrefix: ':a b' })).toThrow(ExpressionError)
  })

  it('marshals values for the low-level client', () => {
    const attrs = new ExpressionAttributes()
    compileCondition(and(eq('a', 'x'), inList('b', [1, 2])), attrs)
    expect(attrs.marshalledValues()).toEqual({ ':v0': { S: 'x' }, ':v1': { N: '1' }, ':v2': { N: '2' } })
  })
})

describe('errors', () => {
  it('rejects an empty IN list and more than 100 values', () => {
    expect(codeOf(() => inList('a', []))).toBe('EMPTY_IN_LIST')
    expect(
      codeOf(() =>
        inList(
          'a',
          Array.from({ length: 101 }, (_, i) => i),
        ),
      ),
    ).toBe('IN_LIST_TOO_LONG')
    expect(() =>
      inList(
        'a',
        Array.from({ length: 100 }, (_, i) => i),
      ),
    ).not.toThrow()
  })

  it.each(['', 'a.', '.a', 'a..b', 'a[x]', 'a[', 'a]', '[0]', 'a[-1]', 'a.[0]'])(
    'rejects path %j',
    (path) => {
      expect(codeOf(() => eq(path, 1))).toBe('INVALID_PATH')
    },
  )

  it('rejects invalid segment arrays', () => {
    expect(codeOf(() => eq([], 1))).toBe('INVALID_PATH')
    expect(codeOf(() => eq([0, 'a'], 1))).toBe('INVALID_PATH')
    expect(codeOf(() => eq(['a', -1], 1))).toBe('INVALID_PATH')
    expect(codeOf(() => eq(['a', ''], 1))).toBe('INVALID_PATH')
  })

  it('rejects unknown attribute types', () => {
    expect(codeOf(() => attributeType('a', 'X' as 'S'))).toBe('INVALID_ATTRIBUTE_TYPE')
  })

  it('rejects undefined values naming the attribute', () => {
    try {
      compile(eq('profile.email', undefined))
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ExpressionError)
      expect((error as ExpressionError).code).toBe('UNDEFINED_VALUE')
      expect((error as ExpressionError).path).toBe('profile.email')
    }
  })

  it('builds immutable nodes', () => {
    const condition = eq('a', 1)
    expect(Object.isFrozen(condition)).toBe(true)
    expect(() => {
      ;(condition as { op: string }).op = '<'
    }).toThrow()
  })
})
