import type { ModelBase } from '../model/model-base'
import { type BelongsToHandle, relation as relationHandle } from '../relations/access'
import { BelongsToMany } from '../relations/belongs-to-many'
import type { RelationQuery } from '../relations/has-query'
import { setLoaded } from '../relations/loaded-store'
import { mapLimited } from '../relations/map-limited'
import { relationOf } from '../relations/resolve'
import type { RelationConstraint } from './eager-spec'

/**
 * A `has`/`doesntHave`/`whereHas` filter: keep parents whose relation has (or lacks) a matching row.
 *
 * @example
 * ```ts
 * const filter: ExistenceFilter = { relation: 'posts', exists: true, constraint: null }
 * const authors = await filterByExistence(users, [filter], 8)
 * ```
 */
export interface ExistenceFilter {
  readonly relation: string
  readonly exists: boolean
  readonly constraint: RelationConstraint | null
}

async function relationExists(
  model: ModelBase,
  name: string,
  constraint: RelationConstraint | null,
): Promise<boolean> {
  const handle = relationHandle(model, name)
  if (handle instanceof BelongsToMany) return (await handle.edges()).length > 0
  if ('kind' in handle) return (await (handle as BelongsToHandle).get()) !== null
  const query = constraint ? constraint(handle as RelationQuery) : (handle as RelationQuery)
  return query.exists()
}

/**
 * Parents passing every filter; one Limit-1 Query (or GetItem) per parent and filter, `concurrency` at a time.
 *
 * @example
 * ```ts
 * const withoutPosts = await filterByExistence(users, [{ relation: 'posts', exists: false, constraint: null }], 8)
 * ```
 */
export async function filterByExistence(
  models: readonly ModelBase[],
  filters: readonly ExistenceFilter[],
  concurrency: number,
): Promise<ModelBase[]> {
  let kept = [...models]
  for (const filter of filters) {
    const results = await mapLimited(kept, concurrency, (model) =>
      relationExists(model, filter.relation, filter.constraint),
    )
    kept = kept.filter((_, index) => results[index] === filter.exists)
  }
  return kept
}

/**
 * `withCount`: sets `<name>Count` on each parent (`getRelation('postsCount')`); one COUNT Query per parent.
 *
 * @example
 * ```ts
 * await loadCounts(users, new Map([['posts', null]]), 8)
 * console.log(users[0]?.getRelation('postsCount'))
 * ```
 */
export async function loadCounts(
  models: readonly ModelBase[],
  names: ReadonlyMap<string, RelationConstraint | null>,
  concurrency: number,
): Promise<void> {
  for (const [name, constraint] of names) {
    const counts = await mapLimited(models, concurrency, async (model) => {
      relationOf(model.$ctx, model.$meta.name, name)
      const handle = relationHandle(model, name)
      if (handle instanceof BelongsToMany) return (await handle.edges()).length
      if ('kind' in handle) return (await (handle as BelongsToHandle).get()) === null ? 0 : 1
      const query = constraint ? constraint(handle as RelationQuery) : (handle as RelationQuery)
      return query.count()
    })
    for (const [index, model] of models.entries()) setLoaded(model, `${name}Count`, counts[index] ?? 0)
  }
}
