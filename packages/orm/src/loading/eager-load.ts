import type { ModelBase } from '../model/model-base'
import { setLoaded } from '../relations/loaded-store'
import { DEFAULT_CONCURRENCY } from '../relations/map-limited'
import { relationOf } from '../relations/resolve'
import type { EagerTree } from './eager-spec'
import { loadRelation } from './load-relation'

function groupByEntity(models: readonly ModelBase[]): Map<string, ModelBase[]> {
  const groups = new Map<string, ModelBase[]>()
  for (const model of models) {
    const name = model.$meta.name
    const group = groups.get(name)
    if (group) group.push(model)
    else groups.set(name, [model])
  }
  return groups
}

/**
 * Loads every relation of `tree` onto `models` (readable with `getRelation(name)`), level by level:
 * the children of all parents are gathered before the next level loads, so `posts.comments` over 50
 * users costs the posts requests plus the comments requests, never a request per (user, post) pair
 * beyond one Query per post.
 */
export async function eagerLoad(
  models: readonly ModelBase[],
  tree: EagerTree,
  concurrency = DEFAULT_CONCURRENCY,
): Promise<void> {
  if (models.length === 0 || tree.size === 0) return
  for (const [entity, group] of groupByEntity(models)) {
    const ctx = (group[0] as ModelBase).$ctx
    for (const [name, node] of tree) {
      const relation = relationOf(ctx, entity, name)
      const loaded = await loadRelation(ctx, entity, group, relation, {
        constraint: node.constraint,
        concurrency,
      })
      const next: ModelBase[] = []
      for (const [parent, value] of loaded) {
        setLoaded(parent, name, value)
        if (Array.isArray(value)) next.push(...value)
        else if (value) next.push(value)
      }
      if (node.children.size > 0) await eagerLoad(next, node.children, concurrency)
    }
  }
}
