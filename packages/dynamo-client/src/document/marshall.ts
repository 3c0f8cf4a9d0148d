import type { AttributeMap, AttributeValue } from './attribute-value'
import { bytesOf, isBinary, toBase64 } from './binary'
import { MarshallError } from './errors'
import { NumberValue, numberProblem } from './number-value'
import type { MarshallOptions } from './options'

/**
 * DynamoDB accepts 32 levels counting the item itself, so a top-level attribute may hold at most 31 nested
 * maps/lists (measured against DynamoDB Local). Depth below counts the item as level 1.
 *
 * @example
 * ```ts
 * console.log(`an item may nest maps and lists ${MAX_NESTING_DEPTH - 1} levels below a top-level attribute`)
 * ```
 */
export const MAX_NESTING_DEPTH = 32
const ITEM_LEVEL = 1

const NO_OPTIONS: MarshallOptions = {}
const NULL_VALUE: AttributeValue = Object.freeze({ NULL: true }) as AttributeValue

/**
 * Converts a plain JS item into DynamoDB's wire map. Binary values become base64 strings, so the result
 * can be JSON-encoded as it is. Errors name the attribute path (`profile.address.zip`).
 *
 * @example
 * ```ts
 * marshall({ pk: 'USER#1', age: 36, tags: new Set(['a']) }) // { pk: { S: 'USER#1' }, age: { N: '36' }, tags: { SS: ['a'] } }
 * ```
 */
export function marshall(item: object, options: MarshallOptions = NO_OPTIONS): AttributeMap {
  if (item === null || typeof item !== 'object' || Array.isArray(item) || isBinary(item)) {
    throw new MarshallError('UNSUPPORTED_TYPE', `an item must be a plain object, got ${describe(item)}`, {
      hint: 'Pass an object whose properties are the item attributes; use toAttributeValue() for single values.',
    })
  }
  if (item instanceof Map) return mapFromEntries(item, options, ITEM_LEVEL)
  if (!isPlainObject(item) && !options.convertClassInstanceToMap) throw classInstanceError(item)
  return mapFromProperties(item as Record<string, unknown>, options, ITEM_LEVEL, !isPlainObject(item))
}

/**
 * Converts one JS value into an AttributeValue (depth counted as for a top-level attribute).
 *
 * @example
 * ```ts
 * toAttributeValue([1, 'two']) // { L: [{ N: '1' }, { S: 'two' }] }
 * ```
 */
export function toAttributeValue(value: unknown, options: MarshallOptions = NO_OPTIONS): AttributeValue {
  return convert(value, options, ITEM_LEVEL)
}

function convert(value: unknown, options: MarshallOptions, depth: number): AttributeValue {
  switch (typeof value) {
    case 'string':
      return value.length === 0 && options.convertEmptyValues ? NULL_VALUE : { S: value }
    case 'number':
      return { N: numberText(value, options) }
    case 'boolean':
      return { BOOL: value }
    case 'bigint':
      return { N: bigintText(value) }
    case 'object':
      return value === null ? NULL_VALUE : convertObject(value, options, depth)
    case 'undefined':
      throw new MarshallError('UNDEFINED_VALUE', 'undefined cannot be stored', {
        hint: 'Remove the attribute, use null, or pass { removeUndefinedValues: true }.',
      })
    default:
      throw new MarshallError('UNSUPPORTED_TYPE', `a ${typeof value} cannot be stored`, {
        hint: 'Store data only: strings, numbers, booleans, null, binary, lists, maps and sets.',
      })
  }
}

function convertObject(value: object, options: MarshallOptions, depth: number): AttributeValue {
  if (Array.isArray(value)) return { L: list(value, options, enter(depth)) }
  if (isPlainObject(value)) return { M: mapFromProperties(value, options, enter(depth), false) }
  if (value instanceof NumberValue) return { N: value.value }
  if (value instanceof Set) return convertSet(value, options)
  if (value instanceof Map) return { M: mapFromEntries(value, options, enter(depth)) }
  if (isBinary(value)) {
    const bytes = bytesOf(value)
    return bytes.length === 0 && options.convertEmptyValues ? NULL_VALUE : { B: toBase64(bytes) }
  }
  if (value instanceof String || value instanceof Number || value instanceof Boolean) {
    return convert(value.valueOf(), options, depth)
  }
  if (options.convertClassInstanceToMap) {
    return { M: mapFromProperties(value as Record<string, unknown>, options, enter(depth), true) }
  }
  throw classInstanceError(value)
}

function enter(depth: number): number {
  if (depth >= MAX_NESTING_DEPTH) {
    throw new MarshallError(
      'TOO_DEEP',
      `items may nest at most ${MAX_NESTING_DEPTH} levels, counting the item`,
      {
        hint: 'Flatten the structure, or store the deep part as a JSON string attribute.',
      },
    )
  }
  return depth + 1
}

function mapFromProperties(
  source: Record<string, unknown>,
  options: MarshallOptions,
  depth: number,
  skipFunctions: boolean,
): AttributeMap {
  const out: AttributeMap = {}
  let key = ''
  try {
    for (key in source) {
      const value = source[key]
      if (value === undefined && options.removeUndefinedValues) continue
      if (skipFunctions && typeof value === 'function') continue
      if (key === '__proto__') defineOwn(out, key, convert(value, options, depth))
      else out[key] = convert(value, options, depth)
    }
  } catch (error) {
    throw atSegment(error, key)
  }
  return out
}

