/**
 * Why a value could not be converted to or from DynamoDB's wire format.
 *
 * @example
 * ```ts
 * function marshallCode(error: unknown): MarshallErrorCode | null {
 *   return error instanceof MarshallError ? error.code : null
 * }
 * ```
 */
export type MarshallErrorCode =
  | 'UNDEFINED_VALUE'
  | 'EMPTY_SET'
  | 'MIXED_SET'
  | 'UNSUPPORTED_SET_ELEMENT'
  | 'INVALID_NUMBER'
  | 'IMPRECISE_NUMBER'
  | 'UNSUPPORTED_TYPE'
  | 'CLASS_INSTANCE'
  | 'TOO_DEEP'
  | 'INVALID_ATTRIBUTE_VALUE'

import { DynamoDBError } from '../errors/dynamodb-error'

/**
 * Raised before any request is sent. `path` names the offending attribute (`profile.address.zip`,
 * `tags`, `items[3]`), so the caller can find it in a large item.
 *
 * @example
 * ```ts
 * try {
 *   marshall({ pk: 'A', tags: new Set() })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'EMPTY_SET') console.error(error.message, error.hint)
 *   else throw error
 * }
 * ```
 */
export class MarshallError extends DynamoDBError {
  override readonly name = 'MarshallError'
  declare readonly code: MarshallErrorCode
  /** Segments from the item root to the offending value; numbers are list indexes. */
  readonly segments: (string | number)[]
  private readonly detail: string

  constructor(code: MarshallErrorCode, detail: string, options: { hint: string; cause?: unknown }) {
    super({ code, message: detail, hint: options.hint, retryable: false, cause: options.cause })
    this.detail = detail
    this.segments = []
  }

  /** Dotted path of the offending attribute, '' when the value itself is at fault. */
  get path(): string {
    return formatPath(this.segments)
  }

  /** Called while unwinding the recursion, so paths cost nothing unless an error happens. */
  prependSegment(segment: string | number): this {
    this.segments.unshift(segment)
    this.message = `${this.path}: ${this.detail}`
    return this
  }
}

export function formatPath(segments: readonly (string | number)[]): string {
  let out = ''
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`
    else out += out === '' ? segment : `.${segment}`
  }
  return out
}
