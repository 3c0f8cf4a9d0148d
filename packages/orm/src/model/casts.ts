import { isPlainObject } from '../write/diff'

/**
 * A custom cast: `get` turns the stored value into the model value, `set` the other way.
 *
 * @example
 * ```ts
 * const cents: CustomCast<number, string> = {
 *   get: (stored) => Number(stored) / 100,
 *   set: (value) => String(Math.round(value * 100)),
 * }
 * const definition = defineModel({ name: 'Price', attributes: { amount: { type: 'string', cast: cents } } } as const)
 * ```
 */
export interface CustomCast<Model = unknown, Stored = unknown> {
  get(stored: Stored, attributes: Readonly<Record<string, unknown>>): Model
  set(value: Model, attributes: Readonly<Record<string, unknown>>): Stored
}

/**
 * The cast names an attribute's `cast` can take; each converts between model form and storage form.
 *
 * @example
 * ```ts
 * const definition = defineModel({
 *   name: 'Event',
 *   attributes: { at: { type: 'string', cast: 'datetime' satisfies BuiltInCast } },
 * } as const)
 * ```
 */
export type BuiltInCast =
  | 'string'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'json'
  | 'array'
  | 'set'
  | 'binary'

/**
 * How one attribute converts between model form (what users see) and storage form (what DynamoDB holds).
 *
 * @example
 * ```ts
 * const caster: AttributeCaster = casterFor('datetime', undefined)
 * const stored = caster.store(caster.assign(new Date(), {}), {}) // an ISO string
 * ```
 */
export interface AttributeCaster {
  /** Normalizes an assigned value into model form (e.g. a Date into an ISO string for `datetime`). */
  assign(value: unknown, attributes: Readonly<Record<string, unknown>>): unknown
  /** Model form to storage form. */
  store(value: unknown, attributes: Readonly<Record<string, unknown>>): unknown
  /** Storage form to model form. */
  load(value: unknown, attributes: Readonly<Record<string, unknown>>): unknown
}

/** The conversion of attributes stored as they are (strings, binaries): loading skips calling it. */
export const identity = (value: unknown) => value

function toNumber(value: unknown): unknown {
  if (typeof value === 'number' || value === null || value === undefined) return value
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) return Number(value)
  if (typeof value === 'object' && value !== null && 'toString' in value) {
    const parsed = Number(String(value))
    return Number.isNaN(parsed) ? value : parsed
  }
  return value
}

function toBoolean(value: unknown): unknown {
  if (value === 'true' || value === 1 || value === '1') return true
  if (value === 'false' || value === 0 || value === '0') return false
  return value
}

function toDateTime(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'number') return new Date(value).toISOString()
  return value
}

function toDate(value: unknown): unknown {
  const iso = toDateTime(value)
  return typeof iso === 'string' && iso.length > 10 && iso[10] === 'T' ? iso.slice(0, 10) : iso
}

function toJson(value: unknown): unknown {
  if (typeof value !== 'string') return value
  try {
    return JSON.parse(value)
  } catch {
    return value
  }
}

function setToStorage(value: unknown): unknown {
  if (!Array.isArray(value) && !(value instanceof Set)) return value
  const values = [...value]
  // DynamoDB rejects empty sets: an empty set is stored as "no attribute".
  return values.length === 0 ? undefined : new Set(values)
}

function setToModel(value: unknown): unknown {
  if (value instanceof Set) return [...value].sort()
  return value
}

const builtIns: Readonly<Record<BuiltInCast, AttributeCaster>> = {
  string: { assign: identity, store: identity, load: identity },
  binary: { assign: identity, store: identity, load: identity },
  number: { assign: toNumber, store: toNumber, load: toNumber },
  boolean: { assign: toBoolean, store: identity, load: toBoolean },
  date: { assign: toDate, store: identity, load: toDate },
  datetime: { assign: toDateTime, store: identity, load: toDateTime },
  json: { assign: toJson, store: identity, load: toJson },
  array: { assign: toJson, store: identity, load: toJson },
  set: { assign: setToModel, store: setToStorage, load: setToModel },
}

function toEpochSeconds(value: unknown): unknown {
  if (value instanceof Date) return Math.floor(value.getTime() / 1000)
  return toNumber(value)
}

/** TTL attributes hold epoch seconds; a Date is converted. */
export const ttlCaster: AttributeCaster = { assign: toEpochSeconds, store: toEpochSeconds, load: toNumber }

const castAliases: Readonly<Record<string, BuiltInCast>> = {
  text: 'string',
  uuid: 'string',
  email: 'string',
  enum: 'string',
  integer: 'number',
  float: 'number',
  decimal: 'number',
  timestamp: 'datetime',
  object: 'json',
  bool: 'boolean',
  int: 'number',
}

/**
 * True when `value` is a custom cast (an object with `get` and `set` functions).
 *
 * @example
 * ```ts
 * isCustomCast({ get: (v: string) => v.trim(), set: (v: string) => v }) // true
 * isCustomCast('datetime') // false
 * ```
 */
export function isCustomCast(value: unknown): value is CustomCast {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CustomCast).get === 'function' &&
    typeof (value as CustomCast).set === 'function'
  )
}

/**
 * The caster for an attribute's `cast` (name or custom object), else for its `type`.
 *
 * @example
 * ```ts
 * const json = casterFor('json', undefined)
 * const stored = json.store({ a: 1 }, {}) // storage form: a map DynamoDB keeps as M
 * json.load(stored, {}) // { a: 1 }
 * ```
 */
export function casterFor(cast: unknown, type: string | undefined): AttributeCaster {
  if (isCustomCast(cast)) {
    return {
      assign: identity,
      store: (value, attributes) => (value === undefined ? value : cast.set(value, attributes)),
      load: (value, attributes) => (value === undefined ? value : cast.get(value, attributes)),
    }
  }
  const name = typeof cast === 'string' ? cast : type
  if (name === undefined) return builtIns.string
  return builtIns[(castAliases[name] ?? name) as BuiltInCast] ?? builtIns.string
}

/** Deep copy of a model value, so `original` never shares maps or lists with `attributes`. */
export function cloneValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cloneValue)
  if (value instanceof Set) return new Set(value)
  if (value instanceof Date) return new Date(value.getTime())
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) out[key] = cloneValue(value[key])
    return out
  }
  return value
}
