import { isRecord, type Loose } from './guards'
import type { NormalizedTraits } from './normalized'

const TIMESTAMP_FORMATS = ['iso', 'unix', 'unixMs'] as const
const ID_KINDS = ['uuid', 'uuidv7', 'ulid', 'nanoid'] as const

/** Reads Stacks traits (both `useX` and the older `xable` spellings); unknown traits are ignored. */
export function normalizeTraits(raw: unknown): NormalizedTraits {
  const traits: Loose = isRecord(raw) ? raw : {}
  return {
    timestamps: timestamps(traits.useTimestamps ?? traits.timestampable),
    softDeletes: named(traits.useSoftDeletes ?? traits.softDeletable, 'deletedAt'),
    uuid: uuid(traits.useUuid),
    ttl: named(traits.useTtl, 'ttl'),
    versioning: named(traits.useVersioning, '_v'),
  }
}

function timestamps(value: unknown): NormalizedTraits['timestamps'] {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  const format = TIMESTAMP_FORMATS.find((candidate) => candidate === options.format) ?? 'iso'
  return {
    createdAt: typeof options.createdAt === 'string' ? options.createdAt : 'createdAt',
    updatedAt: typeof options.updatedAt === 'string' ? options.updatedAt : 'updatedAt',
    format,
  }
}

function named(value: unknown, fallback: string): { attribute: string } | null {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  return { attribute: typeof options.attribute === 'string' ? options.attribute : fallback }
}

function uuid(value: unknown): NormalizedTraits['uuid'] {
  if (!value) return null
  const options: Loose = isRecord(value) ? value : {}
  return { kind: ID_KINDS.find((candidate) => candidate === options.kind) ?? 'uuidv7' }
}
