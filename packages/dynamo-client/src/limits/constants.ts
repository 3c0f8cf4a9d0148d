/**
 * DynamoDB service limits checked before a request is sent (1 KB = 1024 bytes, as DynamoDB counts).
 *
 * @example
 * ```ts
 * const chunks = []
 * for (let i = 0; i < keys.length; i += DYNAMODB_LIMITS.batchGetItems) chunks.push(keys.slice(i, i + DYNAMODB_LIMITS.batchGetItems))
 * console.log(DYNAMODB_LIMITS.itemSize) // 409600
 * ```
 */
export const DYNAMODB_LIMITS = Object.freeze({
  itemSize: 400 * 1024,
  partitionKeySize: 2048,
  sortKeySize: 1024,
  batchWriteItems: 25,
  batchWriteRequestSize: 16 * 1024 * 1024,
  batchGetItems: 100,
  transactionItems: 100,
  transactionSize: 4 * 1024 * 1024,
  expressionLength: 4 * 1024,
  expressionPlaceholderLength: 255,
  expressionSubstitutionsSize: 2 * 1024 * 1024,
  inListValues: 100,
  nestingDepth: 32,
})
