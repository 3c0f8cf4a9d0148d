import { NumberValue } from '../document/number-value'
import { ExpressionError } from './errors'
import { attr, isOperand, type Operand, toOperand } from './operand'
import { type Path, type PathInput, parsePath, pathText } from './path'

/**
 * Right-hand side of a SET action.
 *
 * @example
 * ```ts
 * const fallback: SetValue = ifNotExists('createdAt', '2026-01-01')
 * const update = set('createdAt', fallback)
 * ```
 */
export type SetValue =
  | Operand
  | { readonly kind: 'ifNotExists'; readonly path: Path; readonly fallback: SetValue }
  | { readonly kind: 'arithmetic'; readonly op: '+' | '-'; readonly left: SetValue; readonly right: SetValue }
  | { readonly kind: 'listAppend'; readonly first: SetValue; readonly second: SetValue }

/**
 * One action of an UpdateExpression: SET, REMOVE, ADD or DELETE on a path.
 *
 * @example
 * ```ts
 * const actions: UpdateAction[] = [set('name', 'Ada'), remove('legacy'), add('views', 1)]
 * const fragment = buildExpressions({ update: actions })
 * ```
 */
export type UpdateAction =
  | { readonly kind: 'set'; readonly path: Path; readonly value: SetValue }
  | { readonly kind: 'remove'; readonly path: Path }
  | { readonly kind: 'add'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'delete'; readonly path: Path; readonly value: ReadonlySet<unknown> }

const setValues = new WeakSet<object>()

function brandSetValue<T extends SetValue>(node: T): T {
  setValues.add(Object.freeze(node))
  return node
}

function toSetValue(input: unknown): SetValue {
  if (typeof input === 'object' && input !== null && setValues.has(input)) return input as SetValue
  return toOperand(input)
}

/**
 * `if_not_exists(path, fallback)` as a SET operand.
 *
 * @example
 * ```ts
 * const update = set('createdAt', ifNotExists('createdAt', new Date().toISOString()))
 * ```
 */
export function ifNotExists(path: PathInput, fallback: unknown): SetValue {
  return brandSetValue({ kind: 'ifNotExists', path: parsePath(path), fallback: toSetValue(fallback) })
}

/**
 * `left + right` as a SET operand (numbers only).
 *
 * @example
 * ```ts
 * const update = set('total', plus(attr('subtotal'), attr('tax')))
 * ```
 */
export function plus(left: unknown, right: unknown): SetValue {
  return brandSetValue({ kind: 'arithmetic', op: '+', left: toSetValue(left), right: toSetValue(right) })
}

/**
 * `left - right` as a SET operand (numbers only).
 *
 * @example
 * ```ts
 * const update = set('remaining', minus(attr('total'), attr('used')))
 * ```
 */
export function minus(left: unknown, right: unknown): SetValue {
  return brandSetValue({ kind: 'arithmetic', op: '-', left: toSetValue(left), right: toSetValue(right) })
}

/**
 * `list_append(first, second)` as a SET operand.
 *
 * @example
 * ```ts
 * const update = set('history', listAppendOf(attr('history'), ['v2']))
 * ```
 */
export function listAppendOf(first: unknown, second: unknown): SetValue {
  return brandSetValue({ kind: 'listAppend', first: toSetValue(first), second: toSetValue(second) })
}

/**
 * `SET path = value`; `value` may be a literal, `attr(...)`, `ifNotExists(...)`, `plus(...)`, ...
 *
 * @example
 * ```ts
 * const update = [set('name', 'Ada'), set('profile.city', 'London')]
 * ```
 */
export function set(path: PathInput, value: unknown): UpdateAction {
  return Object.freeze({ kind: 'set', path: parsePath(path), value: toSetValue(value) })
}

/**
 * `SET path = if_not_exists(path, value)`: writes only when the attribute is missing.
 *
 * @example
 * ```ts
 * const update = setIfNotExists('createdAt', new Date().toISOString())
 * ```
 */
export function setIfNotExists(path: PathInput, value: unknown): UpdateAction {
  return set(path, ifNotExists(path, value))
}

/**
 * Options of `increment` / `decrement`: the value to start from when the attribute is missing.
 *
 * @example
 * ```ts
 * const options: CounterOptions = { initial: 0 }
 * const update = increment('logins', 1, options) // SET logins = if_not_exists(logins, 0) + 1
 * ```
 */
export interface CounterOptions {
  /** Start from this value when the attribute is missing (`if_not_exists(path, initial) + by`). */
  readonly initial?: number | bigint | NumberValue
}

