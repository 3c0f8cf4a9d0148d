import type { KeyDesign } from '../design/types'
import { parseTemplate } from '../keys/template'

/** A `KeyDesign` for a template: the attribute it is stored in and the fields it reads. */
export function keyDesign(attribute: string, template: string, delimiter: string): KeyDesign {
  return { attribute, template, fields: [...new Set(parseTemplate(template, delimiter).fields)] }
}

/** Renames placeholders (`USER#{id}` + `{ id: 'userId' }` -> `USER#{userId}`); other fields stay. */
export function renameFields(
  template: string,
  delimiter: string,
  renames: Readonly<Record<string, string>>,
): string {
  return parseTemplate(template, delimiter)
    .parts.map((part) => ('literal' in part ? part.literal : `{${renames[part.field] ?? part.field}}`))
    .join('')
}

/** The template with placeholders blanked: two templates with one shape can render the same key. */
export function templateShape(template: string, delimiter: string): string {
  return parseTemplate(template, delimiter)
    .parts.map((part) => ('literal' in part ? part.literal : '\u0000'))
    .join('')
}

/** `PREFIX#{a}#{b}` for the given fields. */
export function prefixedTemplate(prefix: string, fields: readonly string[], delimiter: string): string {
  return [prefix, ...fields.map((field) => `{${field}}`)].join(delimiter)
}

export function fieldsOf(template: string, delimiter: string): string[] {
  return [...new Set(parseTemplate(template, delimiter).fields)]
}

/** Text of a template before its first placeholder, or the whole template when it has none. */
export function literalPrefix(template: string): { prefix: string; isStatic: boolean } {
  const open = template.indexOf('{')
  return open === -1
    ? { prefix: template, isStatic: true }
    : { prefix: template.slice(0, open), isStatic: false }
}
