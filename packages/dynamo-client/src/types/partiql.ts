import type {
  AttributeMap,
  AttributeValue,
  ConsumedCapacity,
  Key,
  ReturnConsumedCapacity,
  ReturnValuesOnConditionCheckFailure,
} from './common'

export interface ExecuteStatementInput {
  Statement: string
  Parameters?: AttributeValue[]
  ConsistentRead?: boolean
  NextToken?: string
  Limit?: number
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure
}

export interface ExecuteStatementOutput {
  Items?: AttributeMap[]
  NextToken?: string
  LastEvaluatedKey?: Key
  ConsumedCapacity?: ConsumedCapacity
}

export interface BatchStatementRequest {
  Statement: string
  Parameters?: AttributeValue[]
  ConsistentRead?: boolean
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure
}

export interface BatchExecuteStatementInput {
  Statements: BatchStatementRequest[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

export interface BatchStatementResponse {
  Error?: { Code?: string; Message?: string; Item?: AttributeMap }
  TableName?: string
  Item?: AttributeMap
}

export interface BatchExecuteStatementOutput {
  Responses?: BatchStatementResponse[]
  ConsumedCapacity?: ConsumedCapacity[]
}

export interface ExecuteTransactionInput {
  TransactStatements: { Statement: string; Parameters?: AttributeValue[] }[]
  ClientRequestToken?: string
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

export interface ExecuteTransactionOutput {
  Responses?: { Item?: AttributeMap }[]
  ConsumedCapacity?: ConsumedCapacity[]
}
