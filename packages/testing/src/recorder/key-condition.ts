import { type AttributeMap, type AttributeValue, fromAttributeValue } from '@dbtooling/dynamo-client'

/** One comparison of a key condition, with names and values resolved. */
export interface KeyClause {
  readonly attribute: string
  readonly op: '=' | '<' | '<=' | '>' | '>=' | 'begins_with' | 'between'
  readonly values: readonly unknown[]
}

/** What a Query/Scan request's expressions say, resolved from its placeholder maps. */
export interface ExpressionInput {
  readonly KeyConditionExpression?: string
  readonly FilterExpression?: string
  readonly ExpressionAttributeNames?: Readonly<Record<string, string>>
  readonly ExpressionAttributeValues?: AttributeMap
}

const CLAUSE =
  /begins_with\(\s*(#?[\w.]+)\s*,\s*(:\w+)\s*\)|(#?[\w.]+)\s+BETWEEN\s+(:\w+)\s+AND\s+(:\w+)|(#?[\w.]+)\s*(<=|>=|=|<|>)\s*(:\w+)/g

function nameOf(token: string, names: Readonly<Record<string, string>>): string {
  return token.startsWith('#') ? (names[token] ?? token) : token
}

function placeholderValue(token: string, values: AttributeMap): unknown {
  const value = values[token] as AttributeValue | undefined
  return value === undefined ? undefined : fromAttributeValue(value)
}

/** The comparisons of a key condition (the ORM only ever ANDs a partition equality and one sort-key clause). */
export function keyClauses(input: ExpressionInput): KeyClause[] {
  const text = input.KeyConditionExpression
  if (!text) return []
  const names = input.ExpressionAttributeNames ?? {}
  const values = input.ExpressionAttributeValues ?? {}
  const clauses: KeyClause[] = []
  for (const match of text.matchAll(CLAUSE)) {
    if (match[1] && match[2])
      clauses.push({
        attribute: nameOf(match[1], names),
        op: 'begins_with',
        values: [placeholderValue(match[2], values)],
      })
    else if (match[3] && match[4] && match[5])
      clauses.push({
        attribute: nameOf(match[3], names),
        op: 'between',
        values: [placeholderValue(match[4], values), placeholderValue(match[5], values)],
      })
    else if (match[6] && match[7] && match[8])
      clauses.push({
        attribute: nameOf(match[6], names),
        op: match[7] as KeyClause['op'],
        values: [placeholderValue(match[8], values)],
      })
  }
  return clauses
}

/** Entity types a filter pins with `<typeAttribute> = :v` or `<typeAttribute> IN (...)`; null when it pins none. */
export function filteredEntityTypes(input: ExpressionInput, typeAttribute: string): string[] | null {
  const text = input.FilterExpression
  if (!text) return null
  const names = input.ExpressionAttributeNames ?? {}
  const values = input.ExpressionAttributeValues ?? {}
  for (const match of text.matchAll(/(#?\w+)\s*=\s*(:\w+)|(#?\w+)\s+IN\s*\(([^)]*)\)/g)) {
    const token = match[1] ?? match[3] ?? ''
    if (nameOf(token, names) !== typeAttribute) continue
    const placeholders = match[2] ? [match[2]] : (match[4] ?? '').split(',').map((part) => part.trim())
    return placeholders.map((placeholder) => String(placeholderValue(placeholder, values)))
  }
  return null
}
