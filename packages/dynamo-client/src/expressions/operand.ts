import { type Path, type PathInput, parsePath } from './path'

/**
 * A reference to another attribute: compares two attributes instead of an attribute and a value.
 *
 * @example
 * ```ts
 * const other: PathOperand = attr('endedAt')
 * const condition = lt('startedAt', other)
 * ```
 */
export interface PathOperand {
  readonly kind: 'path'
  readonly path: Path
}

/**
 * `size(path)`: string/binary length, or element count of a list, map or set.
 *
 * @example
 * ```ts
 * const count: SizeOperand = size('tags')
 * const filter = gt(count, 3)
 * ```
 */
export interface SizeOperand {
  readonly kind: 'size'
  readonly path: Path
}

/**
 * A literal value, sent as an expression attribute value.
 *
 * @example
 * ```ts
 * const literal: ValueOperand = value('a.b') // compared as text, not read as the path a.b
 * const condition = eq('label', literal)
 * ```
 */
export interface ValueOperand {
  readonly kind: 'value'
  readonly value: unknown
}

/**
 * An operand of a condition or SET: another attribute (`attr`), `size(path)`, or a literal (`value`).
 *
 * @example
 * ```ts
 * const operands: Operand[] = [attr('endedAt'), size('tags'), value('literal.with.dots')]
 * ```
 */
export type Operand = PathOperand | SizeOperand | ValueOperand

/**
 * Operands are recognised by a module-private symbol, not by shape, so a user's map value that happens to
 * have a `kind: 'path'` property is still treated as a value. The symbol is written in the object literal
 * itself: an order of magnitude cheaper than WeakSet membership or defineProperty, and JSON, Object.keys
 * and structuredClone never see it.
 */
const OPERAND: unique symbol = Symbol('dbtooling.operand')

/**
 * True when `input` is an operand made by `attr()`, `size()` or `value()` (not a plain value).
 *
 * @example
 * ```ts
 * isOperand(size('tags')) // true
 * isOperand('tags') // false
 * ```
 */
export function isOperand(input: unknown): input is Operand {
  return typeof input === 'object' && input !== null && (input as { [OPERAND]?: true })[OPERAND] === true
}

/**
 * Refers to another attribute, e.g. `lt('startedAt', attr('endedAt'))`.
 *
 * @example
 * ```ts
 * const condition = lt('startedAt', attr('endedAt'))
 * ```
 */
export function attr(path: PathInput): PathOperand {
  return Object.freeze({ [OPERAND]: true, kind: 'path', path: parsePath(path) })
}

/**
 * `size(path)` as an operand, e.g. `gt(size('tags'), 3)`.
 *
 * @example
 * ```ts
 * const filter = gt(size('tags'), 3)
 * ```
 */
export function size(path: PathInput): SizeOperand {
  return Object.freeze({ [OPERAND]: true, kind: 'size', path: parsePath(path) })
}

/**
 * An explicit literal value; only needed to force a value that would otherwise be read as a path.
 *
 * @example
 * ```ts
 * const update = set('label', value('profile.name')) // the text itself, not the attribute profile.name
 * ```
 */
export function value(literal: unknown): ValueOperand {
  return Object.freeze({ [OPERAND]: true, kind: 'value', value: literal })
}

/** Right-hand side: operands stay operands, anything else is a literal value. */
export function toOperand(input: unknown): Operand {
  return isOperand(input) ? input : value(input)
}

/** Left-hand side: a string or segment array is a path, operands stay operands. */
export function toSubject(input: PathInput | Operand): Operand {
  return isOperand(input) ? input : attr(input as PathInput)
}
