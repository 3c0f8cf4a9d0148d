import type { ModelBase } from '../model/model-base'
import type { QueryBuilder } from '../query/builder'
import { mapLimited } from '../relations/map-limited'
import type { SeriesModel } from './time-series'

type Attributes = Record<string, unknown>
type Query = QueryBuilder<Attributes, ModelBase>

/**
 * Options of `sharded`: how many shards, the attribute holding the shard number, and the attribute it is computed from.
 *
 * @example
 * ```ts
 * const options: ShardingOptions = { shards: 8, shardField: 'shard', by: 'id' }
 * const events = sharded(Event, options)
 * ```
 */
export interface ShardingOptions {
  /** Number of shards (write partitions per logical key). */
  readonly shards: number
  /** Attribute the shard number is written to; the pk template must contain it (`VOTE#{pollId}#{shard}`). */
  readonly shardField: string
  /** Attribute whose value picks the shard (hashed, so reads by it can find the shard); default random. */
  readonly by?: string
}

/**
 * FNV-1a, 32 bit: stable across processes, cheap, spreads short ids evenly.
 *
 * @example
 * ```ts
 * shardOf('user-42', 8) // a stable number in [0, 8)
 * ```
 */
export function shardOf(value: string, shards: number): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    hash ^= value.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % shards
}

/**
 * Write sharding for hot keys: each write goes to one of `shards` partitions (`KEY#<n>`), reads query
 * every shard in parallel and merge. Use it when one logical key takes more writes than one partition
 * accepts (1,000 WCU/s).
 *
 * @example
 * ```ts
 * const events = sharded(Event, { shards: 8, shardField: 'shard' })
 * await events.create({ type: 'login' })
 * const logins = await events.scatter({ type: 'login' })
 * ```
 */
export function sharded(model: SeriesModel, options: ShardingOptions) {
  if (!Number.isInteger(options.shards) || options.shards < 1)
    throw new RangeError('shards must be a positive integer')
  const pick = (attributes: Attributes) =>
    options.by !== undefined && attributes[options.by] !== undefined
      ? shardOf(String(attributes[options.by]), options.shards)
      : Math.floor(Math.random() * options.shards)
  return {
    shardOf: (value: string) => shardOf(value, options.shards),
    create(attributes: Attributes): Promise<ModelBase> {
      return model.create({
        ...attributes,
        [options.shardField]: pick(attributes),
      } as never) as Promise<ModelBase>
    },
    /** One Query per shard (all shards in parallel), results merged; `refine` adds conditions to each. */
    async scatter(where: Attributes, refine?: (query: Query) => Query): Promise<ModelBase[]> {
      const shards = Array.from({ length: options.shards }, (_, shard) => shard)
      const parts = await mapLimited(shards, options.shards, async (shard) => {
        const query = (model.query() as Query).where({ ...where, [options.shardField]: shard })
        return [...(await (refine ? refine(query) : query).get())]
      })
      return parts.flat()
    },
  }
}
