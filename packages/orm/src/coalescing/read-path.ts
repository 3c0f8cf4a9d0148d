import type { DynamoClient } from '@dbtooling/dynamo-client'
import type { ResolvedConfig, TableDesign } from '@dbtooling/schema'
import { resultCacheSettings } from '../result-cache/cache-settings'
import { ResultCache, type ResultCacheControl } from '../result-cache/result-cache'
import { type CoalescingOptions, resolveCoalescingOptions } from './coalescing-options'
import { type CoalescingStats, ReadPathClient } from './read-path-client'

export interface ReadPathOptions {
  /** Coalescing of concurrent reads: options, `true`, or `false` to switch it off (default on). */
  readonly coalescing?: CoalescingOptions | boolean | undefined
}

/**
 * The client an ORM sends through: `client` itself when coalescing is off and the config does not enable
 * `queryBuilder.caching` (no cost at all), else a ReadPathClient over it.
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

/** The result cache of an ORM (or its context); a disabled one when caching is off. */
export function resultCacheOf(holder: ClientHolder): ResultCacheControl {
  const client = clientOf(holder)
  return client instanceof ReadPathClient ? client.cache : disabled
}

/** Coalescing counters of an ORM (or its context); null when coalescing is off. */
export function coalescingStatsOf(holder: ClientHolder): CoalescingStats | null {
  const client = clientOf(holder)
  return client instanceof ReadPathClient && client.coalescingEnabled ? client.coalescingStats() : null
}
