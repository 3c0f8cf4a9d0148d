import { isRecord, type Loose } from './guards'
import type { NormalizedTraits } from './normalized'
import { DEFAULT_TRAIT_DEFAULTS, type TraitDefaults } from './trait-defaults'

const TIMESTAMP_FORMATS = ['iso', 'unix', 'unixMs'] as const
const ID_KINDS = ['uuid', 'uuidv7', 'ulid', 'nanoid'] as const

/** Reads Stacks traits (both `useX` and the older `xable` spellings); unknown traits are ignored. */
export function normalizeTraits(
  raw: unknown,
  defaults: TraitDefaults = DEFAULT_TRAIT_DEFAULTS,
): NormalizedTraits {
  const traits: Loose = isRecord(raw) ? raw : {}
  const softDeletes = traits.useSoftDeletes ?? traits.softDeletable ?? defaults.softDeletesByDefault
  return {
    timestamps: timestamps(traits.useTimestamps ?? traits.timestampable, defaults),
    softDeletes: named(softDeletes, defaults.softDeleteAttribute),
    uuid: uuid(traits.useUuid, defaults),
    ttl: named(traits.useTtl, defaults.ttlAttribute),
    versioning: named(traits.useVersioning, defaults.versionAttribute),
  }
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
