import { NumberValue } from '../document/number-value'
import { ExpressionError } from './errors'
import { attr, isOperand, type Operand, toOperand } from './operand'
import { type Path, type PathInput, parsePath, pathText } from './path'

/** Right-hand side of a SET action. */
export type SetValue =
  | Operand
  | { readonly kind: 'ifNotExists'; readonly path: Path; readonly fallback: SetValue }
  | { readonly kind: 'arithmetic'; readonly op: '+' | '-'; readonly left: SetValue; readonly right: SetValue }
  | { readonly kind: 'listAppend'; readonly first: SetValue; readonly second: SetValue }

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

/** `if_not_exists(path, fallback)` as a SET operand. */
export function ifNotExists(path: PathInput, fallback: unknown): SetValue {
  return brandSetValue({ kind: 'ifNotExists', path: parsePath(path), fallback: toSetValue(fallback) })
}

/** `left + right` as a SET operand (numbers only). */
export function plus(left: unknown, right: unknown): SetValue {
  return brandSetValue({ kind: 'arithmetic', op: '+', left: toSetValue(left), right: toSetValue(right) })
}

/** `left - right` as a SET operand (numbers only). */
export function minus(left: unknown, right: unknown): SetValue {
  return brandSetValue({ kind: 'arithmetic', op: '-', left: toSetValue(left), right: toSetValue(right) })
}

/** `list_append(first, second)` as a SET operand. */
export function listAppendOf(first: unknown, second: unknown): SetValue {
  return brandSetValue({ kind: 'listAppend', first: toSetValue(first), second: toSetValue(second) })
}

/** `SET path = value`; `value` may be a literal, `attr(...)`, `ifNotExists(...)`, `plus(...)`, ... */
export function set(path: PathInput, value: unknown): UpdateAction {
  return Object.freeze({ kind: 'set', path: parsePath(path), value: toSetValue(value) })
}

/** `SET path = if_not_exists(path, value)`: writes only when the attribute is missing. */
export function setIfNotExists(path: PathInput, value: unknown): UpdateAction {
  return set(path, ifNotExists(path, value))
}

export interface CounterOptions {
  /** Start from this value when the attribute is missing (`if_not_exists(path, initial) + by`). */
  readonly initial?: number | bigint | NumberValue
}

/** `SET path = path + by`. Fails on a missing attribute unless `initial` is given. */
export function increment(
  path: PathInput,
  by: number | bigint | NumberValue = 1,
  options: CounterOptions = {},
) {
  return counter('+', path, by, options)
}

/** `SET path = path - by`. Fails on a missing attribute unless `initial` is given. */
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

export interface ListOptions {
  /** Treat a missing list as empty instead of failing. */
  readonly createIfMissing?: boolean
}

/** `SET path = list_append(path, values)`: adds to the end. */
export function listAppend(path: PathInput, values: readonly unknown[], options: ListOptions = {}) {
  return set(path, listAppendOf(listBase(path, options), value(values)))
}

/** `SET path = list_append(values, path)`: adds to the front. */
export function listPrepend(path: PathInput, values: readonly unknown[], options: ListOptions = {}) {
  return set(path, listAppendOf(value(values), listBase(path, options)))
}

function value(values: readonly unknown[]): Operand {
  return toOperand([...values])
}

function listBase(path: PathInput, options: ListOptions): SetValue {
  return options.createIfMissing ? ifNotExists(path, value([])) : attr(path)
}

/** `REMOVE path` (an attribute, a map entry or a list element). */
export function remove(path: PathInput): UpdateAction {
  return Object.freeze({ kind: 'remove', path: parsePath(path) })
}

/** `ADD path value`: adds to a number (creating it at 0) or adds elements to a set (creating it). */
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

/** `DELETE path values`: removes elements from a set. Arrays are taken as sets. */
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
