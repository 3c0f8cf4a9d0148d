import type { AttributeMap } from '../document/attribute-value'
import { marshall } from '../document/marshall'
import type { MarshallOptions } from '../document/options'
import { ExpressionError } from './errors'
import { type PathInput, type PathSegment, parsePath } from './path'

/**
 * Allocates placeholders for one request. Every name becomes `#nK` (reserved words and special characters
 * then never matter) and every value `:vK`; a repeated name or primitive value reuses its placeholder,
 * so several expressions of one request can share one instance.
 *
 * @example
 * ```ts
 * const options: ExpressionAttributesOptions = { namePrefix: '#x', valuePrefix: ':x' }
 * const attrs = new ExpressionAttributes(options) // no clash with hand-written #n0/:v0
 * ```
 */
export interface ExpressionAttributesOptions {
  /** Placeholder prefix for names, default `#n`; change it to merge with hand-written placeholders. */
  readonly namePrefix?: string
  /** Placeholder prefix for values, default `:v`. */
  readonly valuePrefix?: string
}

/**
 * Allocates the `#nK` / `:vK` placeholders of one request; a repeated name or primitive value reuses its placeholder.
 *
 * @example
 * ```ts
 * const attrs = new ExpressionAttributes()
 * const condition = compileCondition(eq('status', 'active'), attrs)
 * const request = { ConditionExpression: condition, ExpressionAttributeNames: attrs.names(), ExpressionAttributeValues: attrs.marshalledValues() }
 * ```
 */
export class ExpressionAttributes {
  private readonly namePrefix: string
  private readonly valuePrefix: string
  private readonly nameIndex = new Map<string, string>()
  private readonly primitiveIndex = new Map<unknown, string>()
  private readonly nameMap: Record<string, string> = {}
  private readonly valueMap: Record<string, unknown> = {}
  private valueCount = 0

  constructor(options?: ExpressionAttributesOptions) {
    // Every request builds one: the default prefixes are known to be valid, only given ones are checked.
    this.namePrefix = options?.namePrefix === undefined ? '#n' : checkPrefix(options.namePrefix, '#')
    this.valuePrefix = options?.valuePrefix === undefined ? ':v' : checkPrefix(options.valuePrefix, ':')
  }

  /** Placeholder for one attribute name (one path segment). */
  name(attributeName: string): string {
    let placeholder = this.nameIndex.get(attributeName)
    if (placeholder === undefined) {
      placeholder = `${this.namePrefix}${this.nameIndex.size}`
      this.nameIndex.set(attributeName, placeholder)
      this.nameMap[placeholder] = attributeName
    }
    return placeholder
  }

  /** Placeholder form of a document path: `a.b[3].c` becomes `#n0.#n1[3].#n2`. */
  path(input: PathInput | readonly PathSegment[]): string {
    // A top-level name (no `.`, `[` or `]`) parses to itself: skip the parser for the common case.
    if (typeof input === 'string' && input !== '' && !PATH_SYNTAX.test(input)) return this.name(input)
    const segments = typeof input === 'string' ? parsePath(input) : input
    let out = ''
    for (const segment of segments) {
      if (typeof segment === 'number') out += `[${segment}]`
      else out += out === '' ? this.name(segment) : `.${this.name(segment)}`
    }
    return out
  }

  /** Placeholder for a value. `context` names the attribute in the error raised for `undefined`. */
  value(literal: unknown, context?: string): string {
    if (literal === undefined) {
      throw new ExpressionError('UNDEFINED_VALUE', 'an expression value is undefined', {
        hint: 'Pass a defined value; use attributeNotExists()/remove() to test for or delete an attribute.',
        ...(context === undefined ? {} : { path: context }),
      })
    }
    const primitive = literal === null || typeof literal !== 'object'
    if (primitive) {
      const existing = this.primitiveIndex.get(literal)
      if (existing !== undefined) return existing
    }
    const placeholder = `${this.valuePrefix}${this.valueCount++}`
    this.valueMap[placeholder] = literal
    if (primitive) this.primitiveIndex.set(literal, placeholder)
    return placeholder
  }

  get hasNames(): boolean {
    return this.nameIndex.size > 0
  }

  get hasValues(): boolean {
    return this.valueCount > 0
  }

  /** `ExpressionAttributeNames`, or undefined when no name was used (DynamoDB rejects an empty map). */
  names(): Record<string, string> | undefined {
    return this.hasNames ? { ...this.nameMap } : undefined
  }

  /** `ExpressionAttributeValues` as plain JS (document level), or undefined when empty. */
  values(): Record<string, unknown> | undefined {
    return this.hasValues ? { ...this.valueMap } : undefined
  }

  /** `ExpressionAttributeValues` in wire form (low level), or undefined when empty. */
  marshalledValues(options?: MarshallOptions): AttributeMap | undefined {
    return this.hasValues ? marshall(this.valueMap, options) : undefined
  }
}

const PATH_SYNTAX = /[.[\]]/

const PREFIX_SHAPE = { '#': /^#[A-Za-z_][A-Za-z0-9_]*$/, ':': /^:[A-Za-z_][A-Za-z0-9_]*$/ } as const

function checkPrefix(prefix: string, sigil: '#' | ':'): string {
  if (!PREFIX_SHAPE[sigil].test(prefix)) {
    throw new ExpressionError('INVALID_PLACEHOLDER_PREFIX', `invalid placeholder prefix "${prefix}"`, {
      hint: `Placeholder prefixes are "${sigil}" followed by letters, digits or underscores, e.g. "${sigil}x".`,
    })
  }
  return prefix
}
