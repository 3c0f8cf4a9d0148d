import { compileCondition } from './compile-condition'
import type { Condition } from './condition'
import { ExpressionError } from './errors'
import type { ExpressionAttributes } from './expression-attributes'
import type { Operand } from './operand'
import { pathText } from './path'

/**
 * Names of the table's or index's key attributes, to check a key condition against.
 *
 * @example
 * ```ts
 * const keys: KeyNames = { partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }
 * const fragment = buildExpressions({ key: eq('gsi1pk', 'TEAM#1'), keyNames: keys })
 * ```
 */
export interface KeyNames {
  readonly partitionKey: string
  readonly sortKey?: string
}

/**
 * Compiles a KeyConditionExpression after checking its shape: `=` on the partition key, optionally AND one
 * of `= < <= > >= BETWEEN begins_with` on the sort key. DynamoDB rejects anything else at runtime; we
 * reject it here with the reason.
 *
 * @example
 * ```ts
 * const attrs = new ExpressionAttributes()
 * const text = compileKeyCondition(and(eq('pk', 'USER#1'), beginsWith('sk', 'POST#')), attrs, { partitionKey: 'pk', sortKey: 'sk' })
 * ```
 */
export function compileKeyCondition(
  condition: Condition,
  attrs: ExpressionAttributes,
  keys?: KeyNames,
): string {
  const parts = condition.kind === 'and' ? condition.conditions : [condition]
  if (parts.length > 2) throw invalid('a key condition has at most two parts (partition key AND sort key)')
  const partitionIndex = findPartition(parts, keys)
  const partition = parts[partitionIndex]!
  const sort = parts[1 - partitionIndex]
  if (keys && keyName(partition) !== keys.partitionKey) {
    throw invalid(`the partition key is "${keys.partitionKey}", not "${keyName(partition)}"`)
  }
  if (sort !== undefined) checkSort(sort, keys)
  const texts = [compileCondition(partition, attrs)]
  if (sort !== undefined) texts.push(compileCondition(sort, attrs))
  return texts.join(' AND ')
}

function findPartition(parts: readonly Condition[], keys: KeyNames | undefined): number {
  const candidates = parts.map((part, index) => (isKeyEquality(part) ? index : -1)).filter((i) => i >= 0)
  if (candidates.length === 0) throw invalid('the partition key must be compared with "="')
  if (keys) {
    const named = candidates.find((i) => keyName(parts[i]!) === keys.partitionKey)
    if (named !== undefined) return named
  }
  return candidates[0]!
}

function isKeyEquality(part: Condition): boolean {
  return part.kind === 'compare' && part.op === '=' && isKeyPath(part.left) && part.right.kind === 'value'
}

function checkSort(part: Condition, keys: KeyNames | undefined): void {
  const allowed =
    (part.kind === 'compare' && part.op !== '<>' && isKeyPath(part.left) && part.right.kind === 'value') ||
    (part.kind === 'between' &&
      isKeyPath(part.subject) &&
      part.low.kind === 'value' &&
      part.high.kind === 'value') ||
    (part.kind === 'beginsWith' && part.path.length === 1 && part.prefix.kind === 'value')
  if (!allowed) {
    throw invalid(
      `the sort key condition must be one of = < <= > >= BETWEEN begins_with on a value, got ${describe(part)}`,
    )
  }
  if (keys) {
    if (keys.sortKey === undefined) throw invalid('this table or index has no sort key')
    if (keyName(part) !== keys.sortKey)
      throw invalid(`the sort key is "${keys.sortKey}", not "${keyName(part)}"`)
  }
}

function isKeyPath(operand: Operand): boolean {
  return operand.kind === 'path' && operand.path.length === 1
}

function keyName(part: Condition): string {
  if (part.kind === 'compare' && part.left.kind !== 'value') return pathText(part.left.path)
  if (part.kind === 'between' && part.subject.kind !== 'value') return pathText(part.subject.path)
  if (part.kind === 'beginsWith') return pathText(part.path)
  return '?'
}

function describe(part: Condition): string {
  if (part.kind === 'compare') return `"${part.op}" on ${keyName(part)}`
  return part.kind
}

function invalid(detail: string): ExpressionError {
  return new ExpressionError('INVALID_KEY_CONDITION', detail, {
    hint: 'Query needs eq(partitionKey, value), optionally and()-ed with one sort-key condition; use a filter for anything else.',
  })
}
