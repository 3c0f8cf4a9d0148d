import type {
  DynamoClient,
  GetItemInput,
  InputOf,
  OperationName,
  OutputOf,
  SendOptions,
} from '@dbtooling/dynamo-client'
import { WrappedClient } from '../client/wrapped-client'
import type { ResultCacheSettings } from '../result-cache/cache-settings'
import { ResultCache } from '../result-cache/result-cache'
import { canonicalJson } from './canonical-json'
import type { ResolvedCoalescingOptions } from './coalescing-options'
import { type BatcherStats, GetItemBatcher, isBatchableGet } from './get-item-batcher'
import { InFlightReads } from './in-flight-reads'
import { isShareableRead, mayWrite, tablesOf } from './request-kinds'
import { WriteClock } from './write-clock'

/**
 * What coalescing saved so far.
 *
 * @example
 * ```ts
 * const stats: CoalescingStats | null = coalescingStatsOf(orm)
 * if (stats) console.log(`${stats.calls} finds, ${stats.batchRequests} batches, ${stats.shared} shared`)
 * ```
 */
export interface CoalescingStats extends BatcherStats {
  /** Reads answered by an identical read already in flight. */
  readonly shared: number
}

/**
 * The ORM's view of a DynamoClient: every request still goes out through the wrapped client (its
 * middleware, retries, connection pool and capacity tracker), but reads pass the result cache, identical
 * reads in flight are shared, GetItems of one window become BatchGetItems, and every write invalidates
 * what it may have changed before it is sent and again when it settles.
 *
 * @example
 * ```ts
 * const client = readPathFor(orm.client, orm.design, null, { coalescing: true })
 * if (client instanceof ReadPathClient) console.log(client.coalescingStats(), client.cache.stats())
 * ```
 */
export class ReadPathClient extends WrappedClient {
  readonly cache: ResultCache
  readonly #coalescing: ResolvedCoalescingOptions
  readonly #clock = new WriteClock()
  readonly #inFlight: InFlightReads
  readonly #batcher: GetItemBatcher

  constructor(inner: DynamoClient, coalescing: ResolvedCoalescingOptions, caching: ResultCacheSettings) {
    super(inner)
    this.#coalescing = coalescing
    this.cache = new ResultCache(caching)
    this.#inFlight = new InFlightReads(this.#clock)
    this.#batcher = new GetItemBatcher(inner, coalescing.window, coalescing.maxBatchSize, {
      maxAttempts: coalescing.maxAttempts,
    })
  }

  get coalescingEnabled(): boolean {
    return this.#coalescing.enabled
  }

  coalescingStats(): CoalescingStats {
    return { ...this.#batcher.stats(), shared: this.#inFlight.shared }
  }

  override send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>> {
    if (mayWrite(operation, input)) return this.#write(operation, input, options)
    const coalesce = this.#coalescing.enabled && options?.signal === undefined
    // Batching sends later than asked, never earlier, so strongly consistent GetItems may join too.
    const batch = coalesce && operation === 'GetItem' && isBatchableGet(input as GetItemInput)
    const shareable = isShareableRead(operation, input)
    const cache = this.cache.enabled && shareable ? this.cache : null
    const loading = cache?.whenReady()
    if (loading) return loading.then(() => this.send(operation, input, options))
    const dedupe = coalesce && this.#coalescing.dedupe && shareable
    if (!batch && !cache && !dedupe) return this.inner.send(operation, input, options)
    // The cache needs the request's identity now; deduplication only once another read is in flight (and a
    // batched GetItem is deduplicated by its key inside the batcher).
    const key = cache ? identityOf(operation, input) : ''
    const hit = cache?.lookup(key)
    if (hit) return Promise.resolve(hit as OutputOf<Op>)
    const generation = this.#clock.generation
    const answer = batch
      ? (this.#batcher.load(input as GetItemInput) as Promise<OutputOf<Op>>)
      : dedupe
        ? this.#inFlight.run(cache ? () => key : () => identityOf(operation, input), () =>
            this.inner.send(operation, input),
          )
        : this.inner.send(operation, input, options)
    if (!cache) return answer
    // Registered before the caller's handler: the cache copies the answer before anyone can change it.
    const tables = tablesOf(input) ?? []
    answer.then((output) => {
      if (generation === this.#clock.generation) cache.store(key, tables, output)
    }, ignore)
    return answer
  }

  #write<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options: SendOptions | undefined,
  ): Promise<OutputOf<Op>> {
    // Only the result cache needs to know which tables; in-flight sharing goes by the write clock alone.
    const tables = this.cache.enabled ? tablesOf(input) : null
    this.#invalidate(tables)
    const sent = this.inner.send(operation, input, options)
    const settle = () => this.#invalidate(tables)
    sent.then(settle, settle)
    return sent
  }

  #invalidate(tables: readonly string[] | null): void {
    this.#clock.tick()
    if (this.cache.enabled) this.cache.invalidate(tables)
  }
}

const ignore = () => {}

function identityOf(operation: OperationName, input: object): string {
  return `${operation}:${requestIdentity(input)}`
}

/**
 * The identity of a read request. The ORM builds each kind of request along one code path, so its JSON
 * text is stable and native `JSON.stringify` (several times faster than a key-sorting walk) is enough;
 * two equal requests written with keys in another order merely miss each other (one extra request, never
 * a wrong answer). Inputs JSON cannot encode (a bigint) fall back to the order-free canonical form.
 */
function requestIdentity(input: object): string {
  try {
    return JSON.stringify(input)
  } catch {
    return canonicalJson(input)
  }
}
