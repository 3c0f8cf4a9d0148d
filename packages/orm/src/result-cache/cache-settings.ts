import type { CachingConfig } from '@dbtooling/schema'

/**
 * Whether query results of one entity type are cached, and for how long.
 *
 * @example
 * ```ts
 * const policy: EntityCachePolicy = { enabled: true, ttlMs: 5_000, maxSize: 200 }
 * ```
 */
export interface EntityCachePolicy {
  readonly enabled: boolean
  readonly ttlMs: number
  readonly maxSize: number
}

/**
 * The result cache's settings: `queryBuilder.caching` of the resolved config, plus where `_et` lives.
 *
 * @example
 * ```ts
 * const settings: ResultCacheSettings = resultCacheSettings({ enabled: true, maxSize: 500, ttlMs: 30_000, perEntity: {} }, '_et')
 * ```
 */
export interface ResultCacheSettings extends EntityCachePolicy {
  /** Per-model overrides, complete (inherited fields filled in by the config resolver). */
  readonly perEntity: Readonly<Record<string, EntityCachePolicy>>
  /** Attribute holding the entity type on every item, to find the entities a result holds. */
  readonly entityTypeAttribute: string
}

/**
 * Caching stays off unless the config turns it on: cached reads can lag writes made by other processes.
 *
 * @example
 * ```ts
 * const settings = resultCacheSettings(CACHING_OFF, '_et')
 * console.log(settings.enabled) // false
 * ```
 */
export const CACHING_OFF: CachingConfig = { enabled: false, maxSize: 1_000, ttlMs: 60_000, perEntity: {} }

/**
 * The result cache's settings from the config's `caching` section (off when it is missing).
 *
 * @example
 * ```ts
 * const settings = resultCacheSettings(config.queryBuilder.caching, '_et')
 * ```
 */
export function resultCacheSettings(
  caching: CachingConfig | undefined,
  entityTypeAttribute: string,
): ResultCacheSettings {
  const config = caching ?? CACHING_OFF
  if (!(config.maxSize >= 1) || !(config.ttlMs >= 1)) {
    throw new RangeError('queryBuilder.caching needs maxSize >= 1 and ttlMs >= 1')
  }
  return {
    enabled: config.enabled,
    maxSize: config.maxSize,
    ttlMs: config.ttlMs,
    perEntity: config.perEntity,
    entityTypeAttribute,
  }
}
