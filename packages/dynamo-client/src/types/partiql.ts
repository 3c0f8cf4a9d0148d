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
  Parameters?: AttributeValue[] | undefined
  ConsistentRead?: boolean | undefined
  NextToken?: string | undefined
  Limit?: number | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined
}

export interface ExecuteStatementOutput {
  Items?: AttributeMap[] | undefined
  NextToken?: string | undefined
  LastEvaluatedKey?: Key | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
}

export interface BatchStatementRequest {
  Statement: string
  Parameters?: AttributeValue[] | undefined
  ConsistentRead?: boolean | undefined
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined
}

export interface BatchExecuteStatementInput {
  Statements: BatchStatementRequest[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

export interface BatchStatementResponse {
  Error?: { Code?: string; Message?: string; Item?: AttributeMap }
  TableName?: string | undefined
  Item?: AttributeMap | undefined
}

export interface BatchExecuteStatementOutput {
  Responses?: BatchStatementResponse[] | undefined
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}

export interface ExecuteTransactionInput {
  TransactStatements: { Statement: string; Parameters?: AttributeValue[] }[]
  ClientRequestToken?: string | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

export interface ExecuteTransactionOutput {
  Responses?: { Item?: AttributeMap }[]
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}
