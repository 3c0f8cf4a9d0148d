import type { ModelBase } from '../model/model-base'
import { BelongsToMany } from './belongs-to-many'
import { hasQuery, type RelationQuery } from './has-query'
import { relationOf } from './resolve'
import { loadBelongsTo } from './runners'

/**
 * What `model.relation(name)` returns: a query builder (has*), the edge API (belongsToMany, morphToMany,
 * morphedByMany), or a loader (belongsTo).
 *
 * @example
 * ```ts
 * const handle: RelationHandle = user.relation('posts')
 * ```
 */
export type RelationHandle = RelationQuery | BelongsToMany | BelongsToHandle

/**
 * belongsTo / morphTo access: one GetItem on the parent's key; `M` is the parent's model type.
 *
 * @example
 * ```ts
 * const handle = post.relation('author') // BelongsToHandle: one GetItem
 * const author = await handle.get()
 * ```
 */
export interface BelongsToHandle<M = ModelBase> {
  readonly kind: 'belongsTo' | 'morphTo'
  get(): Promise<M | null>
}

/**
 * The relation `name` of `model` as something to read from or write through:
 * `hasMany`/`hasOne`/`morphMany`/`morphOne` give a query builder limited to the children (one Query on
 * the relation's index or item collection), `belongsToMany`/`morphToMany`/`morphedByMany` give
 * `BelongsToMany` (edges, attach/detach/sync/toggle/updateExistingPivot), `belongsTo`/`morphTo` give a
 * handle whose `get()` is one GetItem.
 *
 * @example
 * ```ts
 * const recent = await relation(user, 'posts') as RelationQuery
 * const posts = await recent.latest().limit(5).get()
 * ```
 */
export function relation(model: ModelBase, name: string): RelationHandle {
  const design = relationOf(model.$ctx, model.$meta.name, name)
  switch (design.kind) {
    case 'belongsToMany':
    case 'morphToMany':
    case 'morphedByMany':
      return new BelongsToMany(model, design)
    case 'belongsTo':
    case 'morphTo':
      return {
        kind: design.kind,
        get: async () =>
          (await loadBelongsTo(model.$ctx, [model], design, model.$meta.name)).get(model) ?? null,
      }
    default:
      return hasQuery(model, design)
  }
}
