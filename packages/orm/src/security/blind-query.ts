import type { EntityDesign } from '@dbtooling/schema'
import { fieldInfo, storedValue } from '../query/compile/field-values'
import type { QueryContext } from '../query/context'
import type { Predicate, QueryDescription, WhereClause } from '../query/description'
import { SecurityError } from './errors'

/**
 * Rewrites a query on an entity with encrypted attributes before it is compiled: `where('ssn', x)` on a
 * searchable attribute becomes an equality on the HMAC digest of `x`, pinned to the blind index entry (so
 * the planner renders `PERSON#BLIND#ssn#<digest>` as the key condition); any other condition or order on
 * an encrypted attribute would send plaintext or compare ciphertext, so it is refused.
 */
export function blindQuery(ctx: QueryContext, description: QueryDescription): QueryDescription {
  const blind = ctx.security?.blind ?? null
  const entity = ctx.design.entities[description.entity]
  if (!entity || !ctx.security?.cipher?.fields.has(entity.name)) return description
  if (description.order && entity.attributes[description.order.field]?.encrypted) {
    throw refused(entity.name, description.order.field, 'orderBy')
  }
  let index: string | null = null
  const where = description.where.map((clause, position): WhereClause => {
    const predicate = clause.predicate
    if (predicate.kind === 'group') {
      checkGroup(entity, predicate.clauses)
      return clause
    }
    if (!isEncrypted(entity, predicate.field)) return clause
    const entry = entity.indexKeys.find((keys) => keys.blindIndex === predicate.field)
    const alone = position === 0 || clause.boolean === 'and'
    const nextIsOr = description.where[position + 1]?.boolean === 'or'
    if (predicate.kind !== 'compare' || predicate.op !== '=' || !entry || !alone || nextIsOr || !blind) {
      throw refused(entity.name, predicate.field, describe(predicate))
    }
    index ??= entry.index
    const value = storedValue(fieldInfo(entity, predicate.field), predicate.value)
    return {
      ...clause,
      predicate: { ...predicate, value: blind.digest(entity.name, predicate.field, value) },
    }
  })
  if (index === null) return description
  return { ...description, where, index: description.index ?? index }
}

function checkGroup(entity: EntityDesign, clauses: readonly WhereClause[]): void {
  for (const { predicate } of clauses) {
    if (predicate.kind === 'group') checkGroup(entity, predicate.clauses)
    else if (isEncrypted(entity, predicate.field))
      throw refused(entity.name, predicate.field, describe(predicate))
  }
}

function isEncrypted(entity: EntityDesign, field: string): boolean {
  return entity.attributes[field]?.encrypted === true
}

function describe(predicate: Exclude<Predicate, { kind: 'group' }>): string {
  return predicate.kind === 'compare' ? `where ${predicate.op}` : `a ${predicate.kind} condition`
}

function refused(entity: string, field: string, what: string): SecurityError {
  return new SecurityError(
    'ENCRYPTED_CONDITION',
    `${entity}.${field} is encrypted: ${what} on it cannot run without sending or comparing plaintext`,
    `only where('${field}', value) (equality, ANDed at the top level) works, and only when ${field} is searchable: true; filter other conditions after reading`,
  )
}
