import { KeyError } from '../errors/key-error'
import { type ParsedTemplate, parseTemplate, type TemplateFields } from './template'
import { escapeValue, stringifyKeyValue } from './value'

/** What to do when a user value contains the delimiter: escape it with `\` (default) or throw. */
export type DelimiterPolicy = 'escape' | 'reject'

export type KeyValue = string | number | bigint | boolean | Date

/** Values for a template: every placeholder is required when the template is a literal type. */
export type KeyValues<T extends string> = string extends T
  ? Readonly<Record<string, unknown>>
  : Readonly<Record<TemplateFields<T>, unknown>> & Readonly<Record<string, unknown>>

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

const cache = new Map<string, CompiledKeyTemplate>()

/**
 * Compiles a template once (cached per template, delimiter and policy); the ORM calls `render` on every
 * write, so rendering is a loop over pre-split parts with no regular expressions.
 */
export function compileKeyTemplate(
  template: string,
  delimiter = '#',
  policy: DelimiterPolicy = 'escape',
): CompiledKeyTemplate {
  const cacheKey = `${policy}\u0000${delimiter}\u0000${template}`
  const cached = cache.get(cacheKey)
  if (cached) return cached
  const compiled = buildCompiled(parseTemplate(template, delimiter), policy)
  cache.set(cacheKey, compiled)
  return compiled
}

/** Renders one key value, e.g. `renderKey('USER#{id}', { id: 7 })` = `'USER#7'`. */
export function renderKey<T extends string>(
  template: T,
  values: KeyValues<T>,
  delimiter = '#',
  policy: DelimiterPolicy = 'escape',
): string {
  return compileKeyTemplate(template, delimiter, policy).render(values)
}

/** Renders the prefix of a key up to the first missing field (for `begins_with`). */
export function renderKeyPrefix(
  template: string,
  values: Readonly<Record<string, unknown>>,
  delimiter = '#',
  policy: DelimiterPolicy = 'escape',
): string {
  return compileKeyTemplate(template, delimiter, policy).renderPrefix(values)
}

/** Parses a stored key back into field values, e.g. `parseKey('USER#{id}', 'USER#7')` = `{ id: '7' }`. */
export function parseKey(template: string, key: string, delimiter = '#'): Record<string, string> {
  return compileKeyTemplate(template, delimiter).parse(key)
}

function buildCompiled(parsed: ParsedTemplate, policy: DelimiterPolicy): CompiledKeyTemplate {
  const { template, delimiter } = parsed
  const literals: string[] = []
  const fields: Array<string | null> = []
  for (const part of parsed.parts) {
    literals.push('literal' in part ? part.literal : '')
    fields.push('field' in part ? part.field : null)
  }
  const fieldValue = (values: Readonly<Record<string, unknown>>, field: string, required: boolean) => {
    const raw = values[field]
    if (raw === undefined || raw === null || raw === '') {
      if (!required) return null
      throw new KeyError(
        'KEY_FIELD_MISSING',
        `key field '${field}' is missing`,
        template,
        field,
        `set '${field}' before writing; index keys on optional fields are skipped by the ORM (sparse)`,
      )
    }
    return escapeValue(stringifyKeyValue(raw, field, template), delimiter, policy, field, template)
  }
  const assemble = (values: Readonly<Record<string, unknown>>, required: boolean) => {
    let out = ''
    for (let index = 0; index < literals.length; index++) {
      const field = fields[index]
      if (field === null || field === undefined) {
        out += literals[index]
        continue
      }
      const value = fieldValue(values, field, required)
      if (value === null) return out
      out += value
    }
    return out
  }
  const parse = (key: string) => parseWithParts(parsed, key)
  return {
    template,
    fields: parsed.fields,
    render: (values) => assemble(values, true),
    renderPrefix: (values) => assemble(values, false),
    parse,
    matches: (key) => {
      try {
        parse(key)
        return true
      } catch {
        return false
      }
    },
  }
}

function parseWithParts(parsed: ParsedTemplate, key: string): Record<string, string> {
  const out: Record<string, string> = {}
  let position = 0
  const parts = parsed.parts
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index]!
    if ('literal' in part) {
      if (!key.startsWith(part.literal, position)) throw mismatch(parsed.template, key)
      position += part.literal.length
      continue
    }
    const next = parts[index + 1]
    const stop = next && 'literal' in next ? next.literal : null
    let value = ''
    while (position < key.length && (stop === null || !key.startsWith(stop, position))) {
      const char = key[position]!
      if (char === '\\' && position + 1 < key.length) {
        value += key[position + 1]
        position += 2
      } else {
        value += char
        position += 1
      }
    }
    if (value === '') throw mismatch(parsed.template, key)
    out[part.field] = value
  }
  if (position !== key.length) throw mismatch(parsed.template, key)
  return out
}

function mismatch(template: string, key: string): KeyError {
  return new KeyError(
    'KEY_MISMATCH',
    `key '${key}' does not match`,
    template,
    null,
    'the item was written with another template (check the entity type or a changed key design)',
  )
}
