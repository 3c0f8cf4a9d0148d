import type { AttributeDesign } from '@dbtooling/schema'
import type { TaggedValue } from './tagged-json'
import { TransferError } from './transfer-error'

/**
 * CSV flattening rule: nested maps become dotted columns (`address.city`); lists, sets and binary are
 * written as their tagged JSON text in one cell; null and missing are an empty cell.
 */
export function flattenRow(
  item: { [key: string]: TaggedValue },
  prefix = '',
  out: Record<string, string> = {},
): Record<string, string> {
  for (const [key, value] of Object.entries(item)) {
    const column = prefix ? `${prefix}.${key}` : key
    if (value === null) out[column] = ''
    else if (
      typeof value === 'object' &&
      !Array.isArray(value) &&
      !Object.keys(value).some((k) => k.startsWith('$'))
    ) {
      flattenRow(value, column, out)
    } else out[column] = typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
  return out
}

/** Columns across rows, first-seen order (keys first if present), so files are stable for the same data. */
export function inferColumns(
  rows: readonly Record<string, string>[],
  first: readonly string[] = [],
): string[] {
  const seen = new Set<string>(first.filter((c) => rows.some((r) => c in r)))
  for (const row of rows) for (const column of Object.keys(row)) seen.add(column)
  return [...seen]
}

/**
 * A CSV row back to attributes, typed from the model: numbers, booleans, json/array/set cells parsed;
 * `mapping` renames CSV columns to attributes (`{ 'E-mail': 'email' }`). Empty cells are left out.
 */
export function rowToAttributes(
  row: Record<string, string>,
  attributes: Readonly<Record<string, AttributeDesign>>,
  mapping: Readonly<Record<string, string>> = {},
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '') continue
    const name = mapping[column] ?? column
    const [head, ...rest] = name.split('.')
    if (!head) continue
    const attribute = attributes[head]
    const value = rest.length > 0 || !attribute ? cell : coerceCell(cell, attribute)
    if (rest.length > 0) setPath(out, [head, ...rest], cell)
    else out[name] = value
  }
  return out
}

function coerceCell(cell: string, attribute: AttributeDesign): unknown {
  switch (attribute.type) {
    case 'number': {
      const n = Number(cell)
      if (!Number.isFinite(n)) throw cellError(attribute.name, cell, 'a number')
      return n
    }
    case 'boolean':
      if (cell === 'true' || cell === '1') return true
      if (cell === 'false' || cell === '0') return false
      throw cellError(attribute.name, cell, 'true/false or 1/0')
    case 'json':
    case 'array':
    case 'set':
      try {
        const parsed: unknown = JSON.parse(cell)
        if (attribute.type === 'set' && Array.isArray(parsed)) return new Set(parsed)
        if (attribute.type === 'set' && parsed && typeof parsed === 'object')
          return new Set(Object.values(parsed)[0] as unknown[])
        return parsed
      } catch {
        throw cellError(attribute.name, cell, 'JSON')
      }
    default:
      return cell
  }
}

function setPath(target: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let node = target
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[path[path.length - 1] as string] = value
}

function cellError(name: string, cell: string, expected: string): TransferError {
  return new TransferError(
    'BAD_LINE',
    `column ${name}: "${cell}" is not ${expected}`,
    'fix the cell, or map the column to another attribute',
  )
}
