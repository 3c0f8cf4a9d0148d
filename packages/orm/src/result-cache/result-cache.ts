import type { LRUCache } from 'lru-cache'
import type { ResultCacheSettings } from './cache-settings'
import { loadedLru, loadLru } from './lru-loader'
import { entitiesOf, storableCopy } from './result-entities'

interface Entry {
  readonly output: object
  /** Tables the read addressed; a write to any of them removes the entry. */
  readonly tables: readonly string[]
}

/**
 * Figures of `orm.cache.stats()`.
 *
 * @example
 * ```ts
 * const stats: ResultCacheStats = orm.cache.stats()
 * console.log(stats.hits, stats.misses, stats.hitRate, stats.size)
 * ```
 */
export interface ResultCacheStats {
  readonly enabled: boolean
  /** Reads answered from memory (no request). */
  readonly hits: number
  /** Cacheable reads that had to be sent. */
  readonly misses: number
  /** hits / (hits + misses), 0 before the first read. */
  readonly hitRate: number
  /** Answers stored. */
  readonly stores: number
  /** Answers not stored: a write overlapped the read, an entity opted out, or the answer was partial. */
  readonly skipped: number
  /** Entries dropped to stay within maxSize. */
  readonly evictions: number
  /** Entries dropped because a write touched their table. */
  readonly invalidations: number
  /** Entries held now (expired ones included until they are next touched). */
  readonly size: number
}

/**
 * What `orm.cache` offers.
 *
 * @example
 * ```ts
 * const control: ResultCacheControl = orm.cache
 * afterEach(() => control.clear())
 * ```
 */
export interface ResultCacheControl {
  stats(): ResultCacheStats
  /** Drops every cached answer (the counters stay). */
  clear(): void
  /** Zeroes the counters. */
  resetStats(): void
}

const SHARED = ''

/**
 * Cached read answers keyed by the canonical request. One LRU per model that has its own `perEntity`
 * maxSize, one shared LRU for the rest; an answer goes to its model's LRU when it holds items of that
 * model only. Its TTL is the smallest TTL of the models it holds (the default TTL when it is empty).
 *
 * @example
 * ```ts
 * const cache: ResultCacheControl = orm.cache
 * console.log(cache.stats().hitRate)
 * cache.clear()
 * ```
 */
export class ResultCache implements ResultCacheControl {
  readonly #lrus = new Map<string, LRUCache<string, Entry>>()
  #hits = 0
  #misses = 0
  #stores = 0
  #skipped = 0
  #evictions = 0
  #invalidations = 0

  readonly #loading: Promise<unknown> | null

  constructor(readonly settings: ResultCacheSettings) {
    const anyEnabled = settings.enabled || Object.values(settings.perEntity).some((policy) => policy.enabled)
    this.#loading = anyEnabled ? loadLru() : null
    // A failed load reaches the readers that wait on it; unawaited, it must not crash the process.
    this.#loading?.catch(() => {})
  }

  get enabled(): boolean {
    return this.settings.enabled
  }

  /**
   * Settles once the cache can store answers (lru-cache loads when the first enabled cache is made);
   * null when it already can, or never will (caching off). Readers wait for it before their first lookup.
   */
  whenReady(): Promise<unknown> | null {
    return this.#loading === null || loadedLru() !== undefined ? null : this.#loading
  }

  /** A copy of the cached answer for a request, or undefined (counted as a miss). */
  lookup(key: string): object | undefined {
    for (const lru of this.#lrus.values()) {
      const entry = lru.get(key)
      if (entry) {
        this.#hits++
        return structuredClone(entry.output)
      }
    }
    this.#misses++
    return undefined
  }

  store(key: string, tables: readonly string[], output: object): void {
    const entities = entitiesOf(output, this.settings.entityTypeAttribute)
    let ttl = entities.size === 0 ? this.settings.ttlMs : Number.POSITIVE_INFINITY
    for (const entity of entities) {
      const policy = this.settings.perEntity[entity] ?? this.settings
      if (!policy.enabled) {
        this.#skipped++
        return
      }
      ttl = Math.min(ttl, policy.ttlMs)
    }
    const copy = storableCopy(output)
    // Only a caller that skipped whenReady() can get here before lru-cache has loaded.
    if (!copy || loadedLru() === undefined) {
      this.#skipped++
      return
    }
    const only = entities.size === 1 ? [...entities][0]! : SHARED
    const partition = this.settings.perEntity[only] ? only : SHARED
    this.#lru(partition).set(key, { output: copy, tables }, { ttl })
    this.#stores++
  }

  /** Drops every entry that read one of the tables (every entry when `tables` is null). */
  invalidate(tables: readonly string[] | null): void {
    for (const lru of this.#lrus.values()) {
      const doomed: string[] = []
      for (const [key, entry] of lru.entries()) {
        if (tables === null || entry.tables.some((table) => tables.includes(table))) doomed.push(key)
      }
      for (const key of doomed) lru.delete(key)
      this.#invalidations += doomed.length
    }
  }

  clear(): void {
    for (const lru of this.#lrus.values()) lru.clear()
  }

  resetStats(): void {
    this.#hits = 0
    this.#misses = 0
    this.#stores = 0
    this.#skipped = 0
    this.#evictions = 0
    this.#invalidations = 0
  }

  stats(): ResultCacheStats {
    let size = 0
    for (const lru of this.#lrus.values()) size += lru.size
    const reads = this.#hits + this.#misses
    return {
      enabled: this.settings.enabled,
      hits: this.#hits,
      misses: this.#misses,
      hitRate: reads === 0 ? 0 : this.#hits / reads,
      stores: this.#stores,
      skipped: this.#skipped,
      evictions: this.#evictions,
      invalidations: this.#invalidations,
      size,
    }
  }

  #lru(partition: string): LRUCache<string, Entry> {
    let lru = this.#lrus.get(partition)
    if (!lru) {
      const max = partition === SHARED ? this.settings.maxSize : this.settings.perEntity[partition]!.maxSize
      const LRU = loadedLru() as typeof LRUCache
      lru = new LRU<string, Entry>({
        max,
        dispose: (_entry, _key, reason) => {
          if (reason === 'evict') this.#evictions++
        },
      })
      this.#lrus.set(partition, lru)
    }
    return lru
  }
}
