import type { DocumentMap } from '@dbtooling/dynamo-client'
import { contextOf, type OrmLike } from '../transaction/orm-context'
import type { InstanceOf, KeyOf, ModelCtor } from '../write-ops/types'
import { UnprocessedKeysError } from './errors'
import { isTrashed, type ResolvedModel, resolveModel, tableKeyId, tableKeyOf } from './model-keys'
import type { BatchRunOptions } from './options'
import { runBatchGet } from './run-batch-get'

/**
 * The keys of one model to read in a `batchGet`.
 *
 * @example
 * ```ts
 * const request: BatchGetRequest<typeof User> = { model: User, keys: ['u1', 'u2'] }
 * const { users } = await batchGet(orm, { users: request })
 * ```
 */
export interface BatchGetRequest<C extends ModelCtor = ModelCtor> {
  readonly model: C
  readonly keys: readonly KeyOf<C>[]
}

/**
 * Options of `batchGet`: consistent reads, soft-deleted items, and the retry, concurrency and progress options of every batch.
 *
 * @example
 * ```ts
 * const options: BatchGetOptions = { consistentRead: true, withTrashed: true, concurrency: 2 }
 * const { users } = await batchGet(orm, { users: { model: User, keys: ['u1', 'u2'] } }, options)
 * ```
 */
export interface BatchGetOptions extends BatchRunOptions {
  readonly consistentRead?: boolean
  /** Include soft-deleted items (left out by default, as in queries). */
  readonly withTrashed?: boolean
}

type Results<R extends Record<string, ModelCtor>> = { -readonly [K in keyof R]: InstanceOf<R[K]>[] }

/**
 * Reads any number of items of several models in as few BatchGetItem requests as possible (100 keys per
 * request, across models; unprocessed keys retried with backoff; `onProgress` after every response).
 * Each group comes back as instances in the order of its keys; missing items are left out. Keys still
 * unread after the last retry raise UnprocessedKeysError with those keys and every instance that was read.
 *
 * ```ts
 * const { users, posts } = await batchGet(orm, {
 *   users: { model: User, keys: ['u1', 'u2'] },
 *   posts: { model: Post, keys: ['p1'] },
 * }, { onProgress: (p) => console.log(p.processed, '/', p.total) })
 * ```
 *
 * @example
 * ```ts
 * const { users, posts } = await batchGet(orm, {
 *   users: { model: User, keys: ['u1', 'u2'] },
 *   posts: { model: Post, keys: ['p1'] },
 * })
 * ```
 */
export async function batchGet<R extends Record<string, ModelCtor>>(
  orm: OrmLike,
  requests: { readonly [K in keyof R]: BatchGetRequest<R[K]> },
  options: BatchGetOptions = {},
): Promise<Results<R>> {
  const ctx = contextOf(orm)
  const groups = Object.entries(requests as Record<string, BatchGetRequest>).map(([name, request]) => {
    const model = resolveModel(request.model)
    return { name, model, keys: request.keys.map((key) => tableKeyOf(model.entity, key)) }
  })
  const allKeys = groups.flatMap((group) => group.keys)
  const collect = (items: readonly DocumentMap[]) => hydrateGroups(groups, items, options)
  try {
    const { items } = await runBatchGet(ctx, allKeys, options)
    return collect(items) as Results<R>
  } catch (error) {
    if (!(error instanceof UnprocessedKeysError)) throw error
    throw new UnprocessedKeysError({
      unprocessed: error.unprocessed,
      items: Object.values(collect(error.items as DocumentMap[])).flat(),
      attempts: error.attempts,
      cause: error,
    })
  }
}

interface Group {
  readonly name: string
  readonly model: ResolvedModel
  readonly keys: readonly Record<string, string>[]
}

function hydrateGroups(groups: readonly Group[], items: readonly DocumentMap[], options: BatchGetOptions) {
  const out: Record<string, unknown[]> = {}
  const byKey = new Map<string, DocumentMap>()
  for (const item of items) {
    const entity = groups[0]?.model.entity
    if (entity) byKey.set(tableKeyId(entity, item), item)
  }
  for (const { name, model, keys } of groups) {
    const list: unknown[] = []
    for (const key of keys) {
      const item = byKey.get(tableKeyId(model.entity, key))
      if (!item || item[model.entity.entityTypeAttribute] !== model.entity.name) continue
      if (!options.withTrashed && isTrashed(model.entity, item)) continue
      list.push(model.ctx.hydrate(model.entity.name, item))
    }
    out[name] = list
  }
  return out
}
