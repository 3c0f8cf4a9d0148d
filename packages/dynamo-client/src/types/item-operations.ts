import type {
  AttributeMap,
  AttributeValueUpdate,
  ConditionalOperator,
  ConsumedCapacity,
  ExpectedAttributeValue,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  ItemCollectionMetrics,
  Key,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
  ReturnValue,
  ReturnValuesOnConditionCheckFailure,
} from './common'

/**
 * The input of GetItem: the table, the full key, and the projection and consistency.
 *
 * @example
 * ```ts
 * const input: GetItemInput = { TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } }, ConsistentRead: true }
 * const { Item } = await client.getItem(input)
 * ```
 */
export interface GetItemInput {
  TableName: string
  Key: Key
  ConsistentRead?: boolean | undefined
  ProjectionExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  AttributesToGet?: string[] | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

/**
 * The output of GetItem: the item in wire form, when it exists.
 *
 * @example
 * ```ts
 * const output: GetItemOutput = await client.getItem({ TableName: 'app', Key: key })
 * const user = output.Item ? unmarshall(output.Item) : null
 * ```
 */
export interface GetItemOutput {
  Item?: AttributeMap | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
}

interface WriteCommon {
  TableName: string
  ConditionExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  ExpressionAttributeValues?: ExpressionAttributeValues | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined
  Expected?: Record<string, ExpectedAttributeValue> | undefined
  ConditionalOperator?: ConditionalOperator | undefined
}

/**
 * The input of PutItem: the table, the whole item, and an optional condition.
 *
 * @example
 * ```ts
 * const input: PutItemInput = { TableName: 'app', Item: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } }, ConditionExpression: 'attribute_not_exists(pk)' }
 * await client.putItem(input)
 * ```
 */
export interface PutItemInput extends WriteCommon {
  Item: AttributeMap
  ReturnValues?: ReturnValue | undefined
}

/**
 * The input of UpdateItem: the table, the key, the update expression and an optional condition.
 *
 * @example
 * ```ts
 * const input: UpdateItemInput = {
 *   TableName: 'app',
 *   Key: key,
 *   ...buildMarshalledExpressions({ update: [set('name', 'Ada'), add('logins', 1)] }),
 * }
 * await client.updateItem(input)
 * ```
 */
export interface UpdateItemInput extends WriteCommon {
  Key: Key
  UpdateExpression?: string | undefined
  AttributeUpdates?: Record<string, AttributeValueUpdate> | undefined
  ReturnValues?: ReturnValue | undefined
}

/**
 * The input of DeleteItem: the table, the key, and an optional condition.
 *
 * @example
 * ```ts
 * const input: DeleteItemInput = { TableName: 'app', Key: key, ConditionExpression: 'attribute_exists(pk)' }
 * await client.deleteItem(input)
 * ```
 */
export interface DeleteItemInput extends WriteCommon {
  Key: Key
  ReturnValues?: ReturnValue | undefined
}

/**
 * The output of PutItem, UpdateItem and DeleteItem: the attributes `ReturnValues` asked for, capacity and item collection metrics.
 *
 * @example
 * ```ts
 * const output: WriteItemOutput = await client.deleteItem({ TableName: 'app', Key: key, ReturnValues: 'ALL_OLD' })
 * console.log(output.Attributes)
 * ```
 */
export interface WriteItemOutput {
  Attributes?: AttributeMap | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
  ItemCollectionMetrics?: ItemCollectionMetrics | undefined
}

/**
 * The output of PutItem.
 *
 * @example
 * ```ts
 * const output: PutItemOutput = await client.putItem({ TableName: 'app', Item: item, ReturnValues: 'ALL_OLD' })
 * ```
 */
export type PutItemOutput = WriteItemOutput
/**
 * The output of UpdateItem.
 *
 * @example
 * ```ts
 * const output: UpdateItemOutput = await client.updateItem({ ...input, ReturnValues: 'UPDATED_NEW' })
 * ```
 */
export type UpdateItemOutput = WriteItemOutput
/**
 * The output of DeleteItem.
 *
 * @example
 * ```ts
 * const output: DeleteItemOutput = await client.deleteItem({ TableName: 'app', Key: key, ReturnValues: 'ALL_OLD' })
 * ```
 */
export type DeleteItemOutput = WriteItemOutput
