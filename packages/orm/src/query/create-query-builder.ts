import type { InferAttributes, ModelDefinition } from '@dbtooling/schema'
import { QueryBuilder } from './builder'
import type { QueryContext } from './context'
import { emptyDescription } from './description'
import { QueryError } from './errors'
import type { RelationPath } from './relation-paths'
import type { QueryIndexName } from './types'

/**
 * The builder type for a model definition: typed attributes, rows `R`, the model's index names and relation paths.
 *
 * @example
 * ```ts
 * function recent(query: ModelQuery<typeof postDefinition>) {
 *   return query.latest().limit(5)
 * }
 * const posts = await recent(createQueryBuilder(orm.ctx, 'Post')).get()
 * ```
 */
export type ModelQuery<Def extends ModelDefinition, R = InferAttributes<Def>> = QueryBuilder<
  InferAttributes<Def>,
  R,
  QueryIndexName<Def>,
  RelationPath<Def>
>

/**
 * A fresh query over one entity. Models call it from `query()`, `where()` and `all()`; `modelClass`
 * (optional) supplies `scopeXxx` static methods for `scope('xxx')`.
 *
 * @example
 * ```ts
 * const query = createQueryBuilder<typeof postDefinition>(orm.ctx, 'Post')
 * const drafts = await query.where('status', 'draft').limit(10).get()
 * ```
 */
export function createQueryBuilder<Def extends ModelDefinition, R = InferAttributes<Def>>(
  ctx: QueryContext,
  entityName: string,
  modelClass?: unknown,
): ModelQuery<Def, R> {
  if (!ctx.design.entities[entityName]) {
    throw new QueryError('UNKNOWN_ENTITY', `the design has no entity '${entityName}'`, {
      hint: `query one of: ${Object.keys(ctx.design.entities).join(', ')}`,
    })
  }
  return new QueryBuilder(ctx, emptyDescription(entityName), modelClass)
}
