import { KeyError } from '../errors/key-error'
import type { DelimiterPolicy } from './render-key'

/** Key values are strings; numbers, bigints, booleans and dates get one canonical text form. */
export function stringifyKeyValue(raw: unknown, field: string, template: string): string {
  switch (typeof raw) {
    case 'string':
      return raw
    case 'number':
      if (Number.isFinite(raw)) return String(raw)
      break
    case 'bigint':
    case 'boolean':
      return String(raw)
    case 'object':
      if (raw instanceof Date && !Number.isNaN(raw.getTime())) return raw.toISOString()
      break
  }
  throw new KeyError(
    'KEY_BAD_VALUE',
    `key field '${field}' holds a ${typeof raw} that cannot be part of a key`,
    template,
    field,
    'key fields must be strings, finite numbers, bigints, booleans or valid Dates',
  )
}

/**
 * Escaping keeps every user value representable and keys parseable: `\` becomes `\\` and the delimiter
 * becomes `\` + delimiter. The common case (no delimiter, no backslash) returns the value untouched.
 */
export function escapeValue(
  value: string,
  delimiter: string,
  policy: DelimiterPolicy,
  field: string,
  template: string,
): string {
  const hasDelimiter = value.includes(delimiter)
  const hasEscape = value.includes('\\')
  if (!hasDelimiter && !hasEscape) return value
  if (policy === 'reject' && hasDelimiter) {
    throw new KeyError(
      'KEY_DELIMITER_IN_VALUE',
      `key field '${field}' contains the delimiter '${delimiter}'`,
      template,
      field,
      "remove the delimiter from the value or set the design's delimiter policy to 'escape'",
    )
  }
  const escaped = hasEscape ? value.split('\\').join('\\\\') : value
  return hasDelimiter ? escaped.split(delimiter).join(`\\${delimiter}`) : escaped
}
