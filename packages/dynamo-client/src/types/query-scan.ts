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
  IndexName?: string | undefined
  Select?: Select | undefined
  Limit?: number | undefined
  ConsistentRead?: boolean | undefined
  ExclusiveStartKey?: Key | undefined
  ProjectionExpression?: string | undefined
  FilterExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  ExpressionAttributeValues?: ExpressionAttributeValues | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  AttributesToGet?: string[] | undefined
  ConditionalOperator?: ConditionalOperator | undefined
}

export interface QueryInput extends ReadCommon {
  KeyConditionExpression?: string | undefined
  ScanIndexForward?: boolean | undefined
  KeyConditions?: Record<string, Condition> | undefined
  QueryFilter?: Record<string, Condition> | undefined
}

export interface ScanInput extends ReadCommon {
  Segment?: number | undefined
  TotalSegments?: number | undefined
  ScanFilter?: Record<string, Condition> | undefined
}

export interface QueryOutput {
  Items?: AttributeMap[] | undefined
  Count?: number | undefined
  ScannedCount?: number | undefined
  LastEvaluatedKey?: Key | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
}

export type ScanOutput = QueryOutput