function mapFromEntries(source: ReadonlyMap<unknown, unknown>, options: MarshallOptions, depth: number) {
  const out: AttributeMap = {}
  let key: unknown = ''
  try {
    for (const [entryKey, value] of source) {
      key = entryKey
      if (typeof entryKey !== 'string') {
        throw new MarshallError('UNSUPPORTED_TYPE', `map keys must be strings, got ${describe(entryKey)}`, {
          hint: 'Convert Map keys to strings before storing the Map.',
        })
      }
      if (value === undefined && options.removeUndefinedValues) continue
      if (entryKey === '__proto__') defineOwn(out, entryKey, convert(value, options, depth))
      else out[entryKey] = convert(value, options, depth)
    }
  } catch (error) {
    throw atSegment(error, String(key))
  }
  return out
}

function list(source: readonly unknown[], options: MarshallOptions, depth: number): AttributeValue[] {
  const out: AttributeValue[] = []
  let index = 0
  try {
    for (; index < source.length; index++) {
      const value = source[index]
      if (value === undefined && options.removeUndefinedValues) continue
      out.push(convert(value, options, depth))
    }
  } catch (error) {
    throw atSegment(error, index)
  }
  return out
}

type SetKind = 'SS' | 'NS' | 'BS'

function setKindOf(element: unknown): SetKind | undefined {
  if (typeof element === 'string') return 'SS'
  if (typeof element === 'number' || typeof element === 'bigint' || element instanceof NumberValue)
    return 'NS'
  if (typeof element === 'object' && element !== null && isBinary(element)) return 'BS'
  return undefined
}

function convertSet(set: ReadonlySet<unknown>, options: MarshallOptions): AttributeValue {
  const out: string[] = []
  let kind: SetKind | undefined
  for (const element of set) {
    if (element === undefined && options.removeUndefinedValues) continue
    const elementKind = setKindOf(element)
    if (elementKind === undefined) throw badSetElement(element)
    if (kind !== undefined && elementKind !== kind) {
      throw new MarshallError('MIXED_SET', `a set mixes ${kind} and ${elementKind} elements`, {
        hint: 'Sets hold one type only: all strings, all numbers or all binaries. Use a list for mixed values.',
      })
    }
    kind = elementKind
    out.push(setElementText(element, kind, options))
  }
  if (kind === undefined) {
    if (options.convertEmptyValues) return NULL_VALUE
    throw new MarshallError('EMPTY_SET', 'DynamoDB cannot store an empty set', {
      hint: 'Remove the attribute (REMOVE in updates), or pass { convertEmptyValues: true } to store NULL.',
    })
  }
  return kind === 'SS' ? { SS: out } : kind === 'NS' ? { NS: out } : { BS: out }
}

function setElementText(element: unknown, kind: SetKind, options: MarshallOptions): string {
  if (kind === 'SS') return element as string
  if (kind === 'BS') return toBase64(bytesOf(element as Uint8Array))
  if (typeof element === 'number') return numberText(element, options)
  if (typeof element === 'bigint') return bigintText(element)
  return (element as NumberValue).value
}

function numberText(value: number, options: MarshallOptions): string {
  if (!Number.isFinite(value)) {
    throw new MarshallError('INVALID_NUMBER', `${value} cannot be stored`, {
      hint: 'DynamoDB numbers are finite; store NaN/Infinity as null or a string.',
    })
  }
  if (!options.allowImpreciseNumbers && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new MarshallError('IMPRECISE_NUMBER', `${value} is beyond ±2^53 and may already be rounded`, {
      hint: 'Use a bigint or NumberValue for exact large integers, or pass { allowImpreciseNumbers: true }.',
    })
  }
  const magnitude = Math.abs(value)
  if (magnitude !== 0 && (magnitude < 1e-130 || magnitude >= 1e126)) {
    throw new MarshallError('INVALID_NUMBER', `${value} is outside DynamoDB's range 1E-130..1E+126`, {
      hint: 'Scale the value or store it as a string.',
    })
  }
  return String(value)
}

function bigintText(value: bigint): string {
  const text = value.toString()
  if (text.length > 38) {
    const problem = numberProblem(text)
    if (problem) throw new MarshallError('INVALID_NUMBER', problem, { hint: 'Store the value as a string.' })
  }
  return text
}

/** An attribute named `__proto__` must become an own property, not replace the prototype. */
export function defineOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

function atSegment(error: unknown, segment: string | number): unknown {
  return error instanceof MarshallError ? error.prependSegment(segment) : error
}

function badSetElement(element: unknown): MarshallError {
  if (element === undefined) {
    return new MarshallError('UNDEFINED_VALUE', 'a set cannot hold undefined', {
      hint: 'Remove undefined elements, or pass { removeUndefinedValues: true }.',
    })
  }
  return new MarshallError('UNSUPPORTED_SET_ELEMENT', `a set cannot hold ${describe(element)}`, {
    hint: 'Sets hold strings, numbers (number, bigint, NumberValue) or binaries; use a list otherwise.',
  })
}

function classInstanceError(value: object): MarshallError {
  return new MarshallError('CLASS_INSTANCE', `${describe(value)} is a class instance, not a plain object`, {
    hint: 'Convert it to a plain object, or pass { convertClassInstanceToMap: true }.',
  })
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value === 'object') return `an instance of ${value.constructor?.name ?? 'Object'}`
  return `a ${typeof value}`
}
