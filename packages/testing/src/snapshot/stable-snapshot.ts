/**
 * The fields that differ on every run unless a factory seed fixes them.
 *
 * @example
 * ```ts
 * expect(stableStringify(posts, { mask: VOLATILE_FIELDS })).toMatchSnapshot()
 * // "pk": "POST#<id 1>", "createdAt": "<createdAt 1>"
 * ```
 */
export const VOLATILE_FIELDS: readonly string[] = ['id', 'createdAt', 'updatedAt', 'deletedAt']

/**
 * Options of `snapshotOf` / `stableStringify`: fields to mask (numbered per distinct value) and fields to leave out.
 *
 * @example
 * ```ts
 * const options: SnapshotOptions = { mask: VOLATILE_FIELDS, omit: ['password'] }
 * expect(stableStringify(users, options)).toMatchSnapshot()
 * ```
 */
export interface SnapshotOptions {
  /**
   * Fields whose values change per run (`VOLATILE_FIELDS` for ids and timestamps). Each distinct value
   * becomes `<field 1>`, `<field 2>`, ... wherever it appears, inside keys such as `USER#<id>` too, so
   * which item points at which stays visible.
   */
  readonly mask?: readonly string[]
  /** Fields left out entirely. */
  readonly omit?: readonly string[]
}

export type SnapshotValue =
  | null
  | boolean
  | number
  | string
  | SnapshotValue[]
  | { [key: string]: SnapshotValue }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** SnapshotValue data with sorted keys; models become their `toJSON()`, dates ISO text, sets sorted lists. */
function normalise(value: unknown, omit: ReadonlySet<string>): SnapshotValue {
  if (value === undefined || value === null) return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'bigint') return value.toString()
  if (value instanceof Set) return [...value].map((v) => normalise(v, omit)).sort(compareJson)
  if (Array.isArray(value)) return value.map((v) => normalise(v, omit))
  if (isRecord(value)) {
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === 'function') return normalise(toJSON.call(value), omit)
    const out: { [key: string]: SnapshotValue } = {}
    for (const key of Object.keys(value).sort()) if (!omit.has(key)) out[key] = normalise(value[key], omit)
    return out
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value
  return String(value)
}

function compareJson(a: SnapshotValue, b: SnapshotValue): number {
  const left = JSON.stringify(a)
  const right = JSON.stringify(b)
  return left < right ? -1 : left > right ? 1 : 0
}

/** Placeholders for every masked field's values, numbered in document order. */
function collectMasks(
  value: SnapshotValue,
  fields: ReadonlySet<string>,
  into: Map<string, string>,
  counters: Map<string, number>,
): void {
  if (Array.isArray(value)) for (const entry of value) collectMasks(entry, fields, into, counters)
  else if (value !== null && typeof value === 'object')
    for (const [key, entry] of Object.entries(value)) {
      if (
        fields.has(key) &&
        (typeof entry === 'string' || typeof entry === 'number') &&
        !into.has(String(entry))
      ) {
        const n = (counters.get(key) ?? 0) + 1
        counters.set(key, n)
        into.set(String(entry), `<${key} ${n}>`)
      } else collectMasks(entry, fields, into, counters)
    }
}

interface Masking {
  readonly fields: ReadonlySet<string>
  readonly masks: ReadonlyMap<string, string>
  /** Values long enough to replace wherever they appear, longest first (a value containing another goes whole). */
  readonly embedded: readonly string[]
}

function applyMasks(value: SnapshotValue, masking: Masking, inMaskedField: boolean): SnapshotValue {
  if (Array.isArray(value)) return value.map((entry) => applyMasks(entry, masking, inMaskedField))
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: SnapshotValue } = {}
    for (const [key, entry] of Object.entries(value))
      out[key] = applyMasks(entry, masking, masking.fields.has(key))
    return out
  }
  if (inMaskedField && (typeof value === 'number' || typeof value === 'string'))
    return masking.masks.get(String(value)) ?? value
  if (typeof value !== 'string') return value
  let text = value
  for (const original of masking.embedded)
    if (text.includes(original)) text = text.split(original).join(masking.masks.get(original) ?? original)
  return text
}

/**
 * Items (models, stored items, plain objects) as stable plain data for `toMatchSnapshot()`.
 *
 * @example
 * ```ts
 * expect(snapshotOf(await User.all(), { mask: VOLATILE_FIELDS })).toMatchSnapshot()
 * ```
 */
export function snapshotOf(value: unknown, options: SnapshotOptions = {}): SnapshotValue {
  const plain = normalise(value, new Set(options.omit ?? []))
  const fields = new Set(options.mask ?? [])
  if (fields.size === 0) return plain
  const masks = new Map<string, string>()
  collectMasks(plain, fields, masks, new Map())
  // Short values (a count of 1, "a") would match inside unrelated text, so only their own fields mask them.
  const embedded = [...masks.keys()].filter((text) => text.length >= 6).sort((a, b) => b.length - a.length)
  return applyMasks(plain, { fields, masks, embedded }, false)
}

/**
 * The same as stable JSON text (sorted keys, two-space indent): identical data gives identical text.
 *
 * @example
 * ```ts
 * expect(stableStringify(items, { mask: ['id'] })).toMatchInlineSnapshot()
 * ```
 */
export function stableStringify(value: unknown, options: SnapshotOptions = {}): string {
  return JSON.stringify(snapshotOf(value, options), null, 2)
}
