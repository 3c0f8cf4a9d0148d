import type { PivotDesign, RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { keyOf } from '../storage/to-item'
import { keyIdentity } from './access-keys'
import { readByKeys } from './batch-read'
import { edgeIds, pivotAttributes, relatedField } from './pivot-items'
import { setPivot } from './pivot-store'

type Attributes = Record<string, unknown>

/**
 * Related models of several parents: edges per parent (from `readEdgesOf`), then every distinct related
 * model read once with ceil(distinct / 100) BatchGetItem requests. Results keep edge order.
 *
 * @example
 * ```ts
 * const rolesPerUser = await loadManyToMany(orm.ctx, users, relationDesign, readEdges)
 * ```
 */
export async function loadManyToMany(
  ctx: OrmContext,
  parents: readonly ModelBase[],
  relation: RelationDesign,
  readEdgesOf: () => Promise<Attributes[][]>,
): Promise<ModelBase[][]> {
  const pivot = relation.pivot as PivotDesign
  const target = ctx.entity(relation.target as string)
  const field = relatedField(relation, pivot)
  const edgesPerParent = await readEdgesOf()
  const keyFor = (edge: Attributes) => keyOf(target, { [target.primaryKey[0] as string]: edge[field] })
  const items = await readByKeys(ctx, target.name, edgesPerParent.flat().map(keyFor))
  return parents.map((_, index) => {
    const models: ModelBase[] = []
    for (const edge of edgesPerParent[index] ?? []) {
      const item = items.get(keyIdentity(ctx.design, keyFor(edge)))
      if (!item) continue
      const model = ctx.hydrate(target.name, item)
      setPivot(model, pivotAttributesWithIds(relation, pivot, edge))
      models.push(model)
    }
    return models
  })
}

function pivotAttributesWithIds(relation: RelationDesign, pivot: PivotDesign, edge: Attributes): Attributes {
  const ids = edgeIds(relation, pivot, edge[relation.foreignKey], edge[relatedField(relation, pivot)])
  return { ...ids, ...pivotAttributes(pivot, edge) }
}
