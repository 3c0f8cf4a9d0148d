import type {
  AttributeMap,
  Condition,
  ConditionalOperator,
  ConsumedCapacity,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  Key,
  ReturnConsumedCapacity,
  Select,
} from './common'

interface ReadCommon {
  TableName: string
  IndexName?: string
  Select?: Select
  Limit?: number
  ConsistentRead?: boolean
  ExclusiveStartKey?: Key
  ProjectionExpression?: string
  FilterExpression?: string
  ExpressionAttributeNames?: ExpressionAttributeNames
  ExpressionAttributeValues?: ExpressionAttributeValues
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  AttributesToGet?: string[]
  ConditionalOperator?: ConditionalOperator
}

export interface QueryInput extends ReadCommon {
  KeyConditionExpression?: string
  ScanIndexForward?: boolean
  KeyConditions?: Record<string, Condition>
  QueryFilter?: Record<string, Condition>
}

export interface ScanInput extends ReadCommon {
  Segment?: number
  TotalSegments?: number
  ScanFilter?: Record<string, Condition>
}

export interface QueryOutput {
  Items?: AttributeMap[]
  Count?: number
  ScannedCount?: number
  LastEvaluatedKey?: Key
  ConsumedCapacity?: ConsumedCapacity
}

export type ScanOutput = QueryOutput
