import type { Condition } from './condition'
import type { ExpressionAttributes } from './expression-attributes'
import type { Operand } from './operand'
import { pathText } from './path'

/**
 * Compiles a condition tree to expression text, registering names and values in `attrs`.
 *
 * @example
 * ```ts
 * const attrs = new ExpressionAttributes()
 * const text = compileCondition(and(eq('status', 'active'), gt('age', 18)), attrs) // '#n0 = :v0 AND #n1 > :v1'
 * console.log(attrs.names(), attrs.values())
 * ```
 */
export function compileCondition(condition: Condition, attrs: ExpressionAttributes): string {
  switch (condition.kind) {
    case 'compare':
      return `${operand(condition.left, attrs, undefined)} ${condition.op} ${operand(condition.right, attrs, subjectOf(condition.left))}`
    case 'between': {
      const context = subjectOf(condition.subject)
      return `${operand(condition.subject, attrs, undefined)} BETWEEN ${operand(condition.low, attrs, context)} AND ${operand(condition.high, attrs, context)}`
    }
    case 'in': {
      const context = subjectOf(condition.subject)
      const values = condition.values.map((value) => operand(value, attrs, context))
      return `${operand(condition.subject, attrs, undefined)} IN (${values.join(', ')})`
    }
    case 'beginsWith':
      return `begins_with(${attrs.path(condition.path)}, ${operand(condition.prefix, attrs, pathText(condition.path))})`
    case 'contains':
      return `contains(${attrs.path(condition.path)}, ${operand(condition.operand, attrs, pathText(condition.path))})`
    case 'exists':
      return `attribute_exists(${attrs.path(condition.path)})`
    case 'notExists':
      return `attribute_not_exists(${attrs.path(condition.path)})`
    case 'type':
      return `attribute_type(${attrs.path(condition.path)}, ${attrs.value(condition.type)})`
    case 'and':
    case 'or':
      return condition.conditions
        .map((child) => nested(child, attrs))
        .join(condition.kind === 'and' ? ' AND ' : ' OR ')
    case 'not':
      return `NOT ${nested(condition.condition, attrs)}`
  }
}

/** Parenthesise compound children so precedence never depends on DynamoDB's NOT > AND > OR order. */
function nested(condition: Condition, attrs: ExpressionAttributes): string {
  const text = compileCondition(condition, attrs)
  return condition.kind === 'and' || condition.kind === 'or' || condition.kind === 'not' ? `(${text})` : text
}

export function operand(input: Operand, attrs: ExpressionAttributes, context: string | undefined): string {
  switch (input.kind) {
    case 'path':
      return attrs.path(input.path)
    case 'size':
      return `size(${attrs.path(input.path)})`
    case 'value':
      return attrs.value(input.value, context)
  }
}

function subjectOf(input: Operand): string | undefined {
  return input.kind === 'value' ? undefined : pathText(input.path)
}
