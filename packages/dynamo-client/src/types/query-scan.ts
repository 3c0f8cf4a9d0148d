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

/**
 * The input of Query: the table (and index), the key condition, and the filter, projection, order and paging.
 *
 * @example
 * ```ts
 * const input: QueryInput = {
 *   TableName: 'app',
 *   KeyConditionExpression: 'pk = :pk',
 *   ExpressionAttributeValues: { ':pk': { S: 'USER#1' } },
 *   ScanIndexForward: false,
 *   Limit: 20,
 * }
 * const { Items, LastEvaluatedKey } = await client.query(input)
 * ```
 */
export interface QueryInput extends ReadCommon {
  KeyConditionExpression?: string | undefined
  ScanIndexForward?: boolean | undefined
  KeyConditions?: Record<string, Condition> | undefined
  QueryFilter?: Record<string, Condition> | undefined
}

/**
 * The input of Scan: the table (and index), the filter and projection, paging and parallel segments.
 *
 * @example
 * ```ts
 * const input: ScanInput = { TableName: 'app', Segment: 0, TotalSegments: 4 }
 * const { Items } = await client.scan(input)
 * ```
 */
export interface ScanInput extends ReadCommon {
  Segment?: number | undefined
  TotalSegments?: number | undefined
  ScanFilter?: Record<string, Condition> | undefined
}

/**
 * The output of Query (and Scan): the items, counts, the key to continue from, and capacity.
 *
 * @example
 * ```ts
 * const output: QueryOutput = await client.query(input)
 * console.log(output.Count, output.ScannedCount, output.LastEvaluatedKey)
 * ```
 */
export interface QueryOutput {
  Items?: AttributeMap[] | undefined
  Count?: number | undefined
  ScannedCount?: number | undefined
  LastEvaluatedKey?: Key | undefined
  ConsumedCapacity?: ConsumedCapacity | undefined
}

/**
 * The output of Scan.
 *
 * @example
 * ```ts
 * const output: ScanOutput = await client.scan({ TableName: 'app' })
 * ```
 */
export type ScanOutput = QueryOutput
