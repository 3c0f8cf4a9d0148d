import { SchemaError } from '../errors/schema-error'

/**
 * A parsed key template: literal text and `{field}` placeholders, in order.
 *
 * @example
 * ```ts
 * const parts: TemplatePart[] = [{ literal: 'USER#' }, { field: 'id' }]
 * ```
 */
export type TemplatePart = { literal: string } | { field: string }

/**
 * A key template split into literal text and `{field}` placeholders.
 *
 * @example
 * ```ts
 * const parsed: ParsedTemplate = parseTemplate('ORDER#{customerId}#{id}', '#')
 * console.log(parsed.parts) // [{ literal: 'ORDER#' }, { field: 'customerId' }, { literal: '#' }, { field: 'id' }]
 * ```
 */
export interface ParsedTemplate {
  template: string
  delimiter: string
  parts: readonly TemplatePart[]
  /** Placeholder names in order (a field may repeat). */
  fields: readonly string[]
}

/**
 * Placeholder names of a template at the type level: `TemplateFields<'ORG#{orgId}#P#{id}'>` = `'orgId' | 'id'`.
 *
 * @example
 * ```ts
 * type Fields = TemplateFields<'ORDER#{customerId}#{id}'> // 'customerId' | 'id'
 * ```
 */
export type TemplateFields<T extends string> = T extends `${string}{${infer Field}}${infer Rest}`
  ? Field | TemplateFields<Rest>
  : never

export const ESCAPE_CHAR = '\\'

/**
 * Splits a template into parts and checks it can be parsed back: every placeholder must be followed by the
 * end of the template or by a literal starting with the delimiter, otherwise `{a}-{b}` could not be split
 * again once values contain `-`. Throws `SchemaError('BAD_KEY_TEMPLATE')`.
 *
 * @example
 * ```ts
 * parseTemplate('ORDER#{customerId}#{id}', '#').fields // ['customerId', 'id']
 * ```
 */
export function parseTemplate(template: string, delimiter: string): ParsedTemplate {
  if (delimiter.length === 0 || delimiter.includes(ESCAPE_CHAR) || /[{}]/.test(delimiter)) {
    throw bad(template, `delimiter '${delimiter}' must be non-empty and contain no '\\', '{' or '}'`)
  }
  if (template.length === 0) throw bad(template, 'template is empty')
  if (template.includes(ESCAPE_CHAR)) throw bad(template, 'templates may not contain a backslash')
  const parts: TemplatePart[] = []
  const fields: string[] = []
  let position = 0
  while (position < template.length) {
    const open = template.indexOf('{', position)
    const close = template.indexOf('}', position)
    if (open === -1) {
      if (close !== -1) throw bad(template, "unbalanced '}'")
      parts.push({ literal: template.slice(position) })
      break
    }
    if (close < open) throw bad(template, "unbalanced '}'")
    if (open > position) parts.push({ literal: template.slice(position, open) })
    const field = template.slice(open + 1, close)
    if (!/^[A-Za-z_$][\w$]*$/.test(field)) throw bad(template, `placeholder '{${field}}' is not a field name`)
    parts.push({ field })
    fields.push(field)
    position = close + 1
  }
  checkSeparators(template, delimiter, parts)
  return { template, delimiter, parts, fields }
}

function checkSeparators(template: string, delimiter: string, parts: readonly TemplatePart[]): void {
  for (let index = 0; index < parts.length - 1; index++) {
    const current = parts[index]
    const next = parts[index + 1]
    if (current && next && 'field' in current && !('literal' in next && next.literal.startsWith(delimiter))) {
      throw bad(template, `placeholder '{${current.field}}' must be followed by '${delimiter}' or the end`)
    }
  }
}

function bad(template: string, reason: string): SchemaError {
  return new SchemaError('BAD_KEY_TEMPLATE', `bad key template '${template}': ${reason}`, {
    hint: "write templates as literal segments and {field} placeholders joined by the delimiter, e.g. 'USER#{id}'",
  })
}

/**
 * The literal text before the first placeholder, e.g. `USER#` for `USER#{id}`.
 *
 * @example
 * ```ts
 * staticPrefix(parseTemplate('ORDER#{customerId}#{id}', '#')) // 'ORDER#'
 * ```
 */
export function staticPrefix(parsed: ParsedTemplate): string {
  const first = parsed.parts[0]
  return first && 'literal' in first ? first.literal : ''
}
