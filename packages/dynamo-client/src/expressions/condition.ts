import type { AttributeTypeDescriptor } from '../document/attribute-value'
import { ExpressionError } from './errors'
import { type Operand, toOperand, toSubject } from './operand'
import { type Path, type PathInput, parsePath } from './path'

/**
 * The comparison operators of a condition expression.
 *
 * @example
 * ```ts
 * const ops: Comparator[] = ['=', '<>', '<', '<=', '>', '>=']
 * const condition = ge('age', 18) // the '>=' comparator
 * ```
 */
export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>='

/**
 * A condition tree, as used by ConditionExpression, FilterExpression and KeyConditionExpression.
 *
 * @example
 * ```ts
 * const condition: Condition = or(eq('status', 'draft'), attributeNotExists('publishedAt'))
 * await db.update({ TableName: 'app', Key: key, ...buildExpressions({ update: set('title', 'New'), condition }) })
 * ```
 */
export type Condition =
  | { readonly kind: 'compare'; readonly op: Comparator; readonly left: Operand; readonly right: Operand }
  | { readonly kind: 'between'; readonly subject: Operand; readonly low: Operand; readonly high: Operand }
  | { readonly kind: 'in'; readonly subject: Operand; readonly values: readonly Operand[] }
  | { readonly kind: 'beginsWith'; readonly path: Path; readonly prefix: Operand }
  | { readonly kind: 'contains'; readonly path: Path; readonly operand: Operand }
  | { readonly kind: 'exists'; readonly path: Path }
  | { readonly kind: 'notExists'; readonly path: Path }
  | { readonly kind: 'type'; readonly path: Path; readonly type: AttributeTypeDescriptor }
  | { readonly kind: 'and'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'or'; readonly conditions: readonly Condition[] }
  | { readonly kind: 'not'; readonly condition: Condition }

/**
 * What may stand on the left of a comparison: a path, `size(path)` or `attr(path)`.
 *
 * @example
 * ```ts
 * const subject: Subject = size('tags') // or a path such as 'profile.age'
 * const filter = gt(subject, 3)
 * ```
 */
export type Subject = PathInput | Operand

/**
 * DynamoDB allows at most 100 values in an IN list.
 *
 * @example
 * ```ts
 * for (let i = 0; i < ids.length; i += MAX_IN_LIST) filters.push(inList('id', ids.slice(i, i + MAX_IN_LIST)))
 * ```
 */
export const MAX_IN_LIST = 100

const TYPES: ReadonlySet<string> = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'])

function compare(op: Comparator, left: Subject, right: unknown): Condition {
  return Object.freeze({ kind: 'compare', op, left: toSubject(left), right: toOperand(right) })
}

/**
 * `left = right`: a path (or `size()`/`attr()`) equal to a value.
 *
 * @example
 * ```ts
 * const condition = eq('status', 'active')
 * const sameDay = eq('createdOn', attr('updatedOn')) // two attributes
 * ```
 */
export const eq = (left: Subject, right: unknown): Condition => compare('=', left, right)
/**
 * `left <> right`.
 *
 * @example
 * ```ts
 * const filter = ne('status', 'deleted')
 * ```
 */
export const ne = (left: Subject, right: unknown): Condition => compare('<>', left, right)
/**
 * `left < right`.
 *
 * @example
 * ```ts
 * const filter = lt('startedAt', attr('endedAt'))
 * ```
 */
export const lt = (left: Subject, right: unknown): Condition => compare('<', left, right)
/**
 * `left <= right`.
 *
 * @example
 * ```ts
 * const key = and(eq('pk', 'SCORES'), le('sk', 100))
 * ```
 */
export const le = (left: Subject, right: unknown): Condition => compare('<=', left, right)
/**
 * `left > right`.
 *
 * @example
 * ```ts
 * const filter = gt(size('tags'), 3)
 * ```
 */
export const gt = (left: Subject, right: unknown): Condition => compare('>', left, right)
/**
 * `left >= right`.
 *
 * @example
 * ```ts
 * const condition = ge('balance', 30)
 * ```
 */
export const ge = (left: Subject, right: unknown): Condition => compare('>=', left, right)

/**
 * `subject BETWEEN low AND high` (inclusive).
 *
 * @example
 * ```ts
 * const key = and(eq('pk', 'ORDERS'), between('sk', '2026-01-01', '2026-01-31'))
 * ```
 */
export function between(subject: Subject, low: unknown, high: unknown): Condition {
  return Object.freeze({
    kind: 'between',
    subject: toSubject(subject),
    low: toOperand(low),
    high: toOperand(high),
  })
}

/**
 * `subject IN (v1, v2, ...)`, 1 to 100 values.
 *
 * @example
 * ```ts
 * const filter = inList('status', ['draft', 'review'])
 * ```
 */
