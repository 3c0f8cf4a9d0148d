import type { RelationDesign } from '@dbtooling/schema'
import type { ModelBase } from '../model/model-base'
import type { QueryBuilder } from '../query/builder'
import { createQueryBuilder } from '../query/create-query-builder'
import { classOf, expectKind, localValue } from './resolve'

/**
 * A query builder over the related model's rows (what relation queries return): `M` the related model,
 * `A` its attributes, `P` its relation paths. Loose (`ModelBase` rows, any field) when the target is not
 * in `RegisteredModels`.
 *
 * @example
 * ```ts
 * const query: RelationQuery = user.relation('posts') as RelationQuery
 * const drafts = await query.where('status', 'draft').get()
 * ```
 */
export type RelationQuery<
  M = ModelBase,
  A extends object = Record<string, unknown>,
  P extends string = string,
> = QueryBuilder<A, M, string, P>

/**
 * The children of `parent` as a query builder: `where(foreignKey, parent[localKey])`, plus the morph
 * type for morphOne/morphMany. The compiler turns the foreign key into the relation's access path (the
 * index or item collection the design gave it), so the read is one Query, never a Scan; callers chain
 * further conditions, order and limits onto it.
 *
 * @example
 * ```ts
 * const posts = await hasQuery(user, relationOf(orm.ctx, 'User', 'posts')).latest().get()
 * ```
 */
export function hasQuery(parent: ModelBase, relation: RelationDesign): RelationQuery {
  const entity = parent.$meta.name
  expectKind(entity, relation, ['hasMany', 'hasOne', 'morphMany', 'morphOne'])
  const ctx = parent.$ctx
  const target = relation.target as string
  const query = createQueryBuilder(ctx, target, classOf(ctx, target)) as unknown as RelationQuery
  const value = localValue(parent, relation) as string
  if (relation.morph) {
    return query
      .where(relation.morph.idAttribute, value)
      .where(relation.morph.typeAttribute, relation.morph.typeValue)
  }
  return query.where(relation.foreignKey, value)
}
