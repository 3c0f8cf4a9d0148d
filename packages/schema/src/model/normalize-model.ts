import { compare } from './compare'
import { asList, invalid, isRecord, type Loose, optionalString, type Where } from './guards'
import { modelNotes } from './model-notes'
import { normalizeAttributes } from './normalize-attributes'
import { normalizeRelations } from './normalize-relations'
import { normalizeTraits } from './normalize-traits'
import type { NormalizedIndex, NormalizedModel } from './normalized'
import { resolveModelColumns } from './resolve-model-columns'
import type { TraitDefaults } from './trait-defaults'

/**
 * Turns a raw Stacks model (typed or loaded from disk) into a `NormalizedModel`. `source` is the model
 * file, quoted in every error; `defaults` name trait fields a model leaves unnamed (from config). Column names
 * may be written in snake_case (`event_id` for `eventId`). Throws `SchemaError('INVALID_MODEL')` on shapes
 * it cannot read, `AMBIGUOUS_COLUMN` / `UNKNOWN_COLUMN` on column names that match two attributes or none.
 *
 * @example
 * ```ts
 * const model = normalizeModel({ name: 'Tag', attributes: { label: { type: 'string' } } }, 'app/models/Tag.ts')
 * console.log(model.name, model.attributes)
 * ```
 */
export function normalizeModel(
  raw: unknown,
  source?: string | null,
  defaults?: TraitDefaults,
): NormalizedModel {
  const where: Where = { model: null, source: source ?? null }
  if (!isRecord(raw)) throw invalid(where, '', 'a model must be an object', 'export default { name: "User" }')
  const name = optionalString(where, raw, 'name', 'name')
  if (!name || !/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
    throw invalid(
      where,
      'name',
      `model name '${String(raw.name)}' must be PascalCase letters and digits`,
      "name: 'User'",
    )
  }
  const named = { model: name, source: where.source }
  const attributes = normalizeAttributes(named, raw.attributes)
  return resolveModelColumns(named, {
    name,
    source: where.source,
    table: optionalString(named, raw, 'table', 'table'),
    primaryKey: primaryKeyOf(named, raw.primaryKey),
    autoIncrement: raw.autoIncrement !== false,
    declaresAttributes: isRecord(raw.attributes) && Object.keys(raw.attributes).length > 0,
    attributes,
    traits: normalizeTraits(raw.traits, defaults, named),
    relations: normalizeRelations(named, raw),
    indexes: indexesOf(named, raw.indexes),
    keys: keysOf(named, raw.keys),
    bucket: optionalString(named, raw, 'bucket', 'bucket'),
    shards: raw.shards === undefined || raw.shards === null ? null : shardCount(named, raw.shards, 'shards'),
    typeIndex: typeIndexOf(named, raw.typeIndex),
    notes: modelNotes(raw),
  })
}

function primaryKeyOf(where: Where, raw: unknown): string[] {
  if (raw === undefined || raw === null) return ['id']
  const list = asList(raw)
  if (list.length === 0 || !list.every((field) => typeof field === 'string' && field.length > 0)) {
    throw invalid(
      where,
      'primaryKey',
      'primaryKey must be a field name or a list of them',
      "primaryKey: 'id'",
    )
  }
  return list as string[]
}

function indexesOf(where: Where, raw: unknown): NormalizedIndex[] {
  return asList(raw)
    .map((entry, index) => {
      const path = `indexes[${index}]`
      const object: Loose = isRecord(entry) ? entry : {}
      const name = optionalString(where, object, 'name', `${path}.name`)
      const columns = asList(object.columns)
      if (!name || columns.length === 0 || !columns.every((column) => typeof column === 'string')) {
        throw invalid(
          where,
          path,
          'an index needs a name and columns',
          "indexes: [{ name: 'byStatus', columns: ['status'] }]",
        )
      }
      const local = object.local === true
      const shards = object.shards === undefined ? 1 : shardCount(where, object.shards, `${path}.shards`)
      if (local && shards > 1)
        throw invalid(
          where,
          `${path}.shards`,
          'a local index shares the table partition and cannot be sharded',
          `drop 'local: true' or 'shards' from index '${name}'`,
        )
      return { name, columns: columns as string[], local, shards, path }
    })
    .sort((a, b) => compare(a.name, b.name))
}

/** Most shards a partition may be split into: a read of a sharded entry sends one Query per shard. */
export const MAX_SHARDS = 100

export function shardCount(where: Where, raw: unknown, path: string): number {
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= MAX_SHARDS) return raw
  throw invalid(
    where,
    path,
    `'shards' must be a whole number from 1 to ${MAX_SHARDS}, got ${JSON.stringify(raw)}`,
    'shards: 4 (each read of the entry then sends 4 Queries; 1 means unsharded)',
  )
}

function typeIndexOf(where: Where, raw: unknown): boolean {
  if (raw === undefined || raw === null) return true
  if (typeof raw === 'boolean') return raw
  throw invalid(where, 'typeIndex', "'typeIndex' must be true or false", 'typeIndex: false')
}

function keysOf(where: Where, raw: unknown): NormalizedModel['keys'] {
  if (raw === undefined || raw === null) return null
  if (!isRecord(raw))
    throw invalid(where, 'keys', "'keys' must be { pk, sk }", "keys: { pk: 'TENANT#{tenantId}' }")
  const pk = optionalString(where, raw, 'pk', 'keys.pk')
  if (!pk)
    throw invalid(
      where,
      'keys.pk',
      'custom keys need a pk template',
      "keys: { pk: 'TENANT#{tenantId}', sk: 'USER#{id}' }",
    )
  return { pk, sk: optionalString(where, raw, 'sk', 'keys.sk') }
}
