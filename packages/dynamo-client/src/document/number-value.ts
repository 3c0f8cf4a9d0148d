import { MarshallError } from './errors'

/** DynamoDB's number grammar: optional sign, digits with optional fraction, optional exponent. */
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/

/**
 * Canonical decimal form: sign, significant digits (no leading/trailing zeros) and a base-10 exponent.
 *
 * @example
 * ```ts
 * const decimal: CanonicalDecimal = canonicalDecimal('12.50')
 * // { negative: false, digits: '125', exponent: 2 }: 0.125 × 10^2
 * ```
 */
export interface CanonicalDecimal {
  readonly negative: boolean
  /** Significant digits, '' for zero. */
  readonly digits: string
  /** Value = 0.digits × 10^exponent (digits read as a fraction). */
  readonly exponent: number
}

/**
 * Splits a DynamoDB number string into sign, significant digits and exponent, without floating point.
 *
 * @example
 * ```ts
 * canonicalDecimal('12.50') // { negative: false, digits: '125', exponent: 2 }
 * canonicalDecimal('-0.001') // { negative: true, digits: '1', exponent: -2 }
 * ```
 */
export function canonicalDecimal(text: string): CanonicalDecimal {
  let body = text
  let negative = false
  if (body[0] === '-' || body[0] === '+') {
    negative = body[0] === '-'
    body = body.slice(1)
  }
  let exponent = 0
  const e = body.search(/[eE]/)
  if (e >= 0) {
    exponent = Number(body.slice(e + 1))
    body = body.slice(0, e)
  }
  const dot = body.indexOf('.')
  const intPart = dot >= 0 ? body.slice(0, dot) : body
  const fracPart = dot >= 0 ? body.slice(dot + 1) : ''
  let all = intPart + fracPart
  exponent += intPart.length
  let start = 0
  while (start < all.length && all[start] === '0') start++
  exponent -= start
  all = all.slice(start)
  let end = all.length
  while (end > 0 && all[end - 1] === '0') end--
  all = all.slice(0, end)
  if (all === '') return { negative: false, digits: '', exponent: 0 }
  return { negative, digits: all, exponent }
}

/** DynamoDB keeps up to 38 significant digits; magnitudes from 1E-130 to below 1E+126. */
export const MAX_SIGNIFICANT_DIGITS = 38

/** Why a number string is not a valid DynamoDB number, or undefined when it is. */
export function numberProblem(text: string): string | undefined {
  if (!NUMBER_PATTERN.test(text)) return `"${text}" is not a decimal number`
  const { digits, exponent } = canonicalDecimal(text)
  if (digits.length > MAX_SIGNIFICANT_DIGITS) {
    return `"${text}" has ${digits.length} significant digits; DynamoDB keeps at most ${MAX_SIGNIFICANT_DIGITS}`
  }
  if (digits !== '' && (exponent > 126 || exponent < -129)) {
    return `"${text}" is outside DynamoDB's range (1E-130 to 9.9999999999999999999999999999999999999E+125)`
  }
  return undefined
}

/**
 * An exact DynamoDB number kept as its decimal string, for values a JS `number` cannot hold
 * (more than 15-17 significant digits, or integers beyond 2^53). It never rounds.
 *
 * @example
 * ```ts
 * const balance = new NumberValue('123456789012345678901234567890')
 * marshall({ balance }) // { balance: { N: '123456789012345678901234567890' } }
 * balance.toBigInt() // 123456789012345678901234567890n
 * ```
 */
export class NumberValue {
  readonly value: string

  constructor(value: string | number | bigint) {
    const text = typeof value === 'string' ? value.trim() : String(value)
    if (typeof value === 'number' && !Number.isSafeInteger(value) && Number.isInteger(value)) {
      throw new MarshallError(
        'IMPRECISE_NUMBER',
        `NumberValue(${value}) would store an already rounded number`,
        {
          hint: 'Build a NumberValue from a string or bigint so no digit is lost.',
        },
      )
    }
    const problem = numberProblem(text)
    if (problem) throw new MarshallError('INVALID_NUMBER', problem, { hint: 'Pass a finite decimal string.' })
    this.value = text
  }

  static from(value: string | number | bigint): NumberValue {
    return new NumberValue(value)
  }

  /** The exact integer; throws when the value has a fractional part. */
  toBigInt(): bigint {
    const { negative, digits, exponent } = canonicalDecimal(this.value)
    if (digits === '') return 0n
    if (exponent < digits.length) {
      throw new MarshallError('INVALID_NUMBER', `${this.value} is not an integer`, {
        hint: 'Use toString() for decimal values.',
      })
    }
    const big = BigInt(digits + '0'.repeat(exponent - digits.length))
    return negative ? -big : big
  }

  /** The nearest JS number (may round: call only when that is acceptable). */
  toNumber(): number {
    return Number(this.value)
  }

  toString(): string {
    return this.value
  }

  toJSON(): string {
    return this.value
  }
}
