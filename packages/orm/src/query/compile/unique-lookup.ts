import { compileKeyTemplate, type TableDesign } from '@dbtooling/schema'
import type { Predicate, QueryDescription } from '../description'

/**
 * How a query with an equality on a unique attribute is answered: GetItem on the guard item (which holds
 * the entity's key), then GetItem on the entity; every other predicate is checked on the fetched item.
 */
export interface PointRead {
  readonly entity: string
  readonly attribute: string
  /** The value as stored (the guard key renders it). */
  readonly value: string | number
  /** Key of the guard item on the table. */
  readonly guardKey: Readonly<Record<string, string>>
  /** Predicates to check on the fetched item (the unique equality included: a guard can be stale). */
  readonly residual: readonly Predicate[]
  readonly consistentRead: boolean
  /** Attributes to keep (the query's select), or null for the whole item. */
  readonly select: readonly string[] | null
}

/**
 * The point read for a query, or null when the query has none: no equality on a guarded attribute, an OR
 * at the top level, an index or a Scan chosen by the caller, or global-scope filters (conditions the ORM
 * cannot evaluate outside DynamoDB).
 */
export function uniqueLookup(
  design: TableDesign,
  description: QueryDescription,
  conjuncts: readonly Predicate[] | null,
  trashed: Predicate | null,
  scoped: boolean,
): PointRead | null {
  const entity = design.entities[description.entity]
  if (!entity || entity.uniqueGuards.length === 0 || conjuncts === null || scoped) return null
  if (description.forceScan || description.index !== null) return null
  for (const predicate of conjuncts) {
    if (predicate.kind !== 'compare' || predicate.op !== '=') continue
    const guard = entity.uniqueGuards.find((g) => g.attribute === predicate.field)
    const value = predicate.value
    if (!guard || !(typeof value === 'string' || typeof value === 'number') || value === '') continue
    const key = renderGuardKey(design, guard.template, guard.attribute, value)
    if (key === null) continue
    return {
      entity: entity.name,
      attribute: guard.attribute,
      value,
      guardKey: { [design.partitionKey]: key, [design.sortKey]: key },
      residual: trashed ? [...conjuncts, trashed] : conjuncts,
      consistentRead: description.consistentRead,
      select: description.select,
    }
  }
  return null
}

/** The guard key the writes render for this value; null when the value cannot be a key (then no point read). */
function renderGuardKey(
  design: TableDesign,
  template: string,
  attribute: string,
  value: string | number,
): string | null {
  try {
    return compileKeyTemplate(template, design.delimiter, design.delimiterPolicy).render({
      [attribute]: value,
    })
  } catch {
    // A value the delimiter policy rejects was never written as a guard: no item can hold it.
    return null
  }
}
