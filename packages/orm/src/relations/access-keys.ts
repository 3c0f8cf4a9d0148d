import { compileKeyTemplate, type RelationAccess, type TableDesign } from '@dbtooling/schema'

type Attributes = Readonly<Record<string, unknown>>

function hasFields(fields: readonly string[], values: Attributes): boolean {
  for (const field of fields) {
    const value = values[field]
    if (value === undefined || value === null || value === '') return false
  }
  return true
}

/** Renders a template with the design's delimiter and delimiter policy (compiled once, cached). */
export function render(design: TableDesign, template: string, values: Attributes): string {
  return compileKeyTemplate(template, design.delimiter, design.delimiterPolicy).render(values)
}

/**
 * The table key a GetItem-shaped access path reads, rendered from the *source* item's fields (a belongsTo
 * renders `TEAM#{teamId}` from the child). null when the source lacks a field (no parent to read).
 */
export function getItemKey(
  design: TableDesign,
  access: RelationAccess,
  source: Attributes,
): Record<string, string> | null {
  const sort = access.sortKey
  if (!hasFields(access.partitionKey.fields, source)) return null
  if (sort && !hasFields(sort.fields, source)) return null
  const key: Record<string, string> = {
    [access.partitionKey.attribute]: render(design, access.partitionKey.template, source),
  }
  if (sort) key[sort.attribute] = render(design, sort.template, source)
  return key
}

/** Identity of a table key for de-duplication (pk and sk joined by a character keys never contain). */
export function keyIdentity(design: TableDesign, key: Attributes): string {
  return `${String(key[design.partitionKey])}\u0000${String(key[design.sortKey])}`
}

/** Key condition of a Query-shaped access path, rendered from the parent's fields. */
export function queryKeyCondition(
  design: TableDesign,
  access: RelationAccess,
  source: Attributes,
): { partition: { attribute: string; value: string }; prefix: { attribute: string; value: string } | null } {
  const partition = {
    attribute: access.partitionKey.attribute,
    value: render(design, access.partitionKey.template, source),
  }
  const sort = access.sortKey
  if (!sort) return { partition, prefix: null }
  const value =
    access.sortKeyBeginsWith ??
    compileKeyTemplate(sort.template, design.delimiter, design.delimiterPolicy).renderPrefix(source)
  return { partition, prefix: { attribute: sort.attribute, value } }
}
