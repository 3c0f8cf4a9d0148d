import { DynamoDBError } from '../errors/dynamodb-error'

/**
 * The `code` of a LimitError: which DynamoDB limit a request would exceed. Narrow on it to react to one limit.
 *
 * @example
 * ```ts
 * function isSplittable(error: LimitError): boolean {
 *   const code: LimitErrorCode = error.code
 *   return code === 'BATCH_WRITE_TOO_MANY_ITEMS' || code === 'BATCH_GET_TOO_MANY_ITEMS'
 * }
 * ```
 */
export type LimitErrorCode =
  | 'ITEM_TOO_LARGE'
  | 'PARTITION_KEY_TOO_LARGE'
  | 'SORT_KEY_TOO_LARGE'
  | 'EMPTY_KEY_VALUE'
  | 'BATCH_WRITE_TOO_MANY_ITEMS'
  | 'BATCH_WRITE_TOO_LARGE'
  | 'BATCH_GET_TOO_MANY_ITEMS'
  | 'TRANSACTION_TOO_MANY_ITEMS'
  | 'TRANSACTION_TOO_LARGE'
  | 'EXPRESSION_TOO_LONG'
  | 'EXPRESSION_PLACEHOLDER_TOO_LONG'
  | 'EXPRESSION_SUBSTITUTIONS_TOO_LARGE'

/**
 * A DynamoDB limit would be exceeded; raised before the request is sent. `subject` names what was
 * measured (an item, attribute, key or expression), `measured` and `limit` are in bytes or items.
 *
 * @example
 * ```ts
 * try {
 *   assertItemSize({ pk: { S: 'doc#1' }, body: { S: 'x'.repeat(500_000) } })
 * } catch (error) {
 *   if (error instanceof LimitError && error.code === 'ITEM_TOO_LARGE') console.log(error.measured, error.limit, error.hint)
 *   else throw error
 * }
 * ```
 */
export class LimitError extends DynamoDBError {
  override readonly name = 'LimitError'
  declare readonly code: LimitErrorCode
  readonly subject: string
  readonly measured: number
  readonly limit: number

  constructor(
    code: LimitErrorCode,
    fields: { subject: string; measured: number; limit: number; unit: 'bytes' | 'items'; hint: string },
  ) {
    const message = `${fields.subject} is ${fields.measured} ${fields.unit}; the DynamoDB limit is ${fields.limit} ${fields.unit}`
    super({ code, message, hint: fields.hint, retryable: false })
    this.subject = fields.subject
    this.measured = fields.measured
    this.limit = fields.limit
  }
}
