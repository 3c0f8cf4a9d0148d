import type { TableDesign } from '@dbtooling/schema'
import { builtin } from '../../node-builtin'

/**
 * JSON with object keys sorted, so equal designs hash equal whatever order their fields were built in.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: { d: 2, c: 3 } }) // '{"a":{"c":3,"d":2},"b":1}'
 * canonicalJson({ a: { c: 3, d: 2 }, b: 1 }) // the same text
 * ```
 */
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
 *
 * @example
 * ```ts
 * const hash = designHash(orm.design) // e.g. 'a1b2c3d4e5f6'
 * if ((await migrationStatus(orm)).applied?.hash !== hash) console.log('migrations pending')
 * ```
 */
export function designHash(design: TableDesign): string {
  const { warnings: _warnings, accessPatterns: _patterns, ...stored } = design
  return builtin('node:crypto').createHash('sha256').update(canonicalJson(stored)).digest('hex').slice(0, 16)
}
