import { describe, expect, it } from 'vitest'
import {
  createOrm,
  getDefaultOrm,
  MissingOrmError,
  Model,
  setDefaultOrm,
  UnknownModelError,
} from '../../src/index'
import { authorDefinition } from '../fixtures/unit-orm'

const offline = {
  endpoint: 'http://127.0.0.1:9',
  region: 'us-east-1',
  credentials: { accessKeyId: 'x', secretAccessKey: 'y' },
}

describe('createOrm', () => {
  it('accepts loaded model files, naming them after the file when the definition has no name', () => {
    const orm = createOrm({
      models: [
        {
          definition: { attributes: { body: { type: 'string' } } },
          name: 'Note',
          source: '/app/Models/Note.ts',
        },
      ],
      clientConfig: offline,
      setDefault: false,
    })
    expect(Object.keys(orm.design.entities)).toEqual(['Note'])
    expect(orm.ctx.entity('Note').design.partitionKey.template).toBe('NOTE#{id}')
  })

  it('takes table and key names from config, design options winning', () => {
    const orm = createOrm({
      models: [authorDefinition],
      clientConfig: offline,
      config: {
        tableName: 'app',
        tableNamePrefix: 'dev-',
        singleTableDesign: { partitionKey: 'PK', sortKey: 'SK' },
      },
      setDefault: false,
    })
    expect(orm.tableName).toBe('dev-app')
    expect(orm.createTableInput().KeySchema[0]).toEqual({ AttributeName: 'PK', KeyType: 'HASH' })
    const renamed = createOrm({
      models: [authorDefinition],
      clientConfig: offline,
      config: { tableName: 'app' },
      design: { tableName: 'override' },
      setDefault: false,
    })
    expect(renamed.tableName).toBe('override')
  })

  it('names unknown models with a hint', () => {
    const orm = createOrm({ models: [authorDefinition], clientConfig: offline, setDefault: false })
    expect(() => orm.ctx.entity('author')).toThrow(UnknownModelError)
    expect(() => orm.ctx.entity('author')).toThrow(/Unknown model 'author'/)
  })

  it('binds unbound model classes to the default ORM, and says so when there is none', () => {
    const previous = getDefaultOrm()
    setDefaultOrm(null)
    const Author = Model(authorDefinition)
    expect(() => new Author({ name: 'x' })).toThrow(MissingOrmError)
    const orm = createOrm({ models: [authorDefinition], clientConfig: offline })
    expect(new Author({ name: 'Ada' }).name).toBe('Ada')
    // The class that was used becomes the one queries hydrate into.
    expect(orm.model('Author')).toBe(Author)
    setDefaultOrm(previous)
  })
})
