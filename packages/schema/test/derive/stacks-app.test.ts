import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { deriveDesign, type LoadedModel, loadModels, normalizeModel, SchemaError } from '../../src/index'

const root = fileURLToPath(new URL('../fixtures/stacks-app', import.meta.url))
let app: LoadedModel[]
let all: LoadedModel[]

beforeAll(async () => {
  app = await loadModels({ modelsPath: `${root}/app`, stacksShims: 'always' })
  all = await loadModels({ modelsPath: [`${root}/app`, `${root}/framework`], stacksShims: 'always' })
})

const codes = (design: ReturnType<typeof deriveDesign>, code: string) =>
  design.warnings.filter((warning) => warning.code === code)

describe('a Stacks app whose models live in two folders', () => {
  it('modelsPath takes a list of folders, loaded in order', () => {
    expect(app.map((model) => model.name)).toEqual(['Auction', 'Bid', 'Category', 'User'])
    expect(all.map((model) => model.name)).toEqual([
      'Auction',
      'Bid',
      'Category',
      'User',
      'PersonalAccessToken',
    ])
    const design = deriveDesign(all, { strict: true })
    expect(design.entities.User?.relations.personalAccessTokens?.access.partitionKey.template).toBe(
      'USER#{id}',
    )
    expect(design.entities.User?.omittedRelations).toEqual({})
  })

  it('leaves out a relation to a model that is not loaded, naming file and key', () => {
    const design = deriveDesign(app)
    expect(Object.keys(design.entities.User?.relations ?? {})).toEqual(['auctions', 'bids', 'categories'])
    expect(design.entities.User?.omittedRelations.personalAccessTokens).toMatchObject({
      kind: 'hasMany',
      target: 'PersonalAccessToken',
      key: 'hasMany[2]',
    })
    const [warning] = codes(design, 'RELATION_TARGET_NOT_LOADED')
    expect(warning?.message).toContain('User.hasMany.PersonalAccessToken')
    expect(warning?.message).toContain('stacks-app/app/User.ts > hasMany[2]')
  })

  it('fails under strict with the file and the key', () => {
    let caught: unknown = null
    try {
      deriveDesign(app, { strict: true })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(SchemaError)
    expect(caught).toMatchObject({ code: 'UNKNOWN_RELATION_TARGET', key: 'hasMany[2]', model: 'User' })
    expect((caught as SchemaError).source).toMatch(/stacks-app\/app\/User\.ts$/)
  })

  it('reads snake_case columns as the camelCase attributes they store', () => {
    const design = deriveDesign(all)
    const auction = design.entities.Auction
    const byStatus = auction?.indexKeys.find(
      (keys) => keys.accessPath === 'index:auctions_status_ends_at_index',
    )
    expect(byStatus?.partitionKey.fields).toEqual(['status'])
    expect(byStatus?.sortKey.fields).toEqual(['endsAt', 'id'])
    expect(design.entities.Bid?.relations.bidder?.foreignKey).toBe('userId')
    expect(design.entities.User?.relations.categories?.pivot?.sortKey.fields).toEqual(['categorizableId'])
    const model = normalizeModel(all.find((entry) => entry.name === 'Auction')?.definition)
    expect(model.traits.search).toEqual({
      displayable: ['id', 'title', 'user', 'endsAt'],
      filterable: ['status', 'userId'],
      searchable: ['title'],
      sortable: ['createdAt', 'endsAt'],
    })
  })

  it('reports the traits and options it does not apply, and keeps seed counts and factories', () => {
    const design = deriveDesign(all)
    const notApplied = codes(design, 'NOT_APPLIED').map((warning) => warning.message.split(':')[0])
    expect(notApplied).toEqual([
      'attributes.*.order',
      'dashboard',
      'get.displayName',
      'set.password',
      'traits.billable',
      'traits.observe',
      'traits.useApi',
      'traits.useAuth',
      'traits.useSearch',
      'traits.useSocials',
    ])
    expect(codes(design, 'UUID_OVER_AUTO_INCREMENT')).toHaveLength(1)
    expect(design.entities.User?.traits.generatedId).toEqual({ kind: 'uuidv7' })
    expect(design.entities.User?.traits.seeder).toEqual({ count: 12 })
    expect(design.entities.Bid?.traits.seeder).toEqual({ count: 10 })
    expect(design.entities.Category?.traits.seeder).toBeNull()
    expect(design.entities.User?.attributes.name?.defaultValue).toBe('anonymous')
    const user = normalizeModel(all.find((entry) => entry.name === 'User')?.definition)
    const email = user.attributes.find((attribute) => attribute.name === 'email')
    expect(typeof email?.factory).toBe('function')
    expect(JSON.stringify(design)).not.toContain('faker')
  })

  it('folds an index on a foreign key into the belongsTo entry: 4 GSIs become 3', () => {
    const folded = deriveDesign(all)
    const unfolded = deriveDesign(all, { foldDuplicateIndexes: false })
    expect(unfolded.globalIndexes).toHaveLength(4)
    expect(folded.globalIndexes).toHaveLength(3)
    const bid = folded.entities.Bid
    expect(bid?.indexKeys.map((keys) => keys.accessPath)).toEqual([
      'type',
      'parent:Auction:auctionId',
      'parent:User:userId',
    ])
    expect(codes(folded, 'INDEX_FOLDED').map((warning) => warning.entity)).toEqual(['Auction', 'Bid'])
    expect(codes(unfolded, 'INDEX_FOLDED')).toEqual([])
  })
})

describe('snake_case and folding in other relation forms', () => {
  it('resolves hasMany foreign keys on the target, morph fields, and folds an index into a parent collection', () => {
    const design = deriveDesign([
      {
        name: 'Project',
        hasMany: [
          { model: 'Task', collection: true, foreignKey: 'project_id' },
          { model: 'Note', foreignKey: 'owner_project_id' },
        ],
      },
      {
        name: 'Task',
        indexes: [{ name: 'tasks_project_id_index', columns: ['project_id'] }],
        attributes: { projectId: { required: true }, title: {} },
      },
      {
        name: 'Note',
        morphTo: { name: 'subject', type: 'subject_type', id: 'subject_id' },
        attributes: { ownerProjectId: {}, body: {} },
      },
    ])
    expect(design.entities.Project?.relations.tasks?.foreignKey).toBe('projectId')
    expect(design.entities.Project?.relations.notes?.foreignKey).toBe('ownerProjectId')
    expect(design.entities.Task?.partitionKey.template).toBe('PROJECT#{projectId}')
    expect(design.entities.Task?.indexKeys.map((keys) => keys.accessPath)).toEqual(['type', 'byId'])
    const folded = design.warnings.find((warning) => warning.code === 'INDEX_FOLDED')
    expect(folded?.message).toContain("Project's item collection")
    expect(design.entities.Note?.relations.subject?.morph).toMatchObject({
      typeAttribute: 'subjectType',
      idAttribute: 'subjectId',
    })
  })
})

describe('async attribute setters', () => {
  it('are reported, since setters run on assignment', () => {
    const model = normalizeModel({
      name: 'Member',
      attributes: {
        password: { set: async (value: string) => `hashed:${value}` },
        name: { set: (v: string) => v },
      },
    })
    expect(model.notes.map((note) => note.key)).toEqual(['attributes.password.set'])
  })
})

describe('column names that match two attributes', () => {
  it('are an AMBIGUOUS_COLUMN error naming model, key and both candidates', () => {
    let caught: unknown = null
    try {
      normalizeModel(
        {
          name: 'Event',
          indexes: [{ name: 'byVenue', columns: ['venue_id'] }],
          attributes: { venueId: { type: 'string' }, venue_id: { type: 'string' } },
        },
        'app/Models/Event.ts',
      )
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(SchemaError)
    expect(caught).toMatchObject({ code: 'AMBIGUOUS_COLUMN', model: 'Event', key: 'indexes[0].columns[0]' })
    expect((caught as SchemaError).message).toContain("'venueId' and 'venue_id'")
  })

  it('and names that match none are BAD_INDEX with the known attributes', () => {
    let caught: unknown = null
    try {
      deriveDesign([
        { name: 'Event', indexes: [{ name: 'byVenue', columns: ['venu_id'] }], attributes: { venueId: {} } },
      ])
    } catch (error) {
      caught = error
    }
    expect(caught).toMatchObject({ code: 'BAD_INDEX', key: 'indexes[0]' })
    expect((caught as SchemaError).hint).toContain('venueId')
  })
})
