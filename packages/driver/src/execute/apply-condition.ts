import type { Condition } from '../intent/types'
import type { LooseQuery } from './loose-query'

/**
 * Adds a condition to an ORM query exactly as a hand-written ORM query would state it, so the ORM's
 * planner sees the same description and picks the same index, key condition and warnings.
 */
export function applyCondition(query: LooseQuery, condition: Condition): LooseQuery {
  switch (condition.kind) {
    case 'compare':
      return query.where(condition.field, condition.op, condition.value)
    case 'in':
      return condition.negated
        ? query.whereNotIn(condition.field, condition.values)
        : query.whereIn(condition.field, condition.values)
    case 'between': {
      const range = [condition.low, condition.high] as const
      return condition.negated
        ? query.whereNotBetween(condition.field, range)
        : query.whereBetween(condition.field, range)
    }
    case 'beginsWith':
      return query.whereBeginsWith(condition.field, condition.prefix)
    case 'contains':
      return query.whereContains(condition.field, condition.text)
    case 'null':
      return condition.negated ? query.whereNotNull(condition.field) : query.whereNull(condition.field)
    case 'and':
      return condition.items.reduce(applyCondition, query)
    case 'or':
      return query.where((group) => applyOr(group, condition.items))
    case 'not':
      return query.whereNot((group) => applyCondition(group, condition.item))
  }
}

function applyOr(group: LooseQuery, items: readonly Condition[]): LooseQuery {
  const [first, ...rest] = items
  if (!first) return group
  const start = applyCondition(group, first)
  return rest.reduce((query, item) => query.orWhere((branch) => applyCondition(branch, item)), start)
}
