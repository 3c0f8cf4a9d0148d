/** `categorizable_id` -> `categorizableId`; names without underscores are returned as they are. */
export function camelColumn(name: string): string {
  if (!name.includes('_')) return name
  return name.replace(/_+([a-zA-Z0-9])/g, (_, char: string) => char.toUpperCase()).replace(/_+$/, '')
}

/** How a column name written in a model file matched the model's fields. */
export type ColumnMatch =
  | { readonly kind: 'one'; readonly field: string }
  | { readonly kind: 'none' }
  | { readonly kind: 'many'; readonly fields: readonly string[] }

/**
 * Stacks names columns in snake_case (`event_id`) while attributes are camelCase (`eventId`): a column
 * matches a field written either way. Two matches (`event_id` and `eventId` both declared) are ambiguous.
 */
export function matchColumn(name: string, fields: Iterable<string>): ColumnMatch {
  const camel = camelColumn(name)
  const matches: string[] = []
  for (const field of fields) {
    if (field === name || camelColumn(field) === camel) matches.push(field)
  }
  const unique = [...new Set(matches)].sort()
  if (unique.length === 1) return { kind: 'one', field: unique[0] as string }
  return unique.length === 0 ? { kind: 'none' } : { kind: 'many', fields: unique }
}
