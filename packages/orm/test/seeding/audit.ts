import type { SeedableOrm } from '../../src/index'
import { validateModel } from '../../src/model/validate'

type Item = Record<string, unknown>

/** Every item of the ORM's table (Scan, all pages). */
export async function scanAll(orm: SeedableOrm): Promise<Item[]> {
  const items: Item[] = []
  let start: Record<string, unknown> | undefined
  do {
    const page = await orm.ctx.doc.scan({
      TableName: orm.tableName,
      ...(start ? { ExclusiveStartKey: start } : {}),
    })
    items.push(...((page.Items ?? []) as Item[]))
    start = page.LastEvaluatedKey as Record<string, unknown> | undefined
  } while (start)
  return items
}

/** Items sorted by key with sorted attribute names: equal tables give equal text. */
export function canonical(items: readonly Item[]): string {
  const sortKeys = (item: Item) =>
    Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
  return JSON.stringify(
    items.map(sortKeys).sort((a, b) => {
      const ka = `${a.pk}\u0000${a.sk}`
      const kb = `${b.pk}\u0000${b.sk}`
      return ka < kb ? -1 : ka > kb ? 1 : 0
    }),
  )
}

export interface Audit {
  readonly byEntity: Record<string, Item[]>
  readonly invalid: string[]
  readonly dangling: string[]
  readonly missingGuards: string[]
  readonly emptyKeys: string[]
  readonly edges: Record<string, number>
}

/**
 * Checks a seeded table: every model item passes its model's validation, every belongsTo/morphTo key and
 * every edge end points at a stored item, every unique value has its guard item. `allowedEmpty` lists
 * `Model.foreignKey` that may be empty (cycle breaks); any other empty key is reported.
 */
export async function auditTable(orm: SeedableOrm, allowedEmpty: readonly string[] = []): Promise<Audit> {
  const items = await scanAll(orm)
  const keys = new Set(items.map((item) => `${item.pk}\u0000${item.sk}`))
  const byEntity: Record<string, Item[]> = {}
  const edges: Record<string, number> = {}
  const ids = new Map<string, Set<string>>()
  for (const item of items) {
    const type = String(item._et)
    if (orm.design.entities[type]) {
      const list = byEntity[type] ?? []
      list.push(item)
      byEntity[type] = list
      const set = ids.get(type) ?? new Set<string>()
      set.add(String(item.id))
      ids.set(type, set)
    } else if (orm.design.pivots[type]) edges[type] = (edges[type] ?? 0) + 1
  }
  const prefixes = new Map(Object.values(orm.design.entities).map((entity) => [entity.prefix, entity.name]))
  const audit: Audit = { byEntity, invalid: [], dangling: [], missingGuards: [], emptyKeys: [], edges }
  for (const [type, list] of Object.entries(byEntity)) {
    const entity = orm.design.entities[type]!
    const Model = orm.ctx.models.classFor(type) as unknown as { hydrate(item: Item): never }
    for (const item of list) {
      try {
        await validateModel(Model.hydrate(item), 'create')
      } catch (error) {
        audit.invalid.push(`${type} ${item.id}: ${(error as Error).message}`)
      }
      for (const relation of Object.values(entity.relations)) {
        if (relation.kind === 'belongsTo') {
          const value = item[relation.foreignKey]
          if (value === undefined || value === null) {
            if (!allowedEmpty.includes(`${type}.${relation.foreignKey}`))
              audit.emptyKeys.push(`${type}.${relation.foreignKey}`)
          } else if (!ids.get(relation.target!)?.has(String(value)))
            audit.dangling.push(`${type}.${relation.foreignKey}=${String(value)}`)
        }
        if (relation.kind === 'morphTo' && relation.morph) {
          const target = prefixes.get(String(item[relation.morph.typeAttribute]))
          if (!target || !ids.get(target)?.has(String(item[relation.morph.idAttribute])))
            audit.dangling.push(
              `${type}.${relation.name}=${String(item[relation.morph.typeAttribute])}#${String(item[relation.morph.idAttribute])}`,
            )
        }
      }
      for (const guard of entity.uniqueGuards) {
        const key = guard.template.replace(`{${guard.attribute}}`, String(item[guard.attribute]))
        if (!keys.has(`${key}\u0000${key}`)) audit.missingGuards.push(key)
      }
    }
  }
  for (const item of items) {
    const pivot = orm.design.pivots[String(item._et)]
    if (!pivot) continue
    const fields = [...pivot.partitionKey.fields, ...pivot.sortKey.fields].filter(
      (field) => field !== pivot.morph?.typeAttribute,
    )
    const known = fields.every((field) => [...ids.values()].some((set) => set.has(String(item[field]))))
    if (!known) audit.dangling.push(`edge ${String(item.pk)} -> ${String(item.sk)}`)
  }
  return audit
}
