import type { NumberValue } from './number-value'

/**
 * How plain JS values become AttributeValues. Names match `@aws-sdk/util-dynamodb` so options carry over.
 *
 * @example
 * ```ts
 * const options: MarshallOptions = { removeUndefinedValues: true }
 * marshall({ pk: 'A', note: undefined }, options) // { pk: { S: 'A' } }
 * ```
 */
export interface MarshallOptions {
  /** Drop `undefined` map values and list elements instead of raising UNDEFINED_VALUE. */
  readonly removeUndefinedValues?: boolean
  /** Store class instances (not plain objects) as maps of their enumerable properties. */
  readonly convertClassInstanceToMap?: boolean
  /** Store empty strings, empty binaries and empty sets as NULL instead of sending them as they are. */
  readonly convertEmptyValues?: boolean
  /** Allow JS numbers outside ±2^53 (already rounded) to be stored; off by default to avoid silent loss. */
  readonly allowImpreciseNumbers?: boolean
}

/**
 * How DynamoDB numbers come back:
 * - `false` (default): a `number` when it converts exactly, else a `bigint` for integers and a
 *   `NumberValue` for decimals; never a rounded number.
 * - `'imprecise'`: a `number` when exact, else a `NumberValue` (no bigints).
 * - `true`: always a `NumberValue`.
 * - a function: called with the decimal string.
 *
 * @example
 * ```ts
 * const wrap: WrapNumbers = (text) => Number.parseFloat(text)
 * const db = new DocumentClient(client, { unmarshallOptions: { wrapNumbers: wrap } })
 * ```
 */
export type WrapNumbers = boolean | 'imprecise' | ((value: string) => unknown)

/**
 * Options of `unmarshall` / `fromAttributeValue`: how numbers come back (see `WrapNumbers`).
 *
 * @example
 * ```ts
 * const options: UnmarshallOptions = { wrapNumbers: 'imprecise' }
 * unmarshall({ big: { N: '12345678901234567890' } }, options) // { big: NumberValue }
 * ```
 */
export interface UnmarshallOptions {
  readonly wrapNumbers?: WrapNumbers
}

/**
 * Plain JS values the marshaller understands.
 *
 * @example
 * ```ts
 * const scalars: NativeScalar[] = ['text', 1, 2n, true, null, new NumberValue('0.1'), new Uint8Array([1])]
 * ```
 */
export type NativeScalar = string | number | bigint | boolean | null | NumberValue | Uint8Array | ArrayBuffer

/**
 * Any plain JS value the marshaller converts: scalars, arrays, sets, maps, and `undefined` (dropped or refused).
 *
 * @example
 * ```ts
 * const value: NativeAttributeValue = { city: 'London', tags: new Set(['a']), scores: [1, 2] }
 * toAttributeValue(value)
 * ```
 */
export type NativeAttributeValue =
  | NativeScalar
  | undefined
  | readonly NativeAttributeValue[]
  | { readonly [key: string]: NativeAttributeValue }
  | ReadonlySet<string>
  | ReadonlySet<number | bigint | NumberValue>
  | ReadonlySet<Uint8Array>
  | ReadonlyMap<string, NativeAttributeValue>

/**
 * A plain JS item, key or expression-values map.
 *
 * @example
 * ```ts
 * const item: NativeItem = { pk: 'USER#1', sk: 'USER#1', age: 36 }
 * await db.put({ TableName: 'app', Item: item })
 * ```
 */
export type NativeItem = { [key: string]: NativeAttributeValue }