/**
 * `SET path = path + by`. Fails on a missing attribute unless `initial` is given.
 *
 * @example
 * ```ts
 * const update = increment('logins', 1, { initial: 0 })
 * ```
 */
export function increment(
  path: PathInput,
  by: number | bigint | NumberValue = 1,
  options: CounterOptions = {},
) {
  return counter('+', path, by, options)
}

/**
 * `SET path = path - by`. Fails on a missing attribute unless `initial` is given.
 *
 * @example
 * ```ts
 * const update = decrement('stock', 3)
 * const condition = ge('stock', 3)
 * ```
 */
export function decrement(
  path: PathInput,
  by: number | bigint | NumberValue = 1,
  options: CounterOptions = {},
) {
  return counter('-', path, by, options)
}

function counter(op: '+' | '-', path: PathInput, by: unknown, options: CounterOptions): UpdateAction {
  const base = options.initial === undefined ? attr(path) : ifNotExists(path, options.initial)
  return set(path, op === '+' ? plus(base, by) : minus(base, by))
}

/**
 * Options of `listAppend` / `listPrepend`: treat a missing list as empty.
 *
 * @example
 * ```ts
 * const options: ListOptions = { createIfMissing: true }
 * const update = listAppend('events', [{ kind: 'shipped' }], options)
 * ```
 */
export interface ListOptions {
  /** Treat a missing list as empty instead of failing. */
  readonly createIfMissing?: boolean
}

/**
 * `SET path = list_append(path, values)`: adds to the end.
 *
 * @example
 * ```ts
 * const update = listAppend('events', [{ kind: 'shipped' }], { createIfMissing: true })
 * ```
 */
export function listAppend(path: PathInput, values: readonly unknown[], options: ListOptions = {}) {
  return set(path, listAppendOf(listBase(path, options), value(values)))
}

/**
 * `SET path = list_append(values, path)`: adds to the front.
 *
 * @example
 * ```ts
 * const update = listPrepend('feed', ['newest'])
 * ```
 */
export function listPrepend(path: PathInput, values: readonly unknown[], options: ListOptions = {}) {
  return set(path, listAppendOf(value(values), listBase(path, options)))
}

function value(values: readonly unknown[]): Operand {
  return toOperand([...values])
}

function listBase(path: PathInput, options: ListOptions): SetValue {
  return options.createIfMissing ? ifNotExists(path, value([])) : attr(path)
}

/**
 * `REMOVE path` (an attribute, a map entry or a list element).
 *
 * @example
 * ```ts
 * const update = [remove('legacy'), remove('items[0]')]
 * ```
 */
export function remove(path: PathInput): UpdateAction {
  return Object.freeze({ kind: 'remove', path: parsePath(path) })
}

/**
 * `ADD path value`: adds to a number (creating it at 0) or adds elements to a set (creating it).
 *
 * @example
 * ```ts
 * await db.update({ TableName: 'app', Key: key, ...buildExpressions({ update: [add('views', 1), add('tags', new Set(['new']))] }) })
 * ```
 */
export function add(
  path: PathInput,
  amount: number | bigint | NumberValue | ReadonlySet<unknown>,
): UpdateAction {
  const parsed = parsePath(path)
  const ok =
    typeof amount === 'number' ||
    typeof amount === 'bigint' ||
    amount instanceof NumberValue ||
    amount instanceof Set
  if (!ok || isOperand(amount)) {
    throw new ExpressionError('INVALID_UPDATE_VALUE', 'ADD takes a number or a Set', {
      hint: 'Use increment() for arithmetic on other paths and listAppend() for lists.',
      path: pathText(parsed),
    })
  }
  return Object.freeze({ kind: 'add', path: parsed, value: amount })
}

/**
 * `DELETE path values`: removes elements from a set. Arrays are taken as sets.
 *
 * @example
 * ```ts
 * const update = deleteFromSet('tags', ['draft'])
 * ```
 */
export function deleteFromSet(
  path: PathInput,
  values: ReadonlySet<unknown> | readonly unknown[],
): UpdateAction {
  const parsed = parsePath(path)
  const elements = values instanceof Set ? values : new Set(values as readonly unknown[])
  if (elements.size === 0) {
    throw new ExpressionError('INVALID_UPDATE_VALUE', 'DELETE needs at least one set element', {
      hint: 'Skip the action when there is nothing to delete.',
      path: pathText(parsed),
    })
  }
  return Object.freeze({ kind: 'delete', path: parsed, value: elements })
}
