import { describe, expect, it } from 'vitest'
import {
  type DesignOptions,
  deriveDesign,
  type ModelInput,
  normalizeModel,
  SchemaError,
} from '../../src/index'

function rejection(models: readonly ModelInput[], options: DesignOptions = {}): SchemaError {
  try {
    deriveDesign(models, options)
  } catch (error) {
    if (error instanceof SchemaError) return error
    throw error
  }
  throw new Error('expected deriveDesign to throw')
}

const loaded = (definition: Record<string, unknown>, source: string): ModelInput => ({ definition, source })

describe('SchemaError', () => {
  it('names the model file and key and suggests close model names (strict)', () => {
    const error = rejection(
      [
        loaded({ name: 'User', hasMany: ['Psot'] }, 'app/Models/User.ts'),
        loaded({ name: 'Post' }, 'app/Models/Post.ts'),
      ],
      { strict: true },
    )
    expect(error.code).toBe('UNKNOWN_RELATION_TARGET')
    expect(error.source).toBe('app/Models/User.ts')
    expect(error.key).toBe('hasMany[0]')
    expect(error.hint).toContain("'Post'")
    expect(error.message).toMatch(/^app\/Models\/User\.ts > hasMany\[0\]: hasMany names unknown model 'Psot'/)
  })

  it('lists known models when nothing is close', () => {
    const error = rejection([{ name: 'User', belongsTo: ['Zebra'] }, { name: 'Team' }], { strict: true })
    expect(error.code).toBe('UNKNOWN_RELATION_TARGET')
    expect(error.hint).toMatch(/^known models: Team, User \(/)
  })

  it('rejects duplicate entity names, pointing at both files', () => {
    const error = rejection([loaded({ name: 'User' }, 'a/User.ts'), loaded({ name: 'User' }, 'b/User.ts')])
    expect(error).toMatchObject({ code: 'DUPLICATE_ENTITY', model: 'User' })
    expect(error.hint).toContain('a/User.ts')
  })

  it('rejects duplicate key prefixes and the reserved guard prefix', () => {
    expect(rejection([{ name: 'User' }, { name: 'Member' }], { prefixes: { Member: 'USER' } })).toMatchObject(
      {
        code: 'DUPLICATE_PREFIX',
      },
    )
    expect(rejection([{ name: 'Unique' }])).toMatchObject({ code: 'DUPLICATE_PREFIX', model: 'Unique' })
    expect(rejection([{ name: 'User' }], { prefixes: { User: 'US#R' } })).toMatchObject({
      code: 'DUPLICATE_PREFIX',
    })
    expect(rejection([{ name: 'User' }], { prefixes: { Usr: 'U' } })).toMatchObject({
      code: 'INVALID_OPTIONS',
    })
  })

  it('rejects a primary key that is not a declared attribute', () => {
    const error = rejection([
      { name: 'User', primaryKey: 'email', attributes: { emial: { type: 'string' } } },
    ])
    expect(error).toMatchObject({ code: 'PRIMARY_KEY_NOT_ATTRIBUTE', key: 'primaryKey' })
    expect(error.hint).toContain("'emial'")
    expect(() => deriveDesign([{ name: 'User', primaryKey: 'email' }])).not.toThrow()
    expect(() => deriveDesign([{ name: 'User', attributes: { name: {} } }])).not.toThrow()
  })

  it('rejects two entities whose key templates can render the same key', () => {
    const error = rejection([
      { name: 'Invoice', keys: { pk: 'DOC#{id}' } },
      { name: 'Receipt', keys: { pk: 'DOC#{id}' } },
    ])
    expect(error.code).toBe('CONFLICTING_KEY_PATTERN')
    expect(error.message).toContain("'Receipt' and 'Invoice'")
  })

  it('rejects designs that need more GSIs than allowed', () => {
    const models = [{ name: 'Team' }, { name: 'Org' }, { name: 'User', belongsTo: ['Team', 'Org'] }]
    expect(rejection(models, { maxGlobalIndexes: 2 })).toMatchObject({ code: 'TOO_MANY_GSIS', model: 'User' })
    expect(rejection(models, { gsiCount: 2 })).toMatchObject({ code: 'TOO_MANY_GSIS' })
    expect(deriveDesign(models, { gsiCount: 5 }).globalIndexes).toHaveLength(5)
    const indexes = Array.from({ length: 20 }, (_, n) => ({ name: `by${n}`, columns: [`c${n}`] }))
    expect(rejection([{ name: 'Wide', indexes }])).toMatchObject({ code: 'TOO_MANY_GSIS', model: 'Wide' })
  })

  it('rejects more than five LSIs', () => {
    const indexes = Array.from({ length: 6 }, (_, n) => ({
      name: `sort${n}`,
      columns: [`c${n}`],
      local: true,
    }))
    const error = rejection([
      { name: 'List', hasMany: [{ model: 'Entry', collection: true }] },
      { name: 'Entry', indexes },
    ])
    expect(error).toMatchObject({ code: 'TOO_MANY_LSIS', model: 'Entry' })
  })

  it.each([
    ['unknown field', { pk: 'TENANT#{tenantId}', sk: 'USER#{id}' }, 'not an attribute'],
    ['primary key left out', { pk: 'TENANT#{name}' }, "omit primary key field 'id'"],
    ['bad syntax', { pk: 'TENANT#{name' }, 'unbalanced'],
    ['no placeholder in pk', { pk: 'USERS', sk: 'USER#{id}' }, 'one partition'],
    ['placeholders not separated', { pk: 'USER#{id}{name}' }, 'must be followed'],
  ])('rejects bad custom key templates: %s', (_, keys, text) => {
    const error = rejection([{ name: 'User', keys, attributes: { id: {}, name: {} } }])
    expect(error.code).toBe('BAD_KEY_TEMPLATE')
    expect(error.message).toContain(text)
  })

  it('rejects indexes over unknown columns', () => {
    const error = rejection([
      { name: 'Post', indexes: [{ name: 'byStatus', columns: ['stauts'] }], attributes: { status: {} } },
    ])
    expect(error).toMatchObject({ code: 'BAD_INDEX', key: 'indexes[0]' })
    expect(error.hint).toContain("'status'")
  })

  it('rejects morph relations without a matching morphTo', () => {
    expect(rejection([{ name: 'Post', morphMany: ['Comment'] }, { name: 'Comment' }])).toMatchObject({
      code: 'UNKNOWN_MORPH',
    })
    const named = rejection([
      { name: 'Post', morphMany: [{ model: 'Comment', morphName: 'comentable' }] },
      { name: 'Comment', morphTo: 'commentable' },
    ])
    expect(named.code).toBe('UNKNOWN_MORPH')
    expect(named.hint).toContain("'commentable'")
  })

  it('rejects relations the design cannot read with one request', () => {
    expect(
      rejection([
        { name: 'Key', primaryKey: ['a', 'b'] },
        { name: 'Use', belongsTo: ['Key'] },
      ]),
    ).toMatchObject({
      code: 'BAD_RELATION',
    })
    expect(
      rejection([{ name: 'User' }, { name: 'Post', belongsTo: [{ model: 'User', localKey: 'email' }] }]),
    ).toMatchObject({
      code: 'BAD_RELATION',
    })
    const custom = rejection([
      { name: 'Post', keys: { pk: 'P#{id}', sk: 'META' }, morphMany: ['Comment'] },
      { name: 'Comment', morphTo: 'commentable' },
    ])
    expect(custom).toMatchObject({ code: 'BAD_RELATION', model: 'Post' })
  })

  it('rejects impossible item collections', () => {
    const twoParents = rejection([
      { name: 'User', hasMany: [{ model: 'Post', collection: true }] },
      { name: 'Blog', hasMany: [{ model: 'Post', collection: true }] },
      { name: 'Post' },
    ])
    expect(twoParents.code).toBe('COLLECTION_CONFLICT')
    const cycle = rejection([
      { name: 'A', hasMany: [{ model: 'B', collection: true }] },
      { name: 'B', hasMany: [{ model: 'A', collection: true }] },
    ])
    expect(cycle.code).toBe('COLLECTION_CONFLICT')
    const custom = rejection([
      { name: 'User', hasMany: [{ model: 'Post', collection: true }] },
      { name: 'Post', keys: { pk: 'P#{id}' } },
    ])
    expect(custom.code).toBe('COLLECTION_CONFLICT')
  })

  it('rejects unreadable model shapes', () => {
    const invalid = (raw: unknown) => {
      try {
        normalizeModel(raw, 'models/Bad.ts')
      } catch (error) {
        return error
      }
      return null
    }
    for (const raw of [
      null,
      { name: 'Bad Name' },
      { name: 42 },
      { name: 'User', attributes: [] },
      { name: 'User', hasMany: [42] },
      { name: 'User', primaryKey: [] },
      { name: 'User', indexes: [{ name: 'x' }] },
      { name: 'User', keys: { sk: 'X#{id}' } },
    ]) {
      expect(invalid(raw)).toMatchObject({ code: 'INVALID_MODEL', source: 'models/Bad.ts' })
    }
  })

  it('rejects models that disagree on the table TTL attribute', () => {
    const error = rejection([
      { name: 'Session', traits: { useTtl: true } },
      { name: 'Token', traits: { useTtl: { attribute: 'expiresAt' } } },
    ])
    expect(error).toMatchObject({ code: 'INVALID_MODEL', key: 'traits.useTtl', model: 'Token' })
  })

  it('rejects options DynamoDB cannot honour', () => {
    expect(rejection([], { maxGlobalIndexes: 21 })).toMatchObject({ code: 'INVALID_OPTIONS' })
    expect(rejection([], { maxLocalIndexes: 6 })).toMatchObject({ code: 'INVALID_OPTIONS' })
    expect(rejection([], { gsiCount: 1.5 })).toMatchObject({ code: 'INVALID_OPTIONS' })
    expect(rejection([], { gsiNamePattern: 'GSI' })).toMatchObject({ code: 'INVALID_OPTIONS' })
    expect(rejection([], { sortKey: 'pk' })).toMatchObject({ code: 'INVALID_OPTIONS' })
    // DynamoDB table names: 3-255 of [a-zA-Z0-9_.-]; refused here instead of as a ValidationException later.
    for (const tableName of ['ab', 'my table', 'app#1', 'x'.repeat(256), '']) {
      expect(rejection([], { tableName })).toMatchObject({ code: 'INVALID_OPTIONS', key: 'tableName' })
    }
    expect(() => deriveDesign([], { tableName: 'my-app.v2_test' })).not.toThrow()
    expect(
      rejection([{ name: 'A' }], { globalIndexes: [{ name: 'GSI1', partitionKey: 'x', sortKey: 'y' }] }),
    ).toMatchObject({
      code: 'INVALID_OPTIONS',
    })
  })
})
