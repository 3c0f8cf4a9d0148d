import type { RelationDesign } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { getItemKey, keyIdentity } from './access-keys'
import { readByKeys } from './batch-read'
import { attributesOf, expectKind } from './resolve'

function isTrashed(ctx: OrmContext, entity: string, item: Readonly<Record<string, unknown>>): boolean {
  const attribute = ctx.entity(entity).softDeleteAttribute
  return attribute !== null && item[attribute] !== undefined && item[attribute] !== null
}

/**
 * The parent of each child through a belongsTo relation (morphTo: the parent named by the child's type
 * attribute). Distinct parents are read once: one GetItem for a single parent, else
 * ceil(distinct parents / 100) BatchGetItem requests. Children without a parent map to null.
 *
 * @example
 * ```ts
 * const authors = await loadBelongsTo(orm.ctx, posts, relationOf(orm.ctx, 'Post', 'author'), 'Post')
 * ```
 */
export async function loadBelongsTo(
  ctx: OrmContext,
  children: readonly ModelBase[],
  relation: RelationDesign,
  entity: string,
): Promise<Map<ModelBase, ModelBase | null>> {
  expectKind(entity, relation, ['belongsTo', 'morphTo'])
  const keys = new Map<ModelBase, Record<string, string> | null>()
  for (const child of children) keys.set(child, getItemKey(ctx.design, relation.access, attributesOf(child)))
  const items = await readByKeys(
    ctx,
    relation.access.entityType,
    [...keys.values()].filter((key): key is Record<string, string> => key !== null),
  )
  const hydrated = new Map<string, ModelBase>()
  const out = new Map<ModelBase, ModelBase | null>()
  for (const [child, key] of keys) {
    const id = key ? keyIdentity(ctx.design, key) : null
    const item = id === null ? undefined : items.get(id)
    const type = item?.[ctx.design.entityTypeAttribute] as string | undefined
    const allowed =
      !relation.morph || relation.morph.targets.length === 0 || relation.morph.targets.includes(type ?? '')
    if (!item || !type || id === null || !allowed || isTrashed(ctx, type, item)) {
      out.set(child, null)
      continue
    }
    let parent = hydrated.get(id)
    if (!parent) {
      parent = ctx.hydrate(type, item)
      hydrated.set(id, parent)
    }
    out.set(child, parent)
  }
  return out
}