export function inList(subject: Subject, values: readonly unknown[]): Condition {
  const s = toSubject(subject)
  if (values.length === 0) {
    throw new ExpressionError('EMPTY_IN_LIST', 'IN needs at least one value', {
      hint: 'An empty IN list matches nothing: skip the request, or drop the condition.',
    })
  }
  if (values.length > MAX_IN_LIST) {
    throw new ExpressionError(
      'IN_LIST_TOO_LONG',
      `IN accepts at most ${MAX_IN_LIST} values, got ${values.length}`,
      {
        hint: 'Split the values into several requests, or use or(inList(...), inList(...)).',
      },
    )
  }
  return Object.freeze({ kind: 'in', subject: s, values: Object.freeze(values.map(toOperand)) })
}

/**
 * `begins_with(path, prefix)`: a string (or binary) starting with `prefix`; the sort-key form of a key condition.
 *
 * @example
 * ```ts
 * const key = and(eq('pk', 'USER#1'), beginsWith('sk', 'POST#'))
 * const { Items } = await db.query({ TableName: 'app', ...buildExpressions({ key }) })
 * ```
 */
export function beginsWith(path: PathInput, prefix: unknown): Condition {
  return Object.freeze({ kind: 'beginsWith', path: parsePath(path), prefix: toOperand(prefix) })
}

/**
 * Substring of a string, or element of a set or list.
 *
 * @example
 * ```ts
 * const filter = or(contains('title', 'DynamoDB'), contains('tags', 'aws'))
 * ```
 */
export function contains(path: PathInput, operand: unknown): Condition {
  return Object.freeze({ kind: 'contains', path: parsePath(path), operand: toOperand(operand) })
}

/**
 * `attribute_exists(path)`: the item (or the nested path) exists.
 *
 * @example
 * ```ts
 * await db.delete({ TableName: 'app', Key: key, ...buildExpressions({ condition: attributeExists('pk') }) })
 * ```
 */
export function attributeExists(path: PathInput): Condition {
  return Object.freeze({ kind: 'exists', path: parsePath(path) })
}

/**
 * `attribute_not_exists(path)`: e.g. put an item only when its key is free.
 *
 * @example
 * ```ts
 * await db.put({ TableName: 'app', Item: item, ...buildExpressions({ condition: attributeNotExists('pk') }) })
 * ```
 */
export function attributeNotExists(path: PathInput): Condition {
  return Object.freeze({ kind: 'notExists', path: parsePath(path) })
}

/**
 * `attribute_type(path, type)`: the attribute holds this DynamoDB type (`S`, `N`, `B`, `SS`, `NS`, `BS`, `M`, `L`, `NULL`, `BOOL`).
 *
 * @example
 * ```ts
 * const filter = attributeType('price', 'N')
 * ```
 */
export function attributeType(path: PathInput, type: AttributeTypeDescriptor): Condition {
  if (!TYPES.has(type)) {
    throw new ExpressionError('INVALID_ATTRIBUTE_TYPE', `unknown attribute type "${type}"`, {
      hint: 'Use one of S, N, B, BOOL, NULL, M, L, SS, NS, BS.',
    })
  }
  return Object.freeze({ kind: 'type', path: parsePath(path), type })
}

/**
 * Optional parts may be passed as `undefined`/`false` and are skipped, which keeps call sites flat.
 *
 * @example
 * ```ts
 * const parts: ConditionPart[] = [eq('status', 'active'), search !== '' && contains('name', search)]
 * const filter = and(...parts)
 * ```
 */
export type ConditionPart = Condition | undefined | false

/**
 * Joins conditions with AND; `undefined`/`false` parts are skipped, and one part is returned as it is.
 *
 * @example
 * ```ts
 * const filter = and(eq('status', 'active'), onlyAdults && ge('age', 18))
 * ```
 */
export function and(...parts: readonly ConditionPart[]): Condition {
  return logical('and', parts)
}

/**
 * Joins conditions with OR; `undefined`/`false` parts are skipped, and one part is returned as it is.
 *
 * @example
 * ```ts
 * const filter = or(eq('status', 'draft'), eq('status', 'review'))
 * ```
 */
export function or(...parts: readonly ConditionPart[]): Condition {
  return logical('or', parts)
}

/**
 * `NOT condition`.
 *
 * @example
 * ```ts
 * const filter = not(contains('tags', 'hidden'))
 * ```
 */
export function not(condition: Condition): Condition {
  return Object.freeze({ kind: 'not', condition })
}

function logical(kind: 'and' | 'or', parts: readonly ConditionPart[]): Condition {
  const conditions = parts.filter((part): part is Condition => part !== undefined && part !== false)
  if (conditions.length === 0) {
    throw new ExpressionError('EMPTY_LOGICAL', `${kind.toUpperCase()} needs at least one condition`, {
      hint: `Pass one or more conditions to ${kind}(), or omit the condition entirely.`,
    })
  }
  if (conditions.length === 1) return conditions[0]!
  return Object.freeze({ kind, conditions: Object.freeze(conditions) })
}
