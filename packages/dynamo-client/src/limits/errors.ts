import { DynamoDBError } from '../errors/dynamodb-error'

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
