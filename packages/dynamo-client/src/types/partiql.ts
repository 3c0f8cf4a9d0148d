import type {
  AttributeMap,
  AttributeValue,
  ConsumedCapacity,
  Key,
  ReturnConsumedCapacity,
  ReturnValuesOnConditionCheckFailure,
} from './common'

/**
 * The input of ExecuteStatement: one PartiQL statement with wire-form parameters.
 *
 * @example
 * ```ts
 * const input: ExecuteStatementInput = { Statement: 'SELECT * FROM "app" WHERE pk = ?', Parameters: [{ S: 'USER#1' }] }
 * const { Items } = await client.executeStatement(input)
 * ```
 */
export interface ExecuteStatementInput {
  Statement: string
  Parameters?: AttributeValue[] | undefined
  ConsistentRead?: boolean | undefined
  NextToken?: string | undefined
  Limit?: number | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined
}

/**
 * The output of ExecuteStatement: the items and the token of the next page.
 *
 * @example
 * ```ts
 * const output: ExecuteStatementOutput = await client.executeStatement({ Statement: 'SELECT * FROM "app"' })
 * console.log(output.Items?.length, output.NextToken)
 * ```
 */
export interface ExecuteStatementOutput {
  Items?: AttributeMap[] | undefined
  NextToken?: string | undefined
  LastEvaluatedKey?: Key | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
}

/**
 * One statement of BatchExecuteStatement.
 *
 * @example
 * ```ts
 * const statement: BatchStatementRequest = { Statement: 'SELECT * FROM "app" WHERE pk = ? AND sk = ?', Parameters: [{ S: 'A' }, { S: 'A' }] }
 * ```
 */
export interface BatchStatementRequest {
  Statement: string
  Parameters?: AttributeValue[] | undefined
  ConsistentRead?: boolean | undefined
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined
}

/**
 * The input of BatchExecuteStatement: up to 25 statements, all reads or all writes.
 *
 * @example
 * ```ts
 * const input: BatchExecuteStatementInput = { Statements: [statement] }
 * const { Responses } = await client.batchExecuteStatement(input)
 * ```
 */
export interface BatchExecuteStatementInput {
  Statements: BatchStatementRequest[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

/**
 * The answer to one statement of a batch: its item or its error.
 *
 * @example
 * ```ts
 * const [first]: BatchStatementResponse[] = (await client.batchExecuteStatement({ Statements: statements })).Responses ?? []
 * console.log(first?.Item ?? first?.Error?.Code)
 * ```
 */
export interface BatchStatementResponse {
  Error?: { Code?: string; Message?: string; Item?: AttributeMap }
  TableName?: string | undefined
  Item?: AttributeMap | undefined
}

/**
 * The output of BatchExecuteStatement: one response per statement, in order.
 *
 * @example
 * ```ts
 * const output: BatchExecuteStatementOutput = await client.batchExecuteStatement({ Statements: statements })
 * ```
 */
export interface BatchExecuteStatementOutput {
  Responses?: BatchStatementResponse[] | undefined
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}

/**
 * The input of ExecuteTransaction: up to 100 PartiQL statements run as one transaction.
 *
 * @example
 * ```ts
 * const input: ExecuteTransactionInput = {
 *   TransactStatements: [{ Statement: 'UPDATE "app" SET n = ? WHERE pk = ? AND sk = ?', Parameters: [{ N: '1' }, { S: 'A' }, { S: 'A' }] }],
 * }
 * await client.executeTransaction(input)
 * ```
 */
export interface ExecuteTransactionInput {
  TransactStatements: { Statement: string; Parameters?: AttributeValue[] }[]
  ClientRequestToken?: string | undefined
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

/**
 * The output of ExecuteTransaction: one response per statement.
 *
 * @example
 * ```ts
 * const output: ExecuteTransactionOutput = await client.executeTransaction({ TransactStatements: statements })
 * ```
 */
export interface ExecuteTransactionOutput {
  Responses?: { Item?: AttributeMap }[]
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}
