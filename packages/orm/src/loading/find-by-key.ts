import type { FindOptions } from '../model/instance-types'
import { ModelBase } from '../model/model-base'
import { keyAttributes } from '../model/read'
import type { KeyFinderRequest } from '../query/result-hooks'
import { eagerStateOf } from './eager-state'
import { findWithTree } from './runners'

/**
 * `query().with(...).find(key)`: a key read plus what the query recorded. A query that only carries
 * eager-loading instructions (and the soft-delete mode) reads the item by key, so relations whose
 * children share its item collection come back in the same single Query; anything else the query says
 * (where clauses, global scopes, an index, a projection) would be lost by a key read, so then the key is
 * added as conditions and the query's `first()` runs.
 */
export async function findByKey(request: KeyFinderRequest): Promise<unknown> {
  const { description, model, key, plain, finish, first } = request
  const cls = model as typeof ModelBase
  const entity = cls.ctx().entity(cls.modelName)
  const keyValues = keyAttributes(entity, key)
  if (!plain) return first(keyValues)
  const options: FindOptions = {
    consistentRead: description.consistentRead,
    withTrashed: description.trashed !== 'exclude',
  }
  const state = eagerStateOf(description)
  const found =
    state.tree.size > 0 ? await findWithTree(cls, key, state.tree, options) : await cls.find(key, options)
  if (!(found instanceof ModelBase)) return null
  if (description.trashed === 'only' && !found.trashed()) return null
  if (state.filters.length === 0 && state.counts.size === 0) return found
  const [kept] = await finish([found], { ...state, tree: new Map() })
  return kept ?? null
}
