import { describe, expect, it } from 'vitest'
import {
  camelName,
  defaultRelationName,
  entityPrefix,
  normalizeModel,
  pluralize,
  stacksSchema,
} from '../../src/index'

describe('normalizeModel', () => {
  it('fills defaults for a bare model', () => {
    expect(normalizeModel({ name: 'User' })).toEqual({
      name: 'User',
      source: null,
      table: null,
      primaryKey: ['id'],
      autoIncrement: true,
      declaresAttributes: false,
      attributes: [],
      traits: {
        timestamps: null,
        softDeletes: null,
        uuid: null,
        ttl: null,
        versioning: null,
        seeder: null,
        search: null,
      },
      relations: [],
      indexes: [],
      keys: null,
      bucket: null,
      notes: [],
      shards: null,
      typeIndex: true,
    })
  })

  it('reads relations written as strings, lists or objects, with Laravel-style names and keys', () => {
    const model = normalizeModel({
      name: 'User',
      belongsTo: 'Team',
      hasMany: ['Post', { model: 'Category', relationName: 'topics', foreignKey: 'ownerId' }],
      hasOne: 'Profile',
      belongsToMany: [{ model: 'Role', pivotTable: 'role_user', relatedKey: 'rid' }],
      morphMany: [{ model: 'Image', morphName: 'imageable' }],
      morphTo: { name: 'subject', type: 'subjectKind' },
    })
    const byName = Object.fromEntries(model.relations.map((relation) => [relation.name, relation]))
    expect(model.relations.map((relation) => relation.name)).toEqual([
      'images',
      'posts',
      'profile',
      'roles',
      'subject',
      'team',
      'topics',
    ])
    expect(byName.team).toMatchObject({
      kind: 'belongsTo',
      target: 'Team',
      foreignKey: 'teamId',
      localKey: null,
      path: 'belongsTo[0]',
    })
    expect(byName.posts).toMatchObject({ kind: 'hasMany', foreignKey: 'userId' })
    expect(byName.topics).toMatchObject({
      kind: 'hasMany',
      target: 'Category',
      foreignKey: 'ownerId',
      path: 'hasMany[1]',
    })
    expect(byName.profile).toMatchObject({ kind: 'hasOne', foreignKey: 'userId' })
    expect(byName.roles).toMatchObject({
      foreignKey: 'userId',
      relatedKey: 'rid',
      pivot: { table: 'role_user', attributes: [] },
    })
    expect(byName.images).toMatchObject({
      foreignKey: 'imageableId',
      morph: { typeAttribute: 'imageableType', idAttribute: 'imageableId' },
    })
    expect(byName.subject).toMatchObject({
      kind: 'morphTo',
      target: null,
      morph: { typeAttribute: 'subjectKind', idAttribute: 'subjectId' },
    })
  })

  it('reads traits in both spellings, with options objects, and ignores unknown traits', () => {
    const model = normalizeModel({
      name: 'Post',
      traits: {
        timestampable: { createdAt: 'created', format: 'unixMs' },
        softDeletable: true,
        useUuid: { kind: 'ulid' },
        useTtl: { attribute: 'expiresAt' },
        useVersioning: true,
        taggable: true,
        useSearch: { searchable: ['title'] },
      },
    })
    expect(model.traits).toEqual({
      timestamps: { createdAt: 'created', updatedAt: 'updatedAt', format: 'unixMs' },
      softDeletes: { attribute: 'deletedAt' },
      uuid: { kind: 'ulid' },
      ttl: { attribute: 'expiresAt' },
      versioning: { attribute: '_v' },
      seeder: null,
      search: { displayable: [], filterable: [], searchable: ['title'], sortable: [] },
    })
  })

  it('applies trait defaults from config when a trait does not name its fields', () => {
    const model = normalizeModel(
      { name: 'Post', traits: { useTimestamps: true, useVersioning: true } },
      null,
      {
        createdAt: 'created_at',
        updatedAt: 'updated_at',
        timestampFormat: 'unix',
        softDeleteAttribute: 'removedAt',
        softDeletesByDefault: true,
        ttlAttribute: 'expires',
        versionAttribute: 'version',
        idKind: 'nanoid',
      },
    )
    expect(model.traits.timestamps).toEqual({
      createdAt: 'created_at',
      updatedAt: 'updated_at',
      format: 'unix',
    })
    expect(model.traits.softDeletes).toEqual({ attribute: 'removedAt' })
    expect(model.traits.versioning).toEqual({ attribute: 'version' })
  })

  it('infers attribute types from type, cast, rule or default and keeps flags', () => {
    const model = normalizeModel({
      name: 'Item',
      attributes: {
        count: { cast: 'integer' },
        price: { validation: { rule: 'decimal|min:0' } },
        active: { default: true },
        tags: { type: 'set' },
        title: { required: true, fillable: true, unique: true, hidden: false, default: 'x' },
        meta: { default: { a: 1 } },
      },
    })
    const types = Object.fromEntries(model.attributes.map((attribute) => [attribute.name, attribute.type]))
    expect(types).toEqual({
      active: 'boolean',
      count: 'number',
      meta: 'string',
      price: 'number',
      tags: 'set',
      title: 'string',
    })
    expect(model.attributes.map((attribute) => attribute.name)).toEqual([
      'active',
      'count',
      'meta',
      'price',
      'tags',
      'title',
    ])
    expect(model.attributes.find((attribute) => attribute.name === 'title')).toMatchObject({
      required: true,
      fillable: true,
      unique: true,
      defaultValue: 'x',
    })
    expect(model.attributes.find((attribute) => attribute.name === 'meta')?.defaultValue).toBeNull()
  })

  it('describes rule strings and Stacks validator chains as serializable rules', () => {
    const model = normalizeModel({
      name: 'User',
      attributes: {
        name: { validation: { rule: 'required|string|between:2,50', message: 'bad name' } },
        email: {
          validation: { rule: stacksSchema.string().email().required(), message: { email: 'not an email' } },
        },
      },
    })
    const name = model.attributes.find((attribute) => attribute.name === 'name')
    expect(name?.validation).toEqual([
      { rule: 'required', args: [], message: 'bad name' },
      { rule: 'string', args: [], message: 'bad name' },
      { rule: 'between', args: [2, 50], message: 'bad name' },
    ])
    expect(name?.required).toBe(true)
    const email = model.attributes.find((attribute) => attribute.name === 'email')
    expect(email?.validation).toContainEqual({ rule: 'email', args: [], message: 'not an email' })
    expect(email?.required).toBe(true)
    expect(email?.type).toBe('string')
  })

  it('keeps attribute factories on the model (not in JSON) and reports options it does not apply', () => {
    const factory = () => 'x'
    const model = normalizeModel({
      name: 'User',
      dashboard: { highlight: true },
      attributes: {
        name: {
          factory,
          get: (value: string) => value.trim(),
          set: (value: string) => value,
          order: 3,
        },
      },
    })
    expect(model.attributes[0]?.factory).toBe(factory)
    const { factory: _kept, ...plain } = model.attributes[0]!
    expect(JSON.parse(JSON.stringify({ ...model, attributes: [plain] }))).toEqual({
      ...model,
      attributes: [plain],
    })
    expect(model.notes.map((note) => note.key)).toEqual(['attributes.*.order', 'dashboard'])
  })
})

describe('naming', () => {
  it.each([
    ['User', 'USER'],
    ['OrderItem', 'ORDER_ITEM'],
    ['Oauth2Client', 'OAUTH2_CLIENT'],
    ['HTTPLog', 'HTTPLOG'],
    ['personalAccessToken', 'PERSONAL_ACCESS_TOKEN'],
  ])('prefixes %s as %s', (name, prefix) => {
    expect(entityPrefix(name)).toBe(prefix)
  })

  it('names relations like Laravel', () => {
    expect(defaultRelationName('hasMany', 'Category')).toBe('categories')
    expect(defaultRelationName('belongsToMany', 'Box')).toBe('boxes')
    expect(defaultRelationName('hasMany', 'Day')).toBe('days')
    expect(defaultRelationName('hasOne', 'Profile')).toBe('profile')
    expect(defaultRelationName('belongsTo', 'OrderItem')).toBe('orderItem')
    expect(pluralize('match')).toBe('matches')
    expect(camelName('Team')).toBe('team')
  })
})
