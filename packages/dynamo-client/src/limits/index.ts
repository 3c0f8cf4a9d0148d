export {
  assertBatchGetLimits,
  assertBatchWriteCount,
  assertBatchWriteLimits,
  type BatchGetRequestItems,
  type BatchWriteRequestItems,
} from './batch-limits'
export { DYNAMODB_LIMITS } from './constants'
export { LimitError, type LimitErrorCode } from './errors'
export { assertExpressionLimits, type ExpressionParts, type ValueForm } from './expression-limits'
export { assertItemSize, assertKeySize, type KeyAttributeNames, type LimitSubject } from './item-limits'
export { attributeValueSize, itemSize, numberSize } from './item-size'
export { assertTransactionLimits, type TransactItem } from './transaction-limits'
export { utf8Length } from './utf8-length'
