import type { EntityDesign, RelationAccess, TableDesign } from '../design/types'
import { renderKey } from '../keys/render-key'

/**
 * Deterministic sample values for docs: `USER#123`, `ada@example.com`, `2026-01-01T00:00:00.000Z`.
 *
 * @example
 * ```ts
 * const design = deriveDesign(models, { tableName: 'app' })
 * sampleValue(design, design.entities.User, 'email') // 'ada@example.com'
 * sampleValue(design, design.entities.Post, 'userId') // '42'
 * ```
 */
export function sampleValue(design: TableDesign, entity: EntityDesign | undefined, field: string): string {
  const attribute = entity?.attributes[field]
  if (field === 'id') return '123'
  if (/Id$/.test(field)) return '42'
  if (/Type$/.test(field)) return morphSample(design, entity, field)
  if (/email/i.test(field)) return 'ada@example.com'
  if (/(At|Date|date)$/.test(field) || attribute?.type === 'date' || attribute?.type === 'datetime') {
    return '2026-01-01T00:00:00.000Z'
  }
  if (attribute?.type === 'number') return '7'
  if (attribute?.type === 'boolean') return 'true'
  if (field === 'status') return 'active'
  return `${field}-1`
}

function morphSample(design: TableDesign, entity: EntityDesign | undefined, field: string): string {
  for (const relation of Object.values(entity?.relations ?? {})) {
    const target = relation.morph?.typeAttribute === field ? relation.morph.targets[0] : undefined
    if (target) return design.entities[target]?.prefix ?? target.toUpperCase()
  }
  return 'POST'
}

export function samplesFor(
  design: TableDesign,
  entity: EntityDesign | undefined,
  fields: readonly string[],
): Record<string, string> {
  const values: Record<string, string> = {}
  for (const field of fields) values[field] = sampleValue(design, entity, field)
  return values
}

/**
 * `pk = USER#123 AND begins_with(sk, POST#)` for a request shape, with sample values from `source`.
 *
 * @example
 * ```ts
 * const design = deriveDesign(models, { tableName: 'app' })
 * const posts = design.entities.User!.relations.posts!
 * describeAccess(design, posts.access, design.entities.User) // e.g. 'gsi1pk = USER#123 AND begins_with(gsi1sk, POST#)'
 * ```
 */
export function describeAccess(
  design: TableDesign,
  access: RelationAccess,
  source: EntityDesign | undefined,
): string {
  const render = (template: string, fields: readonly string[]) =>
    renderKey(template, samplesFor(design, source, fields), design.delimiter, design.delimiterPolicy)
  const pk = `${access.partitionKey.attribute} = ${render(access.partitionKey.template, access.partitionKey.fields)}`
  if (!access.sortKey) return pk
  const sk = render(access.sortKey.template, access.sortKey.fields)
  return access.operation === 'GetItem'
    ? `${pk} AND ${access.sortKey.attribute} = ${sk}`
    : `${pk} AND begins_with(${access.sortKey.attribute}, ${sk})`
}
