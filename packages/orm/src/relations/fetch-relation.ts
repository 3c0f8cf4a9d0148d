import type { ModelBase } from '../model/model-base'
import { relation } from './access'
import { BelongsToMany } from './belongs-to-many'
import type { RelationQuery } from './has-query'
import { relationOf } from './resolve'

/**
 * Reads the relation now: a model or null for belongsTo/morphTo/hasOne/morphOne (one GetItem or one
 * Query with Limit 1), a list of models for hasMany/morphMany and the edge kinds.
 *
 * @example
 * ```ts
 * const posts = await fetchRelation(user, 'posts') // ModelBase[]
 * const team = await fetchRelation(user, 'team') // ModelBase | null
 * ```
 */
export async function fetchRelation(model: ModelBase, name: string): Promise<ModelBase | ModelBase[] | null> {
  const design = relationOf(model.$ctx, model.$meta.name, name)
  const handle = relation(model, name)
  if (handle instanceof BelongsToMany) return [...(await handle.get())]
  if ('kind' in handle && (handle.kind === 'belongsTo' || handle.kind === 'morphTo')) return handle.get()
  const query = handle as RelationQuery
  if (design.kind === 'hasOne' || design.kind === 'morphOne') return query.first()
  return [...(await query.get())]
}
