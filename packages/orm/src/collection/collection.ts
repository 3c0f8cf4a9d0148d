/** Reads a named property from an item that may be a model instance or a plain row. */
function read(item: unknown, key: PropertyKey): unknown {
  if (item === null || typeof item !== 'object') return undefined
  const direct = (item as Record<PropertyKey, unknown>)[key]
  if (direct !== undefined) return direct
  const getter = (item as { getAttribute?: (name: PropertyKey) => unknown }).getAttribute
  return typeof getter === 'function' ? getter.call(item, key) : undefined
}

type KeyOrFn<T, R> = keyof T | ((item: T, index: number) => R)

function selector<T, R>(by: KeyOrFn<T, R>): (item: T, index: number) => R {
  return typeof by === 'function' ? by : (item) => read(item, by) as R
}

/**
 * An immutable list of results with Laravel's collection helpers. Every helper returns a new collection;
 * the items themselves are not copied.
 *
 * @example
 * ```ts
 * const users = await User.where('teamId', 't1').get() // a ResultCollection, which is a Collection
 * const byRole = users.groupBy('role')
 * const emails = users.pluck('email').unique().all()
 * const plain = new Collection([3, 1, 2]).sortBy((n) => n).all() // [1, 2, 3]
 * ```
 */
export class Collection<T> implements Iterable<T> {
  readonly #items: readonly T[]

  constructor(items: Iterable<T> = []) {
    // A frozen array cannot change under us, so it is kept as is (query results hand theirs over).
    this.#items =
      Array.isArray(items) && Object.isFrozen(items)
        ? (items as readonly T[])
        : Object.freeze(Array.isArray(items) ? [...items] : Array.from(items))
  }

  static of<T>(...items: T[]): Collection<T> {
    return new Collection(items)
  }

  get length(): number {
    return this.#items.length
  }

  count(): number {
    return this.#items.length
  }

  isEmpty(): boolean {
    return this.#items.length === 0
  }

  isNotEmpty(): boolean {
    return this.#items.length > 0
  }

  [Symbol.iterator](): Iterator<T> {
    return this.#items[Symbol.iterator]()
  }

  at(index: number): T | undefined {
    return this.#items.at(index)
  }

  first(predicate?: (item: T, index: number) => boolean): T | undefined {
    return predicate ? this.#items.find(predicate) : this.#items[0]
  }

