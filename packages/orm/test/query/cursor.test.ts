import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from '../../src/query/execute/cursor'
import { compileQuery, InvalidCursorError } from '../../src/query/index'
import { testDesign } from './fixtures'
import { builders } from './unit-context'

const { users } = builders()
const design = testDesign()
const compiledFor = (teamId: string) => compileQuery(design, users.where('teamId', teamId).description)

describe('cursors', () => {
  const compiled = compiledFor('t1')
  const key = { pk: 'USER#u9', sk: 'USER#u9', gsi2pk: 'TEAM#t1', gsi2sk: 'USER#u9' }

  it('round-trips an opaque, URL-safe cursor', () => {
    const cursor = encodeCursor(key, compiled, undefined)
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/)
    expect(cursor).not.toContain('USER#')
    expect(decodeCursor(cursor, compiled, undefined, 'User')).toEqual(key)
  })

  it('rejects an edited payload', () => {
    const cursor = encodeCursor(key, compiled, undefined)
    const [payload, tag] = cursor.split('.') as [string, string]
    const forged = Buffer.from(JSON.stringify({ ...key, pk: 'USER#u1' })).toString('base64url')
    expect(() => decodeCursor(`${forged}.${tag}`, compiled, undefined, 'User')).toThrow(InvalidCursorError)
    const flipped = payload.slice(0, -1) + (payload.endsWith('A') ? 'B' : 'A')
    expect(() => decodeCursor(`${flipped}.${tag}`, compiled, undefined, 'User')).toThrow(InvalidCursorError)
  })

  it('rejects a cursor from another query shape or another secret', () => {
    const cursor = encodeCursor(key, compiled, undefined)
    expect(() => decodeCursor(cursor, compiledFor('t2'), undefined, 'User')).toThrow(/another query/)
    const signed = encodeCursor(key, compiled, 'secret-a')
    expect(decodeCursor(signed, compiled, 'secret-a', 'User')).toEqual(key)
    expect(() => decodeCursor(signed, compiled, 'secret-b', 'User')).toThrow(InvalidCursorError)
  })

  it('rejects garbage with a typed error', () => {
    for (const bad of ['', 'abc', 'a.b.c', '.x', '!!!.???']) {
      try {
        decodeCursor(bad, compiled, undefined, 'User')
        expect.unreachable()
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidCursorError)
        expect((error as InvalidCursorError).code).toBe('INVALID_CURSOR')
      }
    }
  })

  it('rejects a signed payload that lacks the key attributes', () => {
    const partial = encodeCursor({ pk: 'USER#1' }, compiled, undefined)
    expect(() => decodeCursor(partial, compiled, undefined, 'User')).toThrow(/gsi2pk|sk/)
  })
})
