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

export interface GetItemInput {
  TableName: string
  Key: Key
  ConsistentRead?: boolean
  ProjectionExpression?: string
  ExpressionAttributeNames?: ExpressionAttributeNames
  AttributesToGet?: string[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

export interface GetItemOutput {
  Item?: AttributeMap
  ConsumedCapacity?: ConsumedCapacity
}

interface WriteCommon {
  TableName: string
  ConditionExpression?: string
  ExpressionAttributeNames?: ExpressionAttributeNames
  ExpressionAttributeValues?: ExpressionAttributeValues
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure
  Expected?: Record<string, ExpectedAttributeValue>
  ConditionalOperator?: ConditionalOperator
}

export interface PutItemInput extends WriteCommon {
  Item: AttributeMap
  ReturnValues?: ReturnValue
}

export interface UpdateItemInput extends WriteCommon {
  Key: Key
  UpdateExpression?: string
  AttributeUpdates?: Record<string, AttributeValueUpdate>
  ReturnValues?: ReturnValue
}

export interface DeleteItemInput extends WriteCommon {
  Key: Key
  ReturnValues?: ReturnValue
}

export interface WriteItemOutput {
  Attributes?: AttributeMap
  ConsumedCapacity?: ConsumedCapacity
  ItemCollectionMetrics?: ItemCollectionMetrics
}

export type PutItemOutput = WriteItemOutput
export type UpdateItemOutput = WriteItemOutput
export type DeleteItemOutput = WriteItemOutput
