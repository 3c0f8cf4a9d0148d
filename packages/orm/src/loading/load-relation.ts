import type { RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { loadBelongsTo } from '../relations/belongs-to'
import { readEdges } from '../relations/edge-query'
import { RelationError } from '../relations/errors'
import { hasQuery } from '../relations/has-query'
import { loadManyToMany } from '../relations/load-many-to-many'
import { mapLimited } from '../relations/map-limited'
import { attributesOf } from '../relations/resolve'
import type { RelationConstraint } from './eager-spec'

/** Relations read with a query builder, the only ones a `with({ name: q => ... })` constraint can shape. */
const QUERY_KINDS: ReadonlySet<string> = new Set(['hasMany', 'hasOne', 'morphMany', 'morphOne'])

/**
 * Options of `loadRelation`: a constraint applied to each relation query and how many run at once.
 *
 * @example
 * ```ts
 * const options: LoadOptions = { constraint: (query) => query.limit(5), concurrency: 4 }
 * const byParent = await loadRelation(orm.ctx, 'User', users, relationDesign, options)
 * ```
 */
export interface LoadOptions {
  readonly constraint: RelationConstraint | null
  readonly concurrency: number
}

/**
 * One relation for many parents, never one request per parent where a batch exists:
 * - belongsTo/morphTo: distinct parent keys, ceil(distinct / 100) BatchGetItem (one GetItem for one);
 * - hasMany/hasOne/morph*: one Query per parent (Limit 1 for the "one" kinds), `concurrency` at a time;
 * - belongsToMany/morphToMany/morphedByMany: one edge Query per parent, then ceil(distinct related / 100)
 *   BatchGetItem (morph edges are read under the relation's type prefix, so `tag.posts` never sees videos).
 *
 * @example
 * ```ts
 * const byParent = await loadRelation(orm.ctx, 'User', users, relationOf(orm.ctx, 'User', 'posts'), { constraint: null, concurrency: 8 })
 * ```
 */
export async function loadRelation(
  ctx: OrmContext,
  entity: string,
  parents: readonly ModelBase[],
  relation: RelationDesign,
  options: LoadOptions,
): Promise<Map<ModelBase, ModelBase | ModelBase[] | null>> {
  const out = new Map<ModelBase, ModelBase | ModelBase[] | null>()
  if (parents.length === 0) return out
  if (options.constraint && !QUERY_KINDS.has(relation.kind)) {
    throw new RelationError(
      'UNSUPPORTED_CONSTRAINT',
      `${entity}.${relation.name}: a ${relation.kind} relation is read by key, so with() constraints cannot apply`,
      {
        hint: 'constrain hasMany/hasOne/morphMany/morphOne relations, or filter the loaded models',
        entity,
        relation: relation.name,
      },
    )
  }
  switch (relation.kind) {
    case 'belongsTo':
    case 'morphTo':
      return loadBelongsTo(ctx, parents, relation, entity)
    case 'belongsToMany':
    case 'morphToMany':
    case 'morphedByMany': {
      const lists = await loadManyToMany(ctx, parents, relation, () =>
        mapLimited(parents, options.concurrency, (parent) => readEdges(ctx, relation, attributesOf(parent))),
      )
      for (const [index, parent] of parents.entries()) out.set(parent, lists[index] ?? [])
      return out
    }
    default: {
      const single = relation.kind === 'hasOne' || relation.kind === 'morphOne'
      const values = await mapLimited(parents, options.concurrency, async (parent) => {
        const base = hasQuery(parent, relation)
        const query = options.constraint ? options.constraint(base) : base
        return single ? query.first() : [...(await query.get())]
      })
      for (const [index, parent] of parents.entries()) out.set(parent, values[index] ?? null)
      return out
    }
  }
}
