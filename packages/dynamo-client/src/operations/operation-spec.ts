import type { OperationName } from '../types/operation-map'

/**
 * Which API endpoint serves an operation: DynamoDB itself or DynamoDB Streams.
 *
 * @example
 * ```ts
 * const service: ServiceKind = OPERATIONS.GetRecords.service // 'streams'
 * ```
 */
export type ServiceKind = 'dynamodb' | 'streams'

/**
 * What the client needs to know about an operation to send it, account for it and report it.
 *
 * @example
 * ```ts
 * const spec: OperationSpec = OPERATIONS.GetItem
 * console.log(spec.target) // 'DynamoDB_20120810.GetItem'
 * console.log(spec.tablesOf({ TableName: 'app', Key: key })) // ['app']
 * ```
 */
export interface OperationSpec {
  readonly name: OperationName
  readonly service: ServiceKind
  /** The `X-Amz-Target` header value, computed once. */
  readonly target: string
  /** Whether the operation accepts `ReturnConsumedCapacity`. */
  readonly reportsCapacity: boolean
  /** Tables the request touches, for middleware and capacity accounting. */
  readonly tablesOf: (input: object) => readonly string[]
}

export const DYNAMODB_TARGET_PREFIX = 'DynamoDB_20120810'
export const STREAMS_TARGET_PREFIX = 'DynamoDBStreams_20120810'
