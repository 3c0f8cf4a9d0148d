import { buildCompiled } from './compile-template'
import { parseTemplate, type TemplateFields } from './template'

/**
 * What to do when a user value contains the delimiter: escape it with `\` (default) or throw.
 *
 * @example
 * ```ts
 * const policy: DelimiterPolicy = 'reject'
 * renderKey('USER#{id}', { id: 'a#b' }, '#', policy) // throws KeyError KEY_DELIMITER_IN_VALUE
 * ```
 */
export type DelimiterPolicy = 'escape' | 'reject'

/**
 * A value a key template field accepts (dates render as ISO text).
 *
 * @example
 * ```ts
 * const values: Record<string, KeyValue> = { id: 'o1', createdAt: new Date('2026-01-01') }
 * ```
 */
export type KeyValue = string | number | bigint | boolean | Date

/**
 * Values for a template: every placeholder is required when the template is a literal type.
 *
 * @example
 * ```ts
 * const values: KeyValues<'ORDER#{customerId}#{id}'> = { customerId: 'c1', id: 'o1' }
 * renderKey('ORDER#{customerId}#{id}', values)
 * ```
 */
export type KeyValues<T extends string> = string extends T
  ? Readonly<Record<string, unknown>>
  : Readonly<Record<TemplateFields<T>, unknown>> & Readonly<Record<string, unknown>>

/**
 * A key template compiled once: render, render a prefix, parse and match keys.
 *
 * @example
 * ```ts
 * const template: CompiledKeyTemplate = compileKeyTemplate('ORDER#{customerId}#{id}')
 * template.renderPrefix({ customerId: 'c1' }) // 'ORDER#c1#'
 * ```
 */
export interface CompiledKeyTemplate {
  readonly template: string
  readonly fields: readonly string[]
  /** Renders the full key; a missing field throws `KeyError('KEY_FIELD_MISSING')`. */
  render(values: Readonly<Record<string, unknown>>): string
  /** Renders up to the first missing field: the `begins_with` prefix for partial keys. */
  renderPrefix(values: Readonly<Record<string, unknown>>): string
  /** Splits a stored key back into (unescaped) field values; throws `KeyError('KEY_MISMATCH')`. */
  parse(key: string): Record<string, string>
  /** True when `key` was rendered from this template. */
  matches(key: string): boolean
}

/** policy -> delimiter -> template: nested maps so a lookup allocates no cache-key string. */
const caches: Record<DelimiterPolicy, Map<string, Map<string, CompiledKeyTemplate>>> = {
  escape: new Map(),
  reject: new Map(),
}

/**
 * Compiles a template once (cached per template, delimiter and policy); the ORM calls `render` on every
 * write, so rendering is a loop over pre-split parts with no regular expressions.
 *
 * @example
 * ```ts
 * const key = compileKeyTemplate('USER#{id}')
 * key.render({ id: 'u1' }) // 'USER#u1'
 * key.parse('USER#u1') // { id: 'u1' }
 * ```
 */
export function compileKeyTemplate(
  template: string,
  delimiter = '#',
  policy: DelimiterPolicy = 'escape',
): CompiledKeyTemplate {
  let byTemplate = caches[policy].get(delimiter)
  if (byTemplate === undefined) {
    byTemplate = new Map()
    caches[policy].set(delimiter, byTemplate)
  }
  const cached = byTemplate.get(template)
  if (cached !== undefined) return cached
  const compiled = buildCompiled(parseTemplate(template, delimiter), policy)
  byTemplate.set(template, compiled)
  return compiled
}

/**
 * Renders one key value, e.g. `renderKey('USER#{id}', { id: 7 })` = `'USER#7'`.
 *
 * @example
 * ```ts
 * renderKey('USER#{id}', { id: 'u1' }) // 'USER#u1'
 * ```
 */
export function renderKey<T extends string>(
  template: T,
  values: KeyValues<T>,
  delimiter = '#',
  policy: DelimiterPolicy = 'escape',
): string {
  return compileKeyTemplate(template, delimiter, policy).render(values)
}

/**
 * Renders the prefix of a key up to the first missing field (for `begins_with`).
 *
 * @example
 * ```ts
 * renderKeyPrefix('ORDER#{customerId}#{id}', { customerId: 'c1' }) // 'ORDER#c1#': a begins_with prefix
 * ```
 */
export function renderKeyPrefix(
  template: string,
  values: Readonly<Record<string, unknown>>,
  delimiter = '#',
  policy: DelimiterPolicy = 'escape',
): string {
  return compileKeyTemplate(template, delimiter, policy).renderPrefix(values)
}

/**
 * Parses a stored key back into field values, e.g. `parseKey('USER#{id}', 'USER#7')` = `{ id: '7' }`.
 *
 * @example
 * ```ts
 * parseKey('ORDER#{customerId}#{id}', 'ORDER#c1#o9') // { customerId: 'c1', id: 'o9' }
 * ```
 */
export function parseKey(template: string, key: string, delimiter = '#'): Record<string, string> {
  return compileKeyTemplate(template, delimiter).parse(key)
}
