import type { TableDesign } from '@dbtooling/schema'
import { builtin } from '../../node-builtin'

/** JSON with object keys sorted, so equal designs hash equal whatever order their fields were built in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== 'object' || Array.isArray(inner)) return inner
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(inner).sort()) sorted[key] = (inner as Record<string, unknown>)[key]
    return sorted
  })
}

/**
 * Short content hash of a design. Warnings and access-pattern docs are left out: they change wording
 * without changing what is stored.
 */
export function designHash(design: TableDesign): string {
  const { warnings: _warnings, accessPatterns: _patterns, ...stored } = design
  return builtin('node:crypto').createHash('sha256').update(canonicalJson(stored)).digest('hex').slice(0, 16)
}
