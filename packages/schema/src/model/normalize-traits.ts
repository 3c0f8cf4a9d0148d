import { invalid, isRecord, type Loose, type Where } from './guards'
import type { NormalizedTraits } from './normalized'
import { DEFAULT_TRAIT_DEFAULTS, type TraitDefaults } from './trait-defaults'

const TIMESTAMP_FORMATS = ['iso', 'unix', 'unixMs'] as const
const ID_KINDS = ['uuid', 'uuidv7', 'ulid', 'nanoid'] as const

/** Reads Stacks traits (both `useX` and the older `xable` spellings); unknown traits are ignored. */
export function normalizeTraits(
  raw: unknown,
  defaults: TraitDefaults = DEFAULT_TRAIT_DEFAULTS,
  where: Where = { model: null, source: null },
): NormalizedTraits {
  const traits: Loose = isRecord(raw) ? raw : {}
  const softDeletes = traits.useSoftDeletes ?? traits.softDeletable ?? defaults.softDeletesByDefault
  return {
    timestamps: timestamps(traits.useTimestamps ?? traits.timestampable, defaults),
    softDeletes: named(softDeletes, defaults.softDeleteAttribute),
    uuid: uuid(traits.useUuid, defaults),
    ttl: named(traits.useTtl, defaults.ttlAttribute),
    versioning: named(traits.useVersioning, defaults.versionAttribute),
    seeder: seeder(where, traits.useSeeder ?? traits.seedable),
    search: search(traits.useSearch ?? traits.searchable),
  }
}

/** Stacks seeds 10 rows unless `useSeeder: { count }` says otherwise; the seeders read the count. */
export const DEFAULT_SEED_COUNT = 10

function seeder(where: Where, value: unknown): NormalizedTraits['seeder'] {
  if (!value) return null
  const count = isRecord(value) && value.count !== undefined ? value.count : DEFAULT_SEED_COUNT
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0) return { count }
  throw invalid(
    where,
    'traits.useSeeder.count',
    'the seed count must be a whole number from 0',
    'useSeeder: { count: 10 }',
  )
}

const SEARCH_LISTS = ['displayable', 'filterable', 'searchable', 'sortable'] as const

/** Column lists of `useSearch`, as written (resolved to attribute names with the model's columns). */
function search(value: unknown): NormalizedTraits['search'] {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  const lists = {} as Record<(typeof SEARCH_LISTS)[number], string[]>
  for (const list of SEARCH_LISTS) {
    const raw = options[list]
    lists[list] = Array.isArray(raw) ? raw.filter((name): name is string => typeof name === 'string') : []
  }
  return lists
}

function timestamps(value: unknown, defaults: TraitDefaults): NormalizedTraits['timestamps'] {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  const format =
    TIMESTAMP_FORMATS.find((candidate) => candidate === options.format) ?? defaults.timestampFormat
  return {
    createdAt: typeof options.createdAt === 'string' ? options.createdAt : defaults.createdAt,
    updatedAt: typeof options.updatedAt === 'string' ? options.updatedAt : defaults.updatedAt,
    format,
  }
}

function named(value: unknown, fallback: string): { attribute: string } | null {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  return { attribute: typeof options.attribute === 'string' ? options.attribute : fallback }
}

function uuid(value: unknown, defaults: TraitDefaults): NormalizedTraits['uuid'] {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  return { kind: ID_KINDS.find((candidate) => candidate === options.kind) ?? defaults.idKind }
}
