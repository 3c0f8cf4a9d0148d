import { describe, expect, it } from 'vitest'
import * as orm from '../../src/index'

/** Every error class the package exports, found by name so a new one cannot be forgotten here. */
type ErrorClass = abstract new (...args: never[]) => Error
const isErrorClass = (value: unknown): value is ErrorClass =>
  typeof value === 'function' && (value as { prototype?: unknown }).prototype instanceof Error
const errorClasses = Object.entries(orm as Record<string, unknown>).flatMap(([name, value]) =>
  name.endsWith('Error') && isErrorClass(value) ? [[name, value] as const] : [],
)

describe('ORM errors', () => {
  it('all share the OrmError base, so one isOrmError() check and one `code` switch cover them', () => {
    expect(errorClasses.length).toBeGreaterThan(20)
    const outside = errorClasses.filter(
      ([name, cls]) => name !== 'OrmError' && !(cls.prototype instanceof orm.OrmError),
    )
    expect(outside.map(([name]) => name)).toEqual([])
  })

  it('carry a code, a hint and a JSON form without secrets', () => {
    const error = new orm.UnsavedModelError('User', 'increment')
    expect(orm.isOrmError(error)).toBe(true)
    expect(error.toJSON()).toEqual({
      name: 'UnsavedModelError',
      code: 'UNSAVED_MODEL',
      message: 'increment needs a stored User; this instance was never saved',
      hint: 'save() the model first, or use the class form with a key.',
      requestId: undefined,
    })
    const query = new orm.QueryError('INVALID_WHERE', 'bad where', { hint: 'fix it', entity: 'User' })
    expect(query).toMatchObject({ code: 'INVALID_WHERE', hint: 'fix it', entity: 'User', name: 'QueryError' })
  })
})
