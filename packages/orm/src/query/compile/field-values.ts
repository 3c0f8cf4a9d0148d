import type { EntityDesign } from '@dbtooling/schema'

/** How an attribute's time values are stored, when it holds times. */
export type TimeFormat = 'iso' | 'unix' | 'unixMs'

/** How one attribute is stored, as far as the compiler cares. */
export interface FieldInfo {
  /** True for numbers: their key text does not sort numerically, so no range key conditions. */
  readonly numeric: boolean
  /** Set for timestamps and date/datetime attributes. */
  readonly time: TimeFormat | null
}

const NUMERIC = new Set(['number', 'integer', 'float', 'decimal'])
const PLAIN: FieldInfo = Object.freeze({ numeric: false, time: null })
const cache = new WeakMap<EntityDesign, Map<string, FieldInfo>>()

/** Storage facts about `field` of `entity`, cached per entity design. */
export function fieldInfo(entity: EntityDesign, field: string): FieldInfo {
  let fields = cache.get(entity)
  if (!fields) {
    fields = buildFieldInfo(entity)
    cache.set(entity, fields)
  }
  return fields.get(field) ?? PLAIN
}

function buildFieldInfo(entity: EntityDesign): Map<string, FieldInfo> {
  const out = new Map<string, FieldInfo>()
  for (const attribute of Object.values(entity.attributes)) {
    const time = attribute.type === 'date' || attribute.type === 'datetime' ? 'iso' : null
    out.set(attribute.name, { numeric: NUMERIC.has(attribute.type), time })
  }
  const stamps = entity.traits.timestamps
  if (stamps) {
    const info = { numeric: stamps.format !== 'iso', time: stamps.format }
    out.set(stamps.createdAt, info)
    out.set(stamps.updatedAt, info)
  }
  const soft = entity.traits.softDeletes
  if (soft && !out.has(soft.attribute)) out.set(soft.attribute, { numeric: false, time: 'iso' })
  return out
}

/**
 * Converts a query value to what is stored: Dates become ISO text, or epoch seconds/milliseconds for
 * unix timestamps, so `where('createdAt', '>', new Date())` compares like with like.
 */
export function storedValue(info: FieldInfo, value: unknown): unknown {
  if (!(value instanceof Date)) return value
  if (info.time === 'unix') return Math.floor(value.getTime() / 1000)
  if (info.time === 'unixMs') return value.getTime()
  return value.toISOString()
}
