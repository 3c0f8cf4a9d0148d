import type { RelationDesign } from '@dbtooling/schema'
import type { ModelBase } from '../model/model-base'
import { loadBelongsTo } from './belongs-to'
import { RelationError } from './errors'
import { hasQuery } from './has-query'
import { setLoaded } from './loaded-store'
import { DEFAULT_CONCURRENCY, mapLimited } from './map-limited'
import { relationOf } from './resolve'

/**
 * Options of the tree helpers: the self-referencing relations to follow and how many Queries run at once.
 *
 * @example
 * ```ts
 * const options: TreeOptions = { children: 'subfolders', parent: 'parentFolder', concurrency: 4 }
 * const tree = await getTree(rootFolder, options)
 * ```
 */
export interface TreeOptions {
  /** The self-referencing hasMany (default: the model's only hasMany to itself). */
  readonly children?: string
  /** The self-referencing belongsTo (default: the model's only belongsTo to itself). */
  readonly parent?: string
  /** Levels to walk at most (default 100); guards against runaway data. */
  readonly maxDepth?: number
  readonly concurrency?: number
}

/**
 * A node of `getTree()`: the model and its children, recursively.
 *
 * @example
 * ```ts
 * function depth(node: TreeNode): number {
 *   return 1 + Math.max(0, ...node.children.map(depth))
 * }
 * console.log(depth(await getTree(rootFolder)))
 * ```
 */
export interface TreeNode {
  readonly model: ModelBase
  readonly children: TreeNode[]
}

function selfRelation(model: ModelBase, kind: 'hasMany' | 'belongsTo', name?: string): RelationDesign {
  const entity = model.$meta.name
  if (name) return relationOf(model.$ctx, entity, name)
  const found = Object.values(model.$ctx.entity(entity).design.relations).filter(
    (relation) => relation.kind === kind && relation.target === entity,
  )
  if (found.length === 1) return found[0] as RelationDesign
  throw new RelationError('UNKNOWN_RELATION', `${entity} has ${found.length} ${kind} relations to itself`, {
    hint: `declare ${kind}: [{ model: '${entity}', foreignKey: 'parentId' }] or name it in the options`,
    entity,
    relation: kind,
  })
}

const identity = (model: ModelBase) =>
  `${model.$meta.name}\u0000${String(model.$meta.entity.primaryKey.map((f) => model.$state.attributes[f]).join('\u0000'))}`

/**
 * Parent, grandparent, ... up to the root: one GetItem per level (cached inside `unitOfWork()`).
 *
 * @example
 * ```ts
 * const path = await ancestors(folder) // parent, grandparent, ... up to the root
 * ```
 */
export async function ancestors(model: ModelBase, options: TreeOptions = {}): Promise<ModelBase[]> {
  const relation = selfRelation(model, 'belongsTo', options.parent)
  const seen = new Set([identity(model)])
  const out: ModelBase[] = []
  let current = model
  for (let depth = 0; depth < (options.maxDepth ?? 100); depth++) {
    const parent = (await loadBelongsTo(current.$ctx, [current], relation, current.$meta.name)).get(current)
    if (!parent || seen.has(identity(parent))) break
    seen.add(identity(parent))
    out.push(parent)
    current = parent
  }
  return out
}

/**
 * Every node below `model`, level by level (breadth first): each level costs one Query per node of the
 * level before, `concurrency` at a time. Each node's `children` relation is set on the way, so the
 * result doubles as a loaded tree (`getRelation('children')`).
 *
 * @example
 * ```ts
 * const below = await descendants(folder, { concurrency: 4 })
 * ```
 */
export async function descendants(model: ModelBase, options: TreeOptions = {}): Promise<ModelBase[]> {
  const relation = selfRelation(model, 'hasMany', options.children)
  const seen = new Set([identity(model)])
  const out: ModelBase[] = []
  let level = [model]
  for (let depth = 0; depth < (options.maxDepth ?? 100) && level.length > 0; depth++) {
    const children = await mapLimited(level, options.concurrency ?? DEFAULT_CONCURRENCY, async (node) => [
      ...(await hasQuery(node, relation).get()),
    ])
    const next: ModelBase[] = []
    for (const [index, node] of level.entries()) {
      const fresh = (children[index] ?? []).filter((child) => !seen.has(identity(child)))
      for (const child of fresh) seen.add(identity(child))
      setLoaded(node, relation.name, fresh)
      next.push(...fresh)
    }
    out.push(...next)
    level = next
  }
  return out
}

/**
 * `model` with all its descendants as nested nodes.
 *
 * @example
 * ```ts
 * const tree = await getTree(rootFolder)
 * console.log(tree.children.map((node) => node.model.getAttribute('name')))
 * ```
 */
export async function getTree(model: ModelBase, options: TreeOptions = {}): Promise<TreeNode> {
  const relation = selfRelation(model, 'hasMany', options.children)
  await descendants(model, options)
  const build = (node: ModelBase): TreeNode => ({
    model: node,
    children: ((node.getRelation(relation.name) as ModelBase[] | undefined) ?? []).map(build),
  })
  return build(model)
}
