import type { AttributeValue } from '../document/attribute-value'
import { toAttributeValue } from '../document/marshall'
import { DYNAMODB_LIMITS } from './constants'
import { LimitError } from './errors'
import { attributeValueSize } from './item-size'
import { valueSizeBound } from './size-bound'
import { utf8Length } from './utf8-length'

/**
 * The expression parts of a request, with values either plain JS or in wire form.
 *
 * @example
 * ```ts
 * const parts: ExpressionParts = {
 *   KeyConditionExpression: '#pk = :pk',
 *   ExpressionAttributeNames: { '#pk': 'pk' },
 *   ExpressionAttributeValues: { ':pk': 'user#1' },
 * }
 * assertExpressionLimits(parts)
 * ```
 */
export interface ExpressionParts {
  readonly KeyConditionExpression?: string
  readonly ConditionExpression?: string
  readonly FilterExpression?: string
  readonly UpdateExpression?: string
  readonly ProjectionExpression?: string
  readonly ExpressionAttributeNames?: Readonly<Record<string, string>>
  readonly ExpressionAttributeValues?: Readonly<Record<string, unknown>>
}

const EXPRESSIONS = [
  'KeyConditionExpression',
  'ConditionExpression',
  'FilterExpression',
  'UpdateExpression',
  'ProjectionExpression',
] as const

/**
 * How to treat ExpressionAttributeValues when measuring: already AttributeValues (`wire`), plain JS to be
 * measured after conversion (`native`), or not measured (`skip`, when they are checked once marshalled).
 *
 * @example
 * ```ts
 * // Values already marshalled to AttributeValues are measured as they are.
 * assertExpressionLimits({ ConditionExpression: '#v = :v', ExpressionAttributeNames: { '#v': 'version' }, ExpressionAttributeValues: { ':v': { N: '3' } } }, 'wire')
 * ```
 */
export type ValueForm = 'wire' | 'native' | 'skip'

/**
 * Each expression at most 4 KB, each placeholder at most 255 bytes, all names and values together at most 2 MB.
 *
 * @example
 * ```ts
 * // Throws a LimitError (`EXPRESSION_TOO_LONG`, `EXPRESSION_PLACEHOLDER_TOO_LONG` or `EXPRESSION_SUBSTITUTIONS_TOO_LARGE`).
 * assertExpressionLimits({
 *   UpdateExpression: 'SET #n = :n',
 *   ExpressionAttributeNames: { '#n': 'name' },
 *   ExpressionAttributeValues: { ':n': 'Ada' },
 * })
 * ```
 */
export function assertExpressionLimits(parts: ExpressionParts, values: ValueForm = 'native'): void {
  for (const field of EXPRESSIONS) {
    const expression = parts[field]
    // Up to 3 UTF-8 bytes per UTF-16 unit: short expressions need no exact count.
    if (expression === undefined || expression.length * 3 <= DYNAMODB_LIMITS.expressionLength) continue
    const length = utf8Length(expression)
    if (length > DYNAMODB_LIMITS.expressionLength) {
      throw new LimitError('EXPRESSION_TOO_LONG', {
        subject: field,
        measured: length,
        limit: DYNAMODB_LIMITS.expressionLength,
        unit: 'bytes',
        hint: 'Split the work into several requests (fewer conditions, IN values or updated paths per request).',
      })
    }
  }
  if (substitutionsBound(parts, values) <= DYNAMODB_LIMITS.expressionSubstitutionsSize) return
  const substitutions = substitutionsSize(parts, values)
  if (substitutions > DYNAMODB_LIMITS.expressionSubstitutionsSize) {
    throw new LimitError('EXPRESSION_SUBSTITUTIONS_TOO_LARGE', {
      subject: 'ExpressionAttributeNames and ExpressionAttributeValues',
      measured: substitutions,
      limit: DYNAMODB_LIMITS.expressionSubstitutionsSize,
      unit: 'bytes',
      hint: 'Send large values as item attributes (PutItem) rather than as expression values, or split the update.',
    })
  }
}

/** Bytes of names and values, bounded from string lengths alone (placeholders checked on the way). */
function substitutionsBound(parts: ExpressionParts, values: ValueForm): number {
  let bound = 0
  const names = parts.ExpressionAttributeNames
  for (const placeholder in names) {
    assertPlaceholder(placeholder)
    bound += (placeholder.length + names[placeholder]!.length) * 3
  }
  if (values === 'skip') return bound
  const attributeValues = parts.ExpressionAttributeValues
  for (const placeholder in attributeValues) {
    assertPlaceholder(placeholder)
    const value = attributeValues[placeholder]
    // Plain JS values would have to be marshalled to be bounded: measure them exactly instead.
    if (values === 'native') return Number.POSITIVE_INFINITY
    bound += placeholder.length * 3 + valueSizeBound(value as AttributeValue)
  }
  return bound
}

function substitutionsSize(parts: ExpressionParts, values: ValueForm): number {
  let substitutions = 0
  for (const [placeholder, name] of Object.entries(parts.ExpressionAttributeNames ?? {})) {
    substitutions += utf8Length(placeholder) + utf8Length(name)
  }
  if (values !== 'skip') {
    for (const [placeholder, value] of Object.entries(parts.ExpressionAttributeValues ?? {})) {
      assertPlaceholder(placeholder)
      const wire = values === 'wire' ? (value as AttributeValue) : toAttributeValue(value)
      substitutions += utf8Length(placeholder) + attributeValueSize(wire)
    }
  }
  return substitutions
}

function assertPlaceholder(placeholder: string): void {
  if (placeholder.length * 3 <= DYNAMODB_LIMITS.expressionPlaceholderLength) return
  const length = utf8Length(placeholder)
  if (length > DYNAMODB_LIMITS.expressionPlaceholderLength) {
    throw new LimitError('EXPRESSION_PLACEHOLDER_TOO_LONG', {
      subject: `placeholder ${placeholder.slice(0, 32)}...`,
      measured: length,
      limit: DYNAMODB_LIMITS.expressionPlaceholderLength,
      unit: 'bytes',
      hint: 'Use short placeholders such as #n0 and :v0 (the expression builders do).',
    })
  }
}
