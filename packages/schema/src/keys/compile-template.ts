import { KeyError } from '../errors/key-error'
import type { CompiledKeyTemplate, DelimiterPolicy } from './render-key'
import type { ParsedTemplate } from './template'
import { escapeValue, stringifyKeyValue } from './value'

/**
 * Flattens a template into `literals[0] field[0] literals[1] ... field[n-1] literals[n]`, so rendering is
 * one loop of string appends; strings without the delimiter or a backslash are appended untouched.
 */
export function buildCompiled(parsed: ParsedTemplate, policy: DelimiterPolicy): CompiledKeyTemplate {
  const { template, delimiter } = parsed
  const literals: string[] = ['']
  const fieldNames: string[] = []
  for (const part of parsed.parts) {
    if ('literal' in part) literals[literals.length - 1] += part.literal
    else {
      fieldNames.push(part.field)
      literals.push('')
    }
  }
  const count = fieldNames.length
  const text = (raw: unknown, field: string): string => {
    const value = typeof raw === 'string' ? raw : stringifyKeyValue(raw, field, template)
    return value.indexOf(delimiter) === -1 && value.indexOf('\\') === -1
      ? value
      : escapeValue(value, delimiter, policy, field, template)
  }
  const render = (values: Readonly<Record<string, unknown>>): string => {
    let out = literals[0] as string
    for (let index = 0; index < count; index++) {
      const field = fieldNames[index] as string
      const raw = values[field]
      if (raw === undefined || raw === null || raw === '') throw missing(template, field)
      out += text(raw, field) + literals[index + 1]
    }
    return out
  }
  const renderPrefix = (values: Readonly<Record<string, unknown>>): string => {
    let out = literals[0] as string
    for (let index = 0; index < count; index++) {
      const field = fieldNames[index] as string
      const raw = values[field]
      if (raw === undefined || raw === null || raw === '') return out
      out += text(raw, field) + literals[index + 1]
    }
    return out
  }
  const parse = (key: string) => parseWithParts(parsed, key)
  return {
    template,
    fields: parsed.fields,
    render,
    renderPrefix,
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

function missing(template: string, field: string): KeyError {
  return new KeyError(
    'KEY_FIELD_MISSING',
    `key field '${field}' is missing`,
    template,
    field,
    `set '${field}' before writing; index keys on optional fields are skipped by the ORM (sparse)`,
  )
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
