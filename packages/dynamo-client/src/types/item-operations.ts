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
  ConsistentRead?: boolean | undefined
  ProjectionExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  AttributesToGet?: string[] | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

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

export interface PutItemInput extends WriteCommon {
  Item: AttributeMap
  ReturnValues?: ReturnValue | undefined
}

export interface UpdateItemInput extends WriteCommon {
  Key: Key
  UpdateExpression?: string | undefined
  AttributeUpdates?: Record<string, AttributeValueUpdate> | undefined
  ReturnValues?: ReturnValue | undefined
}

export interface DeleteItemInput extends WriteCommon {
  Key: Key
  ReturnValues?: ReturnValue | undefined
}

export interface WriteItemOutput {
  Attributes?: AttributeMap | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
  ItemCollectionMetrics?: ItemCollectionMetrics | undefined
}

export type PutItemOutput = WriteItemOutput
export type UpdateItemOutput = WriteItemOutput
export type DeleteItemOutput = WriteItemOutput
