import { compileKeyTemplate, type EntityIndexKeys, type KeyDesign, type TableDesign } from '@dbtooling/schema'
import { canonicalJson } from './design-hash'

type Attributes = Readonly<Record<string, unknown>>

/**
 * One index entry an item type writes: which attributes, rendered from which fields.
 *
 * @example
 * ```ts
 * const writers: IndexWriter[] = indexWritersOf(orm.design).get('Post') ?? []
 * // [{ entityType: 'Post', index: 'GSI1', partitionAttribute: 'gsi1pk', sortAttribute: 'gsi1sk', sources: ['userId', 'createdAt'], signature: '...' }]
 * ```
 */
export interface IndexWriter {
  /** Entity type stored on the item (`User`, or an edge type such as `UserRole`). */
  entityType: string
  index: string
  partitionAttribute: string
  sortAttribute: string
  /** Every field the keys read (plus the soft-delete attribute when it decides membership). */
  sources: string[]
  /** The entry as stored in the design minus its prose: two designs write the same keys iff these are equal. */
  signature: string
  render(item: Attributes): { partition: string; sort: string } | null
}

function present(value: unknown): boolean {
  return value !== undefined && value !== null && value !== ''
}

function writer(
  design: TableDesign,
  entityType: string,
  entry: { index: string; partitionKey: KeyDesign; sortKey: KeyDesign; sparse: boolean },
  softDelete: string | null,
  signatureOf: unknown,
): IndexWriter {
  const compile = (template: string) => compileKeyTemplate(template, design.delimiter, design.delimiterPolicy)
  const partition = compile(entry.partitionKey.template)
  const sort = compile(entry.sortKey.template)
  const fields = [...new Set([...entry.partitionKey.fields, ...entry.sortKey.fields])]
  const sources = softDelete ? [...fields, softDelete] : fields
  return {
    entityType,
    index: entry.index,
    partitionAttribute: entry.partitionKey.attribute,
    sortAttribute: entry.sortKey.attribute,
    sources,
    signature: canonicalJson(signatureOf),
    render(item) {
      if (softDelete && item[softDelete] !== undefined && item[softDelete] !== null) return null
      for (const field of fields) if (!present(item[field])) return null
      return { partition: partition.render(item), sort: sort.render(item) }
    },
  }
}

/** What of an entry decides the stored keys: everything but the prose (`reason`, `holds`). */
function entrySignature(entry: EntityIndexKeys): unknown {
  const { reason: _reason, holds: _holds, ...stored } = entry
  return stored
}

/**
 * Every index entry of the design by item type: entities' `indexKeys` and the inverted view of edge
 * (pivot) items. Pure; unknown extra entry fields (shards, ...) land in the signature, so they count as changes.
 *
 * @example
 * ```ts
 * for (const [type, writers] of indexWritersOf(orm.design)) {
 *   console.log(type, writers.map((w) => `${w.index} <- ${w.sources.join(', ')}`))
 * }
 * ```
 */
export function indexWritersOf(design: TableDesign): Map<string, IndexWriter[]> {
  const writers = new Map<string, IndexWriter[]>()
  const add = (entry: IndexWriter) => {
    const list = writers.get(entry.entityType) ?? []
    list.push(entry)
    writers.set(entry.entityType, list)
  }
  for (const entity of Object.values(design.entities)) {
    const softDelete = entity.traits.softDeletes?.attribute ?? null
    for (const entry of entity.indexKeys) {
      const hidesDeleted = entry.excludeSoftDeleted ? softDelete : null
      add(writer(design, entity.name, entry, hidesDeleted, entrySignature(entry)))
    }
  }
  for (const pivot of Object.values(design.pivots)) {
    const entry = {
      index: pivot.inverseIndex,
      partitionKey: pivot.inversePartitionKey,
      sortKey: pivot.inverseSortKey,
      sparse: false,
    }
    add(writer(design, pivot.entityType, entry, null, entry))
  }
  return writers
}

/**
 * The writers of some indexes, grouped by item type.
 *
 * @example
 * ```ts
 * const writers = writersOfIndexes(orm.design, ['GSI2']) // Map of item type -> its GSI2 entries
 * ```
 */
export function writersOfIndexes(
  design: TableDesign,
  indexes: readonly string[],
): Map<string, IndexWriter[]> {
  const wanted = new Set(indexes)
  const out = new Map<string, IndexWriter[]>()
  for (const [type, list] of indexWritersOf(design)) {
    const matching = list.filter((entry) => wanted.has(entry.index))
    if (matching.length > 0) out.set(type, matching)
  }
  return out
}
