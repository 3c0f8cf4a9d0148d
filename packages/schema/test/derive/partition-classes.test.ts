import { describe, expect, it } from 'vitest'
import {
  type DesignOptions,
  deriveDesign,
  designOptionsFromConfig,
  fnv1a32,
  type ModelDefinition,
  renderMarkdown,
  resolveConfig,
  SchemaError,
  shardOf,
} from '../../src/index'

const Team: ModelDefinition = { name: 'Team', attributes: { name: { required: true } } }
const Event: ModelDefinition = {
  name: 'Event',
  traits: { useTimestamps: true },
  belongsTo: ['Team'],
  attributes: {
    teamId: { required: true },
    status: { required: true },
    code: { unique: true },
  },
  indexes: [
    { name: 'byStatus', columns: ['status', 'createdAt'], shards: 4 },
    { name: 'byCode', columns: ['code'] },
  ],
  shards: 8,
}

const { shards: _shards, ...UnshardedEvent } = Event

const derive = (models: ModelDefinition[], options: DesignOptions = {}) =>
  deriveDesign(models, { tableName: 'classes', ...options })
const entry = (design: ReturnType<typeof derive>, entity: string, path: string) =>
  design.entities[entity]!.indexKeys.find((keys) => keys.accessPath === path)!

describe('partition cardinality classes', () => {
  const design = derive([Team, Event])

  it('labels list-by-type one, a shared attribute few, foreign keys and unique values per-item', () => {
    expect(entry(design, 'Event', 'type').cardinality).toBe('one')
    expect(entry(design, 'Event', 'index:byStatus').cardinality).toBe('few')
    expect(entry(design, 'Event', 'index:byCode').cardinality).toBe('per-item')
    expect(entry(design, 'Event', 'parent:Team:teamId').cardinality).toBe('per-item')
  })

  it('warns where unsharded entries concentrate writes under a growing sort key', () => {
    const warning = design.warnings.find((w) => w.code === 'WRITES_CONCENTRATE' && w.entity === 'Event')
    expect(warning).toBeUndefined()
    const unsharded = derive([Team, { ...UnshardedEvent, indexes: [] }])
    const hot = unsharded.warnings.find((w) => w.code === 'WRITES_CONCENTRATE' && w.entity === 'Event')
    expect(hot?.message).toContain('list by type, one partition value')
    expect(hot?.suggestion).toContain('shards: 4')
  })

  it('shows cardinality and shards in the access-pattern docs', () => {
    const markdown = renderMarkdown(design)
    expect(markdown).toContain('one partition value, 8 write shards (fnv1a32 of id)')
    expect(markdown).toContain('few partition values, 4 write shards')
    const list = design.accessPatterns.find((p) => p.entity === 'Event' && p.kind === 'listAll')
    expect(list?.keyCondition).toBe(
      'gsi1pk = EVENT on each of 8 shards (gsi1pk suffix #0 .. #7), merged by gsi1sk',
    )
  })
})

describe('write shards', () => {
  it('keeps shards in the design: per model (type index), per index entry, from the design default', () => {
    const design = derive([Team, Event])
    expect(entry(design, 'Event', 'type').shards).toEqual({ count: 8, hash: 'fnv1a32', fields: ['id'] })
    expect(entry(design, 'Event', 'index:byStatus').shards).toEqual({
      count: 4,
      hash: 'fnv1a32',
      fields: ['id'],
    })
    expect(entry(design, 'Event', 'index:byCode').shards).toBeNull()
    expect(entry(design, 'Team', 'type').shards).toBeNull()
    const defaulted = derive([Team, Event], { shards: 3 })
    expect(entry(defaulted, 'Team', 'type').shards?.count).toBe(3)
    expect(entry(defaulted, 'Event', 'type').shards?.count).toBe(8)
  })

  it('takes the default from dbtooling config (singleTableDesign.typeIndexShards)', () => {
    const config = resolveConfig({ tableName: 'classes', singleTableDesign: { typeIndexShards: 5 } })
    const design = deriveDesign([Team], designOptionsFromConfig(config))
    expect(entry(design, 'Team', 'type').shards?.count).toBe(5)
  })

  it('changing shards changes the serialized design (so migrations can diff it)', () => {
    const four = JSON.stringify(derive([Team, { ...Event, shards: 4 }]))
    const eight = JSON.stringify(derive([Team, Event]))
    expect(four).not.toBe(eight)
  })

  it('rejects a shard count that is not a whole number from 1 to 100, and shards on a local index', () => {
    const bad = (model: ModelDefinition) => () => derive([Team, model])
    expect(bad({ ...Event, shards: 0 })).toThrow(/'shards' must be a whole number from 1 to 100/)
    expect(bad({ ...Event, shards: 2.5 })).toThrow(SchemaError)
    expect(bad({ ...Event, indexes: [{ name: 'x', columns: ['status'], shards: 101 }] })).toThrow(
      /indexes\[0\]\.shards/,
    )
    expect(bad({ ...Event, indexes: [{ name: 'x', columns: ['status'], local: true, shards: 2 }] })).toThrow(
      /local index .* cannot be sharded/,
    )
    expect(() => derive([Team], { shards: 0 })).toThrow(/invalid design option 'shards'/)
  })

  it('hashes with FNV-1a 32 (reference vectors) over the primary key text, mod N', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5)
    expect(fnv1a32('a')).toBe(0xe40c292c)
    expect(fnv1a32('foobar')).toBe(0xbf9cf968)
    expect(fnv1a32('é')).toBe(fnv1a32('\u00e9'))
    const shards = { count: 8, hash: 'fnv1a32' as const, fields: ['a', 'b'] }
    expect(shardOf(shards, { a: 'x', b: 1 }, '#')).toBe(fnv1a32('x#1') % 8)
  })
})

describe('typeIndex: false', () => {
  it('drops the list-by-type entry of that model only, and says how to list it back', () => {
    const design = derive([Team, { ...UnshardedEvent, typeIndex: false }])
    expect(entry(design, 'Event', 'type')).toBeUndefined()
    expect(design.entities.Event!.typeIndex).toBe(false)
    expect(design.entities.Event!.access.list).toBeNull()
    expect(entry(design, 'Team', 'type')).toBeDefined()
    const warning = design.warnings.find((w) => w.code === 'SCAN_FOR_LIST' && w.entity === 'Event')
    expect(warning?.suggestion).toBe('remove typeIndex: false from Event')
  })

  it('rejects a non-boolean', () => {
    expect(() => derive([{ ...Team, typeIndex: 'no' } as unknown as ModelDefinition])).toThrow(
      /'typeIndex' must be true or false/,
    )
  })
})
