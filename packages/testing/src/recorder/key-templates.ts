import type { EntityIndexKeys, KeyDesign, TableDesign } from '@dbtooling/schema'

/**
 * One way an entity's items are keyed on one index (`index` null: the table itself).
 *
 * @example
 * ```ts
 * const entries: readonly KeyEntry[] = table.recorder.requests[0]?.entries ?? [] // the key shapes a request matched
 * console.log(entries.map((entry) => `${entry.entity} on ${entry.index ?? 'table'}: ${entry.accessPath}`))
 * ```
 */
export interface KeyEntry {
  readonly entity: string
  readonly index: string | null
  /** The design's access path (`byId`, `type`, `parent:User:userId`, `index:byStatus`, `pivot`). */
  readonly accessPath: string
  /** Declared index names this entry serves (`byStatus`), for `assertQueried(Post, { index: 'byStatus' })`. */
  readonly declaredNames: readonly string[]
  readonly partitionKey: KeyDesign
  readonly sortKey: KeyDesign
  /** `one` marks the list-by-type entry: a Query on it reads every item of the type. */
  readonly cardinality: EntityIndexKeys['cardinality']
  readonly shards: number
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A regex matching every value the template can render (a placeholder: any text with escaped delimiters).
 * With `tenantKeyPrefix` (multi-tenancy's `prefix` strategy), `<prefix>#<tenant>#` may come first.
 */
export function templatePattern(
  template: string,
  delimiter: string,
  shards: number,
  tenantKeyPrefix?: string,
): RegExp {
  const delim = escapeRegex(delimiter)
  const field = `(?:[^${delim}\\\\]|\\\\.)*`
  const tenant = tenantKeyPrefix ? `(?:${escapeRegex(tenantKeyPrefix)}${delim}[A-Za-z0-9_.-]+${delim})?` : ''
  const body = template
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') && part.endsWith('}') ? field : escapeRegex(part)))
    .join('')
  return new RegExp(`^${tenant}${body}${shards > 0 ? `${delim}\\d+` : ''}$`)
}

/** The template's text before its first placeholder: every rendered value starts with it. */
export function literalPrefix(template: string): string {
  const brace = template.indexOf('{')
  return brace < 0 ? template : template.slice(0, brace)
}

function declaredNamesOf(entry: EntityIndexKeys): string[] {
  const names = entry.accessPath.startsWith('index:') ? [entry.accessPath.slice('index:'.length)] : []
  return [...names, ...(entry.foldedIndexes ?? [])]
}

/** Every key entry of the design: base keys, index entries and belongsToMany/morph edges (both views). */
export function keyEntries(design: TableDesign): KeyEntry[] {
  const entries: KeyEntry[] = []
  for (const entity of Object.values(design.entities)) {
    entries.push({
      entity: entity.name,
      index: null,
      accessPath: 'byId',
      declaredNames: [],
      partitionKey: entity.partitionKey,
      sortKey: entity.sortKey,
      cardinality: 'per-item',
      shards: 0,
    })
    for (const entry of entity.indexKeys)
      entries.push({
        entity: entity.name,
        index: entry.index,
        accessPath: entry.accessPath,
        declaredNames: declaredNamesOf(entry),
        partitionKey: entry.partitionKey,
        sortKey: entry.sortKey,
        cardinality: entry.cardinality,
        shards: entry.shards?.count ?? 0,
      })
  }
  for (const pivot of Object.values(design.pivots)) {
    const base = {
      entity: pivot.entityType,
      accessPath: 'pivot',
      declaredNames: [],
      cardinality: 'per-item' as const,
    }
    entries.push({
      ...base,
      index: null,
      partitionKey: pivot.partitionKey,
      sortKey: pivot.sortKey,
      shards: 0,
    })
    entries.push({
      ...base,
      index: pivot.inverseIndex,
      partitionKey: pivot.inversePartitionKey,
      sortKey: pivot.inverseSortKey,
      shards: 0,
    })
  }
  return entries
}
