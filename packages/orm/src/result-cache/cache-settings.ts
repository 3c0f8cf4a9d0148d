import type { CachingConfig } from '@dbtooling/schema'

export interface EntityCachePolicy {
  readonly enabled: boolean
  readonly ttlMs: number
  readonly maxSize: number
}

/** The result cache's settings: `queryBuilder.caching` of the resolved config, plus where `_et` lives. */
export interface ResultCacheSettings extends EntityCachePolicy {
  /** Per-model overrides, complete (inherited fields filled in by the config resolver). */
  readonly perEntity: Readonly<Record<string, EntityCachePolicy>>
  /** Attribute holding the entity type on every item, to find the entities a result holds. */
  readonly entityTypeAttribute: string
}

/** Caching stays off unless the config turns it on: cached reads can lag writes made by other processes. */
export const CACHING_OFF: CachingConfig = { enabled: false, maxSize: 1_000, ttlMs: 60_000, perEntity: {} }

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
