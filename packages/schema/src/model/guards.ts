import { SchemaError } from '../errors/schema-error'

export type Loose = Readonly<Record<string, unknown>>

export function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** One item or a list of items, as Stacks allows both (`belongsTo: 'Team'`). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return []
  return Array.isArray(value) ? [...value] : [value]
}

export interface Where {
  model: string | null
  source: string | null
}

export function invalid(where: Where, key: string, message: string, hint: string): SchemaError {
  return new SchemaError('INVALID_MODEL', message, { model: where.model, source: where.source, key, hint })
}

export function optionalString(where: Where, record: Loose, key: string, path: string): string | null {
  const value = record[key]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string' || value.length === 0) {
    throw invalid(where, path, `'${key}' must be a non-empty string`, `write ${key}: 'someName'`)
  }
  return value
}
