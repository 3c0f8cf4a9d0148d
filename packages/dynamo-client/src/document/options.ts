import type { NumberValue } from './number-value'

/** How plain JS values become AttributeValues. Names match `@aws-sdk/util-dynamodb` so options carry over. */
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
 */
export type WrapNumbers = boolean | 'imprecise' | ((value: string) => unknown)

export interface UnmarshallOptions {
  readonly wrapNumbers?: WrapNumbers
}

/** Plain JS values the marshaller understands. */
export type NativeScalar = string | number | bigint | boolean | null | NumberValue | Uint8Array | ArrayBuffer

export type NativeAttributeValue =
  | NativeScalar
  | undefined
  | readonly NativeAttributeValue[]
  | { readonly [key: string]: NativeAttributeValue }
  | ReadonlySet<string>
  | ReadonlySet<number | bigint | NumberValue>
  | ReadonlySet<Uint8Array>
  | ReadonlyMap<string, NativeAttributeValue>

/** A plain JS item, key or expression-values map. */
export type NativeItem = { [key: string]: NativeAttributeValue }
