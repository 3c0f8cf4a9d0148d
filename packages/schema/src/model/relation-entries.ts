import { asList, isRecord, type Loose } from './guards'

/** One relation entry of a model file, with the path errors and warnings name (`hasMany[0]`, `hasMany.tokens`). */
export interface RelationEntry {
  readonly entry: unknown
  readonly path: string
}

/**
 * The entries of one relation kind, in any form Stacks writes: a name (`'Post'`), an object (`{ model }`),
 * a list of either, or an object keyed by relation name (`{ tokens: { model: 'PersonalAccessToken' } }`,
 * `{ posts: 'Post' }`). In the keyed form the key is the relation name unless the entry sets
 * `relationName`; keyed entries come in key order so derivation stays deterministic. `singleKey` is the
 * property that marks a lone object entry (`model`, or `name` for morphTo) rather than a keyed map.
 */
export function relationEntries(raw: unknown, kind: string, singleKey: string): RelationEntry[] {
  if (isKeyed(raw, singleKey)) {
    return Object.keys(raw)
      .sort()
      .map((key) => ({ entry: keyedEntry(raw[key], key, singleKey), path: `${kind}.${key}` }))
  }
  return asList(raw).map((entry, index) => ({ entry, path: `${kind}[${index}]` }))
}

function isKeyed(raw: unknown, singleKey: string): raw is Loose {
  if (!isRecord(raw) || singleKey in raw) return false
  const values = Object.values(raw)
  return values.length > 0 && values.every((value) => typeof value === 'string' || isRecord(value))
}

function keyedEntry(value: unknown, key: string, singleKey: string): unknown {
  const object: Loose = typeof value === 'string' ? { [singleKey]: value } : isRecord(value) ? value : {}
  if (singleKey === 'name')
    return { ...object, name: object.name ?? key, relationName: object.relationName ?? key }
  return { ...object, relationName: object.relationName ?? key }
}
