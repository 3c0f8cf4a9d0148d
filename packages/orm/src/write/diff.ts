/**
 * A change to one document path: set a value, or remove the path.
 *
 * @example
 * ```ts
 * const change: PathChange = { op: 'set', path: ['address', 'city'], value: 'Lyon' }
 * ```
 */
export type PathChange =
  | { readonly op: 'set'; readonly path: readonly string[]; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: readonly string[] }

/**
 * True for objects made by `{}` or `Object.create(null)` (not arrays, dates, sets or class instances).
 *
 * @example
 * ```ts
 * isPlainObject({ a: 1 }) // true
 * isPlainObject(new Date()) // false
 * ```
 */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/**
 * Structural equality for stored values (primitives, arrays, plain objects, sets, dates).
 *
 * @example
 * ```ts
 * sameValue(new Set([1, 2]), new Set([2, 1])) // true
 * sameValue({ a: [1] }, { a: [1] }) // true
 * ```
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime()
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x))
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined)
    if (keys.length !== Object.keys(b).filter((k) => b[k] !== undefined).length) return false
    return keys.every((key) => sameValue(a[key], b[key]))
  }
  return false
}

/**
 * The path changes that turn `before` into `after` for one attribute. Maps that existed before are
 * updated field by field (`SET #a.#b = :v`), so a concurrent change to a sibling field is not lost;
 * anything else is replaced whole. `undefined` means remove.
 *
 * @example
 * ```ts
 * const changes: PathChange[] = []
 * diffValue(['address'], { city: 'Paris', zip: '75001' }, { city: 'Lyon', zip: '75001' }, changes)
 * // [{ op: 'set', path: ['address', 'city'], value: 'Lyon' }]
 * ```
 */
export function diffValue(path: readonly string[], before: unknown, after: unknown, out: PathChange[]): void {
  if (sameValue(before, after)) return
  if (after === undefined) {
    if (before !== undefined) out.push({ op: 'remove', path })
    return
  }
  if (isPlainObject(before) && isPlainObject(after) && Object.keys(after).length > 0) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      diffValue([...path, key], before[key], after[key], out)
    }
    return
  }
  out.push({ op: 'set', path, value: after })
}
