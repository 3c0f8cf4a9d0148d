import type { FindOptions } from '../model/instance-types'
import type { ModelClassLike } from './eager-load'
import { type EagerInput, parseEager } from './eager-spec'
import { findWithTree } from './runners'

/**
 * `find(key)` with relations eager loaded (`findWithRelations(Post, id, ['comments', 'user'])`). When the
 * model owns its partition and some relations keep their children in its item collection, ONE Query on
 * that partition reads the parent and those children (instead of a GetItem and a Query each); other
 * relations then load as `load()` would. Resolves null when nothing (or only a soft-deleted item,
 * unless `withTrashed`) is stored under the key.
 *
 * @example
 * ```ts
 * const post = await findWithRelations(Post, 'p1', ['comments', 'author'])
 * ```
 */
export function findWithRelations<C extends ModelClassLike>(
  cls: C,
  key: unknown,
  relations: EagerInput,
  options: FindOptions = {},
): Promise<InstanceType<C> | null> {
  return findWithTree(cls, key, parseEager([relations]), options)
}
