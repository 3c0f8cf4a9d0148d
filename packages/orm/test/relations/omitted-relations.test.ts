import { SchemaError } from '@dbtooling/schema'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOrm, isRelationError } from '../../src/index'
import { localClient, uniqueTableName } from '../support'

// Stacks keeps PersonalAccessToken in a framework package: the app folder's User names a model that is not loaded.
const User = {
  name: 'User',
  hasMany: ['Post', 'PersonalAccessToken'],
  attributes: { name: { type: 'string', required: true, fillable: true } },
} as const
const Post = { name: 'Post', belongsTo: ['User'], attributes: { title: { type: 'string' } } } as const

const orm = createOrm({
  models: [User, Post],
  client: localClient(),
  design: { tableName: uniqueTableName('orm-omitted') },
  setDefault: false,
})

beforeAll(() => orm.createTable(), 60_000)
afterAll(() => orm.dropTable())

describe('a relation to a model that is not loaded', () => {
  it('is left out of the design with a warning naming the model and key', () => {
    const warning = orm.design.warnings.find((entry) => entry.code === 'RELATION_TARGET_NOT_LOADED')
    expect(warning?.entity).toBe('User')
    expect(warning?.message).toContain('User.hasMany.PersonalAccessToken')
    expect(Object.keys(orm.design.entities.User?.relations ?? {})).toEqual(['posts'])
  })

  it('is a typed error saying why when used, while the loaded relations work', async () => {
    const users = orm.model('User')
    const ada = await users.create({ name: 'Ada' })
    await orm.model('Post').create({ title: 'hello', userId: ada.id })
    const accessor = ada as unknown as Record<string, () => unknown>
    let caught: unknown = null
    try {
      accessor.personalAccessTokens?.()
    } catch (error) {
      caught = error
    }
    expect(isRelationError(caught)).toBe(true)
    expect(caught).toMatchObject({
      code: 'RELATION_NOT_IN_DESIGN',
      entity: 'User',
      relation: 'personalAccessTokens',
    })
    expect((caught as Error).message).toContain("model 'PersonalAccessToken' is not loaded")
    expect((caught as { hint: string }).hint).toContain('modelsPath accepts a list')
    const posts = (await ada.related('posts')) as unknown as unknown[]
    expect(posts).toHaveLength(1)
  })

  it('fails the design under strict', () => {
    expect(() =>
      createOrm({
        models: [User, Post],
        client: localClient(),
        design: { tableName: uniqueTableName('orm-omitted-strict'), strict: true },
        setDefault: false,
      }),
    ).toThrow(SchemaError)
  })
})
