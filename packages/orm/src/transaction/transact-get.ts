import { resolveModel, tableKeyId, tableKeyOf } from '../batch/model-keys'
import type { InstanceOf, KeyOf, ModelCtor } from '../write-ops/types'
import { contextOf, type OrmLike } from './orm-context'

/**
 * One read of `transactGet`: a model class and a key of it.
 *
 * @example
 * ```ts
 * const refs: [TransactGetRef<typeof User>, TransactGetRef<typeof Post>] = [
 *   { model: User, key: 'u1' },
 *   { model: Post, key: 'p1' },
 * ]
 * const [user, post] = await transactGet(orm, refs)
 * ```
 */
export interface TransactGetRef<C extends ModelCtor = ModelCtor> {
  readonly model: C
  readonly key: KeyOf<C>
}

type Results<R extends readonly ModelCtor[]> = { -readonly [K in keyof R]: InstanceOf<R[K]> | null }

/**
 * Reads up to 100 items of any models as one consistent snapshot (TransactGetItems): results come in the
 * order asked, as instances, `null` for missing items (or items of another model at that key).
 *
 * ```ts
 * const [user, post] = await transactGet(orm, [{ model: User, key: 'u1' }, { model: Post, key: 'p1' }])
 * ```
 *
 * @example
 * ```ts
 * const [user, post] = await transactGet(orm, [{ model: User, key: 'u1' }, { model: Post, key: 'p1' }])
 * ```
 */
export async function transactGet<const R extends readonly ModelCtor[]>(
  orm: OrmLike,
  refs: { readonly [K in keyof R]: TransactGetRef<R[K]> },
): Promise<Results<R>> {
  const ctx = contextOf(orm)
  const resolved = (refs as readonly TransactGetRef[]).map((ref) => {
    const model = resolveModel(ref.model)
    return { ...model, key: tableKeyOf(model.entity, ref.key) }
  })
  if (resolved.length === 0) return [] as unknown as Results<R>
  const output = await ctx.doc.transactGet({
    TransactItems: resolved.map(({ ctx: own, key }) => ({ Get: { TableName: own.tableName, Key: key } })),
  })
  const responses = output.Responses ?? []
  return resolved.map(({ entity, key }, index) => {
    const item = responses[index]?.Item as Record<string, unknown> | undefined
    if (!item || item[entity.entityTypeAttribute] !== entity.name) return null
    if (tableKeyId(entity, item) !== tableKeyId(entity, key)) return null
    return ctx.hydrate(entity.name, item)
  }) as unknown as Results<R>
}
