import type { AttributeDesign } from '@dbtooling/schema'
import { usageError } from './cli-error'

export type WhereOperator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'begins_with'

export interface ParsedWhere {
  readonly field: string
  readonly operator: WhereOperator
  readonly value: unknown
}

// Longest operators first, so `>=` is not read as `>` followed by `=value`.
const OPERATORS: ReadonlyArray<readonly [string, WhereOperator]> = [
  ['!=', '!='],
  ['<=', '<='],
  ['>=', '>='],
  ['^=', 'begins_with'],
  ['=', '='],
  ['<', '<'],
  ['>', '>'],
]

/** Parses `status=published`, `age>=30`, `title^=Intro` (begins with); the value is typed from the model. */
export function parseWhere(text: string, attributes: Readonly<Record<string, AttributeDesign>>): ParsedWhere {
  let best: { at: number; token: string; op: WhereOperator } | null = null
  for (const [token, op] of OPERATORS) {
    const at = text.indexOf(token)
    if (at > 0 && (best === null || at < best.at || (at === best.at && token.length > best.token.length))) {
      best = { at, token, op }
    }
  }
  if (!best) {
    throw usageError(
      `--where "${text}" has no operator`,
      'write field=value (or !=, <, <=, >, >=, ^= for begins-with)',
    )
  }
  const field = text.slice(0, best.at).trim()
  const raw = text.slice(best.at + best.token.length).trim()
  const attribute = attributes[field]
  if (!attribute) {
    throw usageError(
      `--where "${text}": the model has no attribute "${field}"`,
      `attributes: ${Object.keys(attributes).sort().join(', ')}`,
    )
  }
  return { field, operator: best.op, value: coerce(raw, attribute, text) }
}

export function coerce(
  raw: string,
  attribute: Pick<AttributeDesign, 'type' | 'name'>,
  context: string,
): unknown {
  if (attribute.type === 'number') {
    const value = Number(raw)
    if (raw === '' || !Number.isFinite(value)) {
      throw usageError(`${context}: "${raw}" is not a number (${attribute.name} is a number)`, 'e.g. age>=30')
    }
    return value
  }
  if (attribute.type === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true'
    throw usageError(
      `${context}: "${raw}" is not true or false (${attribute.name} is a boolean)`,
      'e.g. active=true',
    )
  }
  return raw
}
