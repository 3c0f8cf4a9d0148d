import type { DocumentMap } from '@dbtooling/dynamo-client'
import { builtin } from '../../node-builtin'
import type { CompiledQuery } from '../compile/compile-query'
import { InvalidCursorError } from '../errors'
import { keyToPositions } from '../fan-out/fan-out-cursor'

/** Used when no `cursorSecret` is configured: the tag then detects edits and shape mismatches, not forgery. */
const DEFAULT_SECRET = 'dbtooling-cursor-v1'
const TAG_BYTES = 16

/**
 * The query shape a cursor is bound to: everything about the request except where it starts and how
 * much it reads per page. A cursor from `where('teamId', 'a')` is rejected by `where('teamId', 'b')`.
 */
export function queryShape(compiled: CompiledQuery): string {
  // A fan-out cursor is bound to every branch: the same list of values or shards, in the same order.
  const requests = compiled.fanOut ? compiled.fanOut.branches : [compiled.request]
  const shapes = requests.map((request) => {
    const { ExclusiveStartKey: _start, Limit: _limit, ReturnConsumedCapacity: _rcc, ...shape } = request
    return stableJson(shape)
  })
  return `${compiled.operation}\u0000${shapes.join('\u0000')}`
}

/** `base64url(JSON key).base64url(HMAC-SHA256(shape, key))`: opaque, URL-safe, tamper-evident. */
export function encodeCursor(key: DocumentMap, compiled: CompiledQuery, secret: string | undefined): string {
  const payload = Buffer.from(stableJson(key), 'utf8').toString('base64url')
  return `${payload}.${tag(payload, compiled, secret).toString('base64url')}`
}

/** The start key inside a cursor; throws `InvalidCursorError` for anything this query did not produce. */
export function decodeCursor(
  cursor: string,
  compiled: CompiledQuery,
  secret: string | undefined,
  entity: string,
): DocumentMap {
  const dot = typeof cursor === 'string' ? cursor.indexOf('.') : -1
  if (dot <= 0 || dot !== cursor.lastIndexOf('.')) {
    throw new InvalidCursorError('it is not a cursor produced by cursorPaginate()', entity)
  }
  const payload = cursor.slice(0, dot)
  const given = Buffer.from(cursor.slice(dot + 1), 'base64url')
  const expected = tag(payload, compiled, secret)
  if (given.length !== expected.length || !builtin('node:crypto').timingSafeEqual(given, expected)) {
    throw new InvalidCursorError(
      'its signature does not match this query (edited, or from another query)',
      entity,
    )
  }
  const key = parseKey(payload, entity)
  if (compiled.fanOut) {
    // Checked here so a bad position fails with the entity named, before any request.
    keyToPositions(key, compiled.fanOut.branches.length, compiled.keyAttributes, entity)
    return key
  }
  for (const attribute of compiled.keyAttributes) {
    const value = key[attribute]
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new InvalidCursorError(`key attribute '${attribute}' is missing`, entity)
    }
  }
  return key
}

function parseKey(payload: string, entity: string): DocumentMap {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as DocumentMap
  } catch {
    // fall through to the typed error
  }
  throw new InvalidCursorError('its payload is not a key', entity)
}

function tag(payload: string, compiled: CompiledQuery, secret: string | undefined): Buffer {
  return builtin('node:crypto')
    .createHmac('sha256', secret ?? DEFAULT_SECRET)
    .update(queryShape(compiled))
    .update('\u0000')
    .update(payload)
    .digest()
    .subarray(0, TAG_BYTES)
}

/** JSON with sorted object keys, so equal values always give equal text. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const sorted: Record<string, unknown> = {}
    for (const name of Object.keys(inner).sort()) sorted[name] = (inner as Record<string, unknown>)[name]
    return sorted
  })
}
