import type { ModelBase } from '../model/model-base'
import { QueryBuilder } from '../query/builder'
import { type BelongsToHandle, relation } from './access'
import { hasQuery } from './has-query'
import { classOf, relationOf } from './resolve'

/**
 * What `user.profile()` returns for hasOne/morphOne: the relation query (chain `where`, `select`...),
 * which also resolves to the first related model (or null) when awaited: `await user.profile()` is one
 * Query with Limit 1. Only named accessors hand these out; builders elsewhere are never thenable.
 *
 * @example
 * ```ts
 * const profile = await user.profile() // a HasOneQuery, awaited: one Query with Limit 1
 * const publicProfile = await user.profile().where('visibility', 'public').first()
 * ```
 */
export class HasOneQuery<M = ModelBase, A extends object = Record<string, unknown>, P extends string = string>
  extends QueryBuilder<A, M, string, P>
  implements PromiseLike<M | null>
{
  // biome-ignore lint/suspicious/noThenProperty: awaiting the accessor reads the related model on purpose
  then<T = M | null, E = never>(
    onFulfilled?: ((value: M | null) => T | PromiseLike<T>) | null,
    onRejected?: ((reason: unknown) => E | PromiseLike<E>) | null,
  ): Promise<T | E> {
    return this.first().then(onFulfilled, onRejected)
  }
}

/**
 * What `post.user()` returns for belongsTo/morphTo: the handle (`get()`), which also resolves to the
 * parent (or null) when awaited: `await post.user()` is one GetItem.
 *
 * @example
 * ```ts
 * const author = await post.author() // a BelongsToRelation, awaited: one GetItem
 * ```
 */
export type BelongsToRelation<M = ModelBase> = BelongsToHandle<M> & PromiseLike<M | null>

function awaitableParent(handle: BelongsToHandle): BelongsToRelation {
  return {
    kind: handle.kind,
    get: () => handle.get(),
    // biome-ignore lint/suspicious/noThenProperty: awaiting the accessor reads the parent on purpose
    then: (onFulfilled, onRejected) => handle.get().then(onFulfilled, onRejected),
  }
}

/**
 * The value of a named relation accessor (`user.posts()`): like `relation(name)`, except that
 * belongsTo/morphTo and hasOne/morphOne can also be awaited for the related model.
 *
 * @example
 * ```ts
 * const team = await namedRelation(user, 'team') // what `user.team()` returns
 * ```
 */
export function namedRelation(model: ModelBase, name: string): unknown {
  const design = relationOf(model.$ctx, model.$meta.name, name)
  switch (design.kind) {
    case 'belongsTo':
    case 'morphTo':
      return awaitableParent(relation(model, name) as BelongsToHandle)
    case 'hasOne':
    case 'morphOne': {
      const ctx = model.$ctx
      const { description } = hasQuery(model, design)
      return new HasOneQuery(ctx, description, classOf(ctx, design.target as string))
    }
    default:
      return relation(model, name)
  }
}
