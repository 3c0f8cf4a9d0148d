import type { ExpressionAttributes } from '@dbtooling/dynamo-client'
import type { KeyPlan, SortCondition } from './key-plan'

/**
 * The KeyConditionExpression of a key plan, written straight into `attrs`. The text and placeholders are
 * exactly what `buildExpressions` makes of the same `eq`/`and`/`beginsWith`/... condition (a test holds
 * the two together), without building a condition tree and checking its shape: a key plan has the
 * shape of a key condition by construction. Every query compiles one, so the shortcut pays.
 */
export function keyConditionText(key: KeyPlan, attrs: ExpressionAttributes): string {
  const partitionAttribute = key.candidate.pk.attribute
  const partition = `${attrs.path(partitionAttribute)} = ${attrs.value(key.partitionValue, partitionAttribute)}`
  if (key.sort === null) return partition
  return `${partition} AND ${sortText(key.candidate.sk.attribute, key.sort, attrs)}`
}

function sortText(attribute: string, sort: SortCondition, attrs: ExpressionAttributes): string {
  const path = attrs.path(attribute)
  switch (sort.kind) {
    case 'eq':
      return `${path} = ${attrs.value(sort.value, attribute)}`
    case 'beginsWith':
      return `begins_with(${path}, ${attrs.value(sort.value, attribute)})`
    case 'between':
      return `${path} BETWEEN ${attrs.value(sort.low, attribute)} AND ${attrs.value(sort.high, attribute)}`
    case 'compare':
      return `${path} ${sort.op} ${attrs.value(sort.value, attribute)}`
  }
}
