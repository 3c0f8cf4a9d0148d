import type { LRUCache } from 'lru-cache'

type LruClass = typeof LRUCache

let loaded: LruClass | undefined
let loading: Promise<LruClass> | undefined

/**
 * Loads lru-cache when a result cache is first enabled rather than with the package: most ORMs never
 * enable caching, and every module imported up front is paid on each cold start (bench --suite import).
 */
export function loadLru(): Promise<LruClass> {
  loading ??= import('lru-cache').then((module) => {
    loaded = module.LRUCache
    return loaded
  })
  return loading
}

/** The LRU class once `loadLru()` has settled; undefined before. */
export function loadedLru(): LruClass | undefined {
  return loaded
}
