import type { RelationQuery } from '../relations/has-query'

/**
 * A constraint applied to each relation query (`q => q.latest().limit(5)`).
 *
 * @example
 * ```ts
 * const latestFive: RelationConstraint = (query) => query.latest().limit(5)
 * const users = await User.query().with({ posts: latestFive }).get()
 * ```
 */
export type RelationConstraint = (query: RelationQuery) => RelationQuery

/**
 * What `with()` accepts: names (`'posts'`, `'posts.comments'`), lists of them, or names mapped to
 * constraints. `P` is the relation paths a model allows (any string when not known).
 *
 * @example
 * ```ts
 * const input: EagerInput = { posts: (query) => query.latest().limit(5), team: true }
 * const users = await User.query().with(input).get()
 * ```
 */
export type EagerInput<P extends string = string> =
  | P
  | readonly P[]
  | { readonly [Path in P]?: RelationConstraint | true }

/**
 * One relation to load and what to load below it.
 *
 * @example
 * ```ts
 * const node: EagerNode | undefined = parseEager(['posts.comments']).get('posts')
 * console.log([...(node?.children.keys() ?? [])]) // ['comments']
 * ```
 */
export interface EagerNode {
  readonly constraint: RelationConstraint | null
  readonly children: EagerTree
}

/**
 * Relations to load, by name, each with its constraint and the relations to load below it (what `with()` records).
 *
 * @example
 * ```ts
 * const tree: EagerTree = parseEager(['posts.comments', 'team'])
 * await eagerLoad(users, tree)
 * ```
 */
export type EagerTree = ReadonlyMap<string, EagerNode>

interface MutableNode {
  constraint: RelationConstraint | null
  children: Map<string, MutableNode>
}

function addPath(root: Map<string, MutableNode>, path: string, constraint: RelationConstraint | null): void {
  const segments = path.split('.').filter((segment) => segment.length > 0)
  let level = root
  segments.forEach((segment, index) => {
    let node = level.get(segment)
    if (!node) {
      node = { constraint: null, children: new Map() }
      level.set(segment, node)
    }
    if (index === segments.length - 1 && constraint) node.constraint = constraint
    level = node.children
  })
}

/**
 * Merges `with()` arguments into a tree: `posts.comments` loads posts, then comments of every post.
 *
 * @example
 * ```ts
 * const tree = parseEager(['posts', 'posts.comments']) // posts, then the comments of every post
 * ```
 */
export function parseEager(inputs: readonly EagerInput[], base: EagerTree = new Map()): EagerTree {
  const root = cloneTree(base)
  for (const input of inputs) {
    if (typeof input === 'string') addPath(root, input, null)
    else if (Array.isArray(input)) for (const path of input as readonly string[]) addPath(root, path, null)
    else
      for (const [path, constraint] of Object.entries(input as Record<string, RelationConstraint | true>))
        addPath(root, path, typeof constraint === 'function' ? constraint : null)
  }
  return root
}

function cloneTree(tree: EagerTree): Map<string, MutableNode> {
  const out = new Map<string, MutableNode>()
  for (const [name, node] of tree)
    out.set(name, { constraint: node.constraint, children: cloneTree(node.children) })
  return out
}
