import type { EntityDesign } from '@dbtooling/schema'

/**
 * A belongsTo/morphTo key left empty to break a cycle (or a self reference).
 *
 * @example
 * ```ts
 * const { broken } = modelOrder(Object.values(orm.design.entities))
 * for (const link of broken as BrokenLink[]) console.warn(`${link.model}.${link.foreignKey} -> ${link.parent}`)
 * ```
 */
export interface BrokenLink {
  readonly model: string
  readonly relation: string
  readonly parent: string
  readonly foreignKey: string
}

/**
 * The order to seed models in (parents first), and the belongsTo links a cycle leaves unfilled.
 *
 * @example
 * ```ts
 * const order: ModelOrder = modelOrder(Object.values(orm.design.entities))
 * console.log(order.order) // e.g. ['Team', 'User', 'Post']
 * ```
 */
export interface ModelOrder {
  /** Parents before children. */
  readonly order: readonly string[]
  readonly broken: readonly BrokenLink[]
}

interface Link {
  readonly relation: string
  readonly parent: string
  readonly foreignKey: string
  readonly required: boolean
}

function linksOf(entity: EntityDesign, selected: ReadonlySet<string>): Link[] {
  const links: Link[] = []
  for (const relation of Object.values(entity.relations)) {
    const parents =
      relation.kind === 'belongsTo' && relation.target
        ? [relation.target]
        : relation.kind === 'morphTo'
          ? (relation.morph?.targets ?? [])
          : []
    const foreignKey = relation.kind === 'morphTo' ? (relation.morph?.idAttribute ?? '') : relation.foreignKey
    const required = entity.attributes[foreignKey]?.required === true
    for (const parent of parents)
      if (selected.has(parent)) links.push({ relation: relation.name, parent, foreignKey, required })
  }
  return links
}

/**
 * Models in seeding order: parents (belongsTo / morphTo targets) before children, ties by name. A self
 * reference (trees) is left empty; a cycle is broken at a link whose key is not required, and every broken
 * link is returned so the caller can say so.
 *
 * @example
 * ```ts
 * const { order } = modelOrder(Object.values(orm.design.entities))
 * ```
 */
export function modelOrder(entities: readonly EntityDesign[]): ModelOrder {
  const selected = new Set(entities.map((entity) => entity.name))
  const pending = new Map(entities.map((entity) => [entity.name, linksOf(entity, selected)]))
  const broken: BrokenLink[] = []
  for (const [model, links] of pending) {
    for (const link of links.filter((l) => l.parent === model)) broken.push({ model, ...link })
    pending.set(
      model,
      links.filter((link) => link.parent !== model),
    )
  }
  const order: string[] = []
  while (pending.size > 0) {
    const ready = [...pending]
      .filter(([, links]) => links.every((link) => !pending.has(link.parent)))
      .map(([name]) => name)
      .sort()
    if (ready.length > 0) {
      for (const name of ready) {
        order.push(name)
        pending.delete(name)
      }
      continue
    }
    breakOne(pending, broken)
  }
  return { order, broken }
}

/** Breaks one link of a cycle: the first (by model name) whose key is optional, else the first. */
function breakOne(pending: Map<string, Link[]>, broken: BrokenLink[]): void {
  const candidates = [...pending]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .flatMap(([model, links]) =>
      links.filter((link) => pending.has(link.parent)).map((link) => ({ model, link })),
    )
  const pick = candidates.find((candidate) => !candidate.link.required) ?? candidates[0]!
  broken.push({ model: pick.model, ...pick.link })
  pending.set(
    pick.model,
    pending.get(pick.model)!.filter((link) => link !== pick.link),
  )
}
