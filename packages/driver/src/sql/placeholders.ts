import { DriverError } from '../errors'

/** Prefix of the named parameters `?` placeholders become, so every value keeps its position. */
export const PARAM_PREFIX = 'p'

/**
 * Rewrites each `?` placeholder outside quotes and comments as `:p0`, `:p1`, ... The parser reports
 * named parameters by name, so a value is bound by its position in the text, whatever the tree's order.
 */
export function numberPlaceholders(text: string): { text: string; count: number } {
  let out = ''
  let count = 0
  let quote: string | null = null
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    if (quote !== null) {
      out += char
      if (char !== quote) continue
      // A doubled quote is an escaped quote inside the literal, not its end.
      if (text.charAt(i + 1) === quote) out += text.charAt(++i)
      else quote = null
      continue
    }
    if (char === "'" || char === '"' || char === '`') quote = char
    if (char === '$' && /[0-9]/.test(text.charAt(i + 1))) throw numberedPlaceholder(text)
    if (char === '?') {
      out += `:${PARAM_PREFIX}${count++}`
      continue
    }
    out += char
  }
  return { text: out, count }
}

function numberedPlaceholder(text: string): DriverError {
  return new DriverError('PLACEHOLDER_MISMATCH', 'The statement uses $1-style (postgres) placeholders', {
    sql: text,
    hint: "the driver reads sqlite-dialect text: call setConfig({ dialect: 'sqlite' }) from bun-query-builder, or use createDynamoQueryBuilder(), which does",
  })
}
