import type { DynamoClient } from '@dbtooling/dynamo-client'
import type { ResolvedConfig, TableDesign } from '@dbtooling/schema'
import { resultCacheSettings } from '../result-cache/cache-settings'
import { ResultCache, type ResultCacheControl } from '../result-cache/result-cache'
import { type CoalescingOptions, resolveCoalescingOptions } from './coalescing-options'
import { type CoalescingStats, ReadPathClient } from './read-path-client'

/**
 * What `readPathFor` reads of the ORM options: the coalescing settings.
 *
 * @example
 * ```ts
 * const options: ReadPathOptions = { coalescing: { window: 'microtask' } }
 * const client = readPathFor(orm.client, orm.design, null, options)
 * ```
 */
export interface ReadPathOptions {
  /** Coalescing of concurrent reads: options, `true`, or `false` to switch it off (default on). */
  readonly coalescing?: CoalescingOptions | boolean | undefined
}

/**
 * The client an ORM sends through: `client` itself when coalescing is off and the config does not enable
 * `queryBuilder.caching` (no cost at all), else a ReadPathClient over it.
 *
 * @example
 * ```ts
 * const client = readPathFor(new DynamoClient({ endpoint: 'http://localhost:8000' }), { entityTypeAttribute: '_et' }, null, { coalescing: true })
 * client instanceof ReadPathClient // true: finds of one tick become one BatchGetItem
 * ```
 */
export function readPathFor(
  client: DynamoClient,
  design: Pick<TableDesign, 'entityTypeAttribute'>,
  config: ResolvedConfig | null,
  options: ReadPathOptions | undefined,
): DynamoClient {
  const coalescing = resolveCoalescingOptions(options?.coalescing)
  const caching = resultCacheSettings(config?.queryBuilder.caching, design.entityTypeAttribute)
  if (!coalescing.enabled && !caching.enabled) return client
  return new ReadPathClient(client, coalescing, caching)
}

type ClientHolder = { readonly client: DynamoClient } | { readonly ctx: { readonly client: DynamoClient } }

function clientOf(holder: ClientHolder): DynamoClient {
  return 'ctx' in holder ? holder.ctx.client : holder.client
}

const disabled = new ResultCache(resultCacheSettings(undefined, '_et'))

/**
 * The result cache of an ORM (or its context); a disabled one when caching is off.
 *
 * @example
 * ```ts
 * const cache = resultCacheOf(orm)
 * console.log(cache.stats())
 * cache.clear() // e.g. after writes made by another process
 * ```
 */
export function resultCacheOf(holder: ClientHolder): ResultCacheControl {
  const client = clientOf(holder)
  return client instanceof ReadPathClient ? client.cache : disabled
}

/**
 * Coalescing counters of an ORM (or its context); null when coalescing is off.
 *
 * @example
 * ```ts
 * await Promise.all(ids.map((id) => User.find(id)))
 * console.log(coalescingStatsOf(orm)) // { calls: 20, batchRequests: 1, getRequests: 0, shared: 0 }
 * ```
 */
export function coalescingStatsOf(holder: ClientHolder): CoalescingStats | null {
  const client = clientOf(holder)
  return client instanceof ReadPathClient && client.coalescingEnabled ? client.coalescingStats() : null
}
