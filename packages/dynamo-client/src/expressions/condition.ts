import type { AttributeTypeDescriptor } from '../document/attribute-value'
import { ExpressionError } from './errors'
import { type Operand, toOperand, toSubject } from './operand'
import { type Path, type PathInput, parsePath } from './path'

export type Comparator = '=' | '<>' | '<' | '<=' | '>' | '>='

/** A condition tree, as used by ConditionExpression, FilterExpression and KeyConditionExpression. */
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

/** What may stand on the left of a comparison: a path, `size(path)` or `attr(path)`. */
export type Subject = PathInput | Operand

/** DynamoDB allows at most 100 values in an IN list. */
export const MAX_IN_LIST = 100

const TYPES: ReadonlySet<string> = new Set(['S', 'N', 'B', 'BOOL', 'NULL', 'M', 'L', 'SS', 'NS', 'BS'])

function compare(op: Comparator, left: Subject, right: unknown): Condition {
  return Object.freeze({ kind: 'compare', op, left: toSubject(left), right: toOperand(right) })
}

export const eq = (left: Subject, right: unknown): Condition => compare('=', left, right)
export const ne = (left: Subject, right: unknown): Condition => compare('<>', left, right)
export const lt = (left: Subject, right: unknown): Condition => compare('<', left, right)
export const le = (left: Subject, right: unknown): Condition => compare('<=', left, right)
export const gt = (left: Subject, right: unknown): Condition => compare('>', left, right)
export const ge = (left: Subject, right: unknown): Condition => compare('>=', left, right)

/** `subject BETWEEN low AND high` (inclusive). */
export function between(subject: Subject, low: unknown, high: unknown): Condition {
  return Object.freeze({
    kind: 'between',
    subject: toSubject(subject),
    low: toOperand(low),
    high: toOperand(high),
  })
}

/** `subject IN (v1, v2, ...)`, 1 to 100 values. */
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

export function beginsWith(path: PathInput, prefix: unknown): Condition {
  return Object.freeze({ kind: 'beginsWith', path: parsePath(path), prefix: toOperand(prefix) })
}

/** Substring of a string, or element of a set or list. */
export function contains(path: PathInput, operand: unknown): Condition {
  return Object.freeze({ kind: 'contains', path: parsePath(path), operand: toOperand(operand) })
}

export function attributeExists(path: PathInput): Condition {
  return Object.freeze({ kind: 'exists', path: parsePath(path) })
}

export function attributeNotExists(path: PathInput): Condition {
  return Object.freeze({ kind: 'notExists', path: parsePath(path) })
}

export function attributeType(path: PathInput, type: AttributeTypeDescriptor): Condition {
  if (!TYPES.has(type)) {
    throw new ExpressionError('INVALID_ATTRIBUTE_TYPE', `unknown attribute type "${type}"`, {
      hint: 'Use one of S, N, B, BOOL, NULL, M, L, SS, NS, BS.',
    })
  }
  return Object.freeze({ kind: 'type', path: parsePath(path), type })
}

/** Optional parts may be passed as `undefined`/`false` and are skipped, which keeps call sites flat. */
export type ConditionPart = Condition | undefined | false

export function and(...parts: readonly ConditionPart[]): Condition {
  return logical('and', parts)
}

export function or(...parts: readonly ConditionPart[]): Condition {
  return logical('or', parts)
}

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
