import type { AttributeMap } from '../document/attribute-value'
import type { MarshallOptions } from '../document/options'
import { assertExpressionLimits } from '../limits/expression-limits'
import { compileCondition } from './compile-condition'
import { compileUpdate } from './compile-update'
import type { Condition } from './condition'
import { ExpressionAttributes } from './expression-attributes'
import { compileKeyCondition, type KeyNames } from './key-condition'
import type { PathInput } from './path'
import { compileProjection } from './projection'
import type { UpdateAction } from './update'

/**
 * The expressions of one request to compile together: key condition, condition, filter, update actions and projection.
 *
 * @example
 * ```ts
 * const input: ExpressionInput = { key: eq('pk', 'USER#1'), filter: gt('age', 18), projection: ['name', 'age'] }
 * const { Items } = await db.query({ TableName: 'app', ...buildExpressions(input) })
 * ```
 */
export interface ExpressionInput {
  /** Query key condition. */
  readonly key?: Condition
  /** Key attribute names, to validate `key` against the table or index. */
  readonly keyNames?: KeyNames
  /** ConditionExpression (put, update, delete, transact condition checks). */
  readonly condition?: Condition
  /** FilterExpression (query, scan). */
  readonly filter?: Condition
  readonly update?: UpdateAction | readonly UpdateAction[]
  readonly projection?: readonly PathInput[]
}

/**
 * The request fragment; only the expressions that were asked for are present.
 *
 * @example
 * ```ts
 * const fragment: ExpressionFragment<Record<string, unknown>> = buildExpressions({ filter: eq('status', 'active') })
 * console.log(fragment.FilterExpression, fragment.ExpressionAttributeNames, fragment.ExpressionAttributeValues)
 * ```
 */
export interface ExpressionFragment<Values> {
  KeyConditionExpression?: string
  ConditionExpression?: string
  FilterExpression?: string
  UpdateExpression?: string
  ProjectionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Values
}

/**
 * Compiles every expression of one request with one shared set of placeholders, and checks DynamoDB's
 * expression limits. Values stay plain JS (for the document client). Pass `attrs` to share placeholders
 * with an expression the caller wrote into it first (the fragment's names and values then include them).
 *
 * @example
 * ```ts
 * await db.update({
 *   TableName: 'app',
 *   Key: { pk: 'USER#1', sk: 'USER#1' },
 *   ...buildExpressions({ update: [set('name', 'Ada'), increment('logins', 1, { initial: 0 })], condition: attributeExists('pk') }),
 * })
 * ```
 */
export function buildExpressions(
  input: ExpressionInput,
  attrs: ExpressionAttributes = new ExpressionAttributes(),
): ExpressionFragment<Record<string, unknown>> {
  const fragment: ExpressionFragment<Record<string, unknown>> = compileAll(input, attrs)
  const values = attrs.values()
  if (values) fragment.ExpressionAttributeValues = values
  // Values are measured once marshalled (by the client), not converted twice here.
  assertExpressionLimits(fragment, 'skip')
  return fragment
}

/**
 * Like `buildExpressions`, with ExpressionAttributeValues marshalled to wire form (low-level client).
 *
 * @example
 * ```ts
 * await client.query({
 *   TableName: 'app',
 *   ...buildMarshalledExpressions({ key: and(eq('pk', 'USER#1'), beginsWith('sk', 'POST#')) }),
 * })
 * ```
 */
export function buildMarshalledExpressions(
  input: ExpressionInput,
  options?: MarshallOptions,
): ExpressionFragment<AttributeMap> {
  const attrs = new ExpressionAttributes()
  const fragment: ExpressionFragment<AttributeMap> = compileAll(input, attrs)
  const values = attrs.marshalledValues(options)
  if (values) fragment.ExpressionAttributeValues = values
  assertExpressionLimits(fragment, 'wire')
  return fragment
}

function compileAll(input: ExpressionInput, attrs: ExpressionAttributes): ExpressionFragment<never> {
  const out: ExpressionFragment<never> = {}
  if (input.key) out.KeyConditionExpression = compileKeyCondition(input.key, attrs, input.keyNames)
  if (input.condition) out.ConditionExpression = compileCondition(input.condition, attrs)
  if (input.filter) out.FilterExpression = compileCondition(input.filter, attrs)
  if (input.update) {
    const actions = Array.isArray(input.update) ? input.update : [input.update as UpdateAction]
    out.UpdateExpression = compileUpdate(actions, attrs)
  }
  if (input.projection) out.ProjectionExpression = compileProjection(input.projection, attrs)
  const names = attrs.names()
  if (names) out.ExpressionAttributeNames = names
  return out
}
