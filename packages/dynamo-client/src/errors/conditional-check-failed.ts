import type { AttributeMap } from '../types/common'
import { DynamoDBError, type DynamoDBErrorInit } from './dynamodb-error'

type Init = Omit<DynamoDBErrorInit, 'code' | 'hint' | 'retryable'> & { item?: AttributeMap | undefined }

/**
 * A ConditionExpression evaluated to false. With `ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`
 * the item as it was is attached as `item` (wire form), so the caller need not read it again.
 *
 * @example
 * ```ts
 * try {
 *   await client.putItem({
 *     TableName: 'app',
 *     Item: item,
 *     ConditionExpression: 'attribute_not_exists(pk)',
 *     ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
 *   })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ConditionalCheckFailedException') console.log('exists')
 *   else throw error
 * }
 * ```
 */
export class ConditionalCheckFailedError extends DynamoDBError {
  declare readonly code: 'ConditionalCheckFailedException'
  readonly item: AttributeMap | undefined

  constructor(init: Init) {
    super({
      ...init,
      code: 'ConditionalCheckFailedException',
      retryable: false,
      hint: 'The condition expression was false for the stored item. Read it (or pass ReturnValuesOnConditionCheckFailure: "ALL_OLD") to see why.',
    })
    this.item = init.item
  }
}
