import { bytesOf, isBinary } from '../document/binary'
import { canonicalDecimal, NumberValue } from '../document/number-value'
import type { PathSegment } from './path'
import { remove, set, type UpdateAction } from './update'

/**
 * Options of `diffUpdate`: top-level attributes never to touch (the key attributes).
 *
 * @example
 * ```ts
 * const options: DiffUpdateOptions = { exclude: ['pk', 'sk'] }
 * const actions = diffUpdate(stored, edited, options)
 * ```
 */
export interface DiffUpdateOptions {
  /** Top-level attributes never to touch, typically the key attributes (DynamoDB refuses to update them). */
  readonly exclude?: readonly string[]
  /** Replace changed maps whole instead of updating their changed members one path at a time. */
  readonly replaceMaps?: boolean
}

/**
 * The update actions that turn `before` (the stored item) into `after`: SET for new or changed values,
 * REMOVE for attributes that disappeared or became `undefined`. Changed maps are updated member by member
 * (`SET #a.#b = :v`), so concurrent writers of other members are not overwritten; lists, sets and scalars
 * are replaced whole. An empty Set in `after` removes the attribute (DynamoDB cannot store empty sets).
 *
 * @example
 * ```ts
 * const actions = diffUpdate({ pk: 'A', sk: 'A', profile: { city: 'Paris' } }, { pk: 'A', sk: 'A', profile: { city: 'Lyon' } }, { exclude: ['pk', 'sk'] })
 * await db.update({ TableName: 'app', Key: { pk: 'A', sk: 'A' }, ...buildExpressions({ update: actions }) }) // SET #n0.#n1 = :v0
 * ```
 */
export function diffUpdate(before: object, after: object, options: DiffUpdateOptions = {}): UpdateAction[] {
  const actions: UpdateAction[] = []
  const excluded = new Set(options.exclude ?? [])
  diffMaps(
    before as Record<string, unknown>,
    after as Record<string, unknown>,
    [],
    actions,
    options,
    excluded,
  )
  return actions
}

function diffMaps(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  prefix: PathSegment[],
  actions: UpdateAction[],
  options: DiffUpdateOptions,
  excluded: ReadonlySet<string>,
): void {
  const top = prefix.length === 0
  for (const key of Object.keys(after)) {
    if (top && excluded.has(key)) continue
    const path: PathSegment[] = [...prefix, key]
    const next = after[key]
    const previous = Object.hasOwn(before, key) ? before[key] : undefined
    if (next === undefined || (next instanceof Set && next.size === 0)) {
      if (previous !== undefined) actions.push(remove(path))
    } else if (!options.replaceMaps && isPlainMap(previous) && isPlainMap(next)) {
      diffMaps(previous, next, path, actions, options, excluded)
    } else if (previous === undefined || !sameValue(previous, next)) {
      actions.push(set(path, next))
    }
  }
  for (const key of Object.keys(before)) {
    if (top && excluded.has(key)) continue
    if (!Object.hasOwn(after, key) && before[key] !== undefined) actions.push(remove([...prefix, key]))
  }
}

function isPlainMap(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Equality as DynamoDB would store the values (numbers by decimal value, binaries by bytes).
 *
 * @example
 * ```ts
 * sameValue(1, new NumberValue('1.0')) // true
 * sameValue(new Uint8Array([1]), Buffer.from([1])) // true
 * ```
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (isNumeric(a) && isNumeric(b)) return sameNumber(a, b)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    )
  }
  if (isBinary(a) || isBinary(b)) return isBinary(a) && isBinary(b) && sameBytes(bytesOf(a), bytesOf(b))
  if (a instanceof Set || b instanceof Set) {
    return (
      a instanceof Set &&
      b instanceof Set &&
      a.size === b.size &&
      [...a].every((x) => [...b].some((y) => sameValue(x, y)))
    )
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map && b instanceof Map) || a.size !== b.size) return false
    for (const [key, value] of a) if (!b.has(key) || !sameValue(value, b.get(key))) return false
    return true
  }
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  return keysA.every((key) => Object.hasOwn(recordB, key) && sameValue(recordA[key], recordB[key]))
}

function isNumeric(value: unknown): value is number | bigint | NumberValue {
  return typeof value === 'number' || typeof value === 'bigint' || value instanceof NumberValue
}

function sameNumber(a: number | bigint | NumberValue, b: number | bigint | NumberValue): boolean {
  const x = canonicalDecimal(String(a))
  const y = canonicalDecimal(String(b))
  return x.negative === y.negative && x.digits === y.digits && x.exponent === y.exponent
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}