  last(predicate?: (item: T, index: number) => boolean): T | undefined {
    if (!predicate) return this.#items[this.#items.length - 1]
    for (let index = this.#items.length - 1; index >= 0; index--) {
      if (predicate(this.#items[index]!, index)) return this.#items[index]
    }
    return undefined
  }

  map<U>(fn: (item: T, index: number) => U): Collection<U> {
    return new Collection(this.#items.map(fn))
  }

  filter<S extends T>(fn: (item: T, index: number) => item is S): Collection<S>
  filter(fn?: (item: T, index: number) => boolean): Collection<T>
  filter(fn?: (item: T, index: number) => boolean): Collection<T> {
    return new Collection(this.#items.filter(fn ?? ((item) => Boolean(item))))
  }

  reject(fn: (item: T, index: number) => boolean): Collection<T> {
    return new Collection(this.#items.filter((item, index) => !fn(item, index)))
  }

  reduce<U>(fn: (carry: U, item: T, index: number) => U, initial: U): U {
    return this.#items.reduce(fn, initial)
  }

  each(fn: (item: T, index: number) => unknown): this {
    for (let index = 0; index < this.#items.length; index++)
      if (fn(this.#items[index]!, index) === false) break
    return this
  }

  some(fn: (item: T, index: number) => boolean): boolean {
    return this.#items.some(fn)
  }

  every(fn: (item: T, index: number) => boolean): boolean {
    return this.#items.every(fn)
  }

  /** Groups by a property or a computed key; insertion order of first appearance is kept. */
  groupBy<K extends PropertyKey>(by: KeyOrFn<T, K>): Record<K, Collection<T>> {
    const pick = selector<T, K>(by)
    const groups = new Map<K, T[]>()
    this.#items.forEach((item, index) => {
      const key = pick(item, index)
      const list = groups.get(key)
      if (list) list.push(item)
      else groups.set(key, [item])
    })
    const out = {} as Record<K, Collection<T>>
    for (const [key, list] of groups) out[key] = new Collection(list)
    return out
  }

  /** Indexes items by a property or computed key; later items win, as in Laravel. */
  keyBy<K extends PropertyKey>(by: KeyOrFn<T, K>): Record<K, T> {
    const pick = selector<T, K>(by)
    const out = {} as Record<K, T>
    this.#items.forEach((item, index) => {
      out[pick(item, index)] = item
    })
    return out
  }

  /** Stable sort by a property or computed value; nullish values sort last. */
  sortBy(by: KeyOrFn<T, unknown>, direction: 'asc' | 'desc' = 'asc'): Collection<T> {
    const pick = selector<T, unknown>(by)
    const keyed = this.#items.map((item, index) => ({ item, key: pick(item, index), index }))
    const sign = direction === 'asc' ? 1 : -1
    keyed.sort((a, b) => compareValues(a.key, b.key, sign) || a.index - b.index)
    return new Collection(keyed.map((entry) => entry.item))
  }

  sortByDesc(by: KeyOrFn<T, unknown>): Collection<T> {
    return this.sortBy(by, 'desc')
  }

  /** Distinct items, or items distinct by a property or computed key (first occurrence kept). */
  unique(by?: KeyOrFn<T, unknown>): Collection<T> {
    const pick = by === undefined ? (item: T) => item : selector<T, unknown>(by)
    const seen = new Set<unknown>()
    const out: T[] = []
    this.#items.forEach((item, index) => {
      const key = pick(item, index)
      if (seen.has(key)) return
      seen.add(key)
      out.push(item)
    })
    return new Collection(out)
  }

  /** Flattens nested arrays and collections, `depth` levels deep (default: all). */
  flatten(depth = Number.POSITIVE_INFINITY): Collection<FlatItem<T>> {
    return new Collection(flattenInto([], this.#items, depth) as FlatItem<T>[])
  }

  pluck<K extends keyof T>(key: K): Collection<T[K]>
  pluck(key: string): Collection<unknown>
  pluck(key: PropertyKey): Collection<unknown> {
    return new Collection(this.#items.map((item) => read(item, key)))
  }

  take(count: number): Collection<T> {
    return new Collection(count >= 0 ? this.#items.slice(0, count) : this.#items.slice(count))
  }

  chunk(size: number): Collection<Collection<T>> {
    const out: Collection<T>[] = []
    for (let start = 0; start < this.#items.length; start += Math.max(1, size)) {
      out.push(new Collection(this.#items.slice(start, start + Math.max(1, size))))
    }
    return new Collection(out)
  }

  concat(other: Iterable<T>): Collection<T> {
    return new Collection([...this.#items, ...other])
  }

  /** A plain array copy (model instances stay instances). */
  all(): T[] {
    return [...this.#items]
  }

  /** Items as plain data: model instances through their own `toArray()`/`toJSON()`. */
  toArray(): unknown[] {
    return this.#items.map(plain)
  }

  toJSON(): unknown[] {
    return this.#items.map((item) => {
      const json =
        item !== null && typeof item === 'object' ? (item as { toJSON?: () => unknown }).toJSON : undefined
      return typeof json === 'function' ? json.call(item) : item
    })
  }
}

/**
 * The element type `flatten()` gives: nested collections and arrays unwrapped to their items.
 *
 * @example
 * ```ts
 * const nested = new Collection([[1, 2], [3]])
 * const flat: Collection<FlatItem<number[]>> = nested.flatten() // Collection<number>
 * ```
 */
export type FlatItem<T> =
  T extends Collection<infer U> ? FlatItem<U> : T extends readonly (infer U)[] ? FlatItem<U> : T

function plain(item: unknown): unknown {
  if (item instanceof Collection) return item.toArray()
  if (item === null || typeof item !== 'object') return item
  const toArray = (item as { toArray?: () => unknown }).toArray
  return typeof toArray === 'function' ? toArray.call(item) : item
}

function flattenInto(out: unknown[], items: Iterable<unknown>, depth: number): unknown[] {
  for (const item of items) {
    if (depth > 0 && (Array.isArray(item) || item instanceof Collection)) flattenInto(out, item, depth - 1)
    else out.push(item)
  }
  return out
}

function compareValues(a: unknown, b: unknown, sign: number): number {
  if (a === b) return 0
  if (a === undefined || a === null) return 1
  if (b === undefined || b === null) return -1
  if (a instanceof Date && b instanceof Date) return (a.getTime() - b.getTime()) * sign
  if (typeof a === 'number' && typeof b === 'number') return (a - b) * sign
  return String(a) < String(b) ? -sign : String(a) > String(b) ? sign : 0
}
