export type { AttributeMap, AttributeTypeDescriptor, AttributeValue } from './attribute-value'
export { DocumentClient, type LowLevelSender, type WriteOptions } from './document-client'
export { MarshallError, type MarshallErrorCode } from './errors'
export { MAX_NESTING_DEPTH, marshall, toAttributeValue } from './marshall'
export { type CanonicalDecimal, canonicalDecimal, NumberValue } from './number-value'
export type {
  BatchGetCommandInput,
  BatchGetCommandOutput,
  BatchWriteCommandInput,
  BatchWriteCommandOutput,
  DocumentKeysAndAttributes,
  DocumentWriteRequest,
} from './operations/batch'
export {
  type BatchGetAllCommandInput,
  type BatchGetAllCommandOutput,
  type BatchWriteAllCommandInput,
  type BatchWriteAllCommandOutput,
  DocumentUnprocessedItemsError,
} from './operations/batch-all'
export type { DocumentClientOptions, DocumentInput, DocumentMap } from './operations/codec'
export type {
  DeleteCommandInput,
  DocumentItemCollectionMetrics,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  UpdateCommandInput,
  WriteCommandOutput,
} from './operations/item-operations'
export type {
  BatchExecuteStatementCommandInput,
  BatchExecuteStatementCommandOutput,
  DocumentBatchStatementRequest,
  DocumentBatchStatementResponse,
  ExecuteStatementCommandInput,
  ExecuteStatementCommandOutput,
  ExecuteTransactionCommandInput,
  ExecuteTransactionCommandOutput,
} from './operations/partiql'
export type {
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
} from './operations/query-scan'
export type {
  DocumentTransactGetItem,
  DocumentTransactWriteItem,
  TransactGetCommandInput,
  TransactGetCommandOutput,
  TransactWriteCommandInput,
  TransactWriteCommandOutput,
} from './operations/transactions'
export type {
  MarshallOptions,
  NativeAttributeValue,
  NativeItem,
  NativeScalar,
  UnmarshallOptions,
  WrapNumbers,
} from './options'
export type { PageOptions } from './paginate-pages'
export { fromAttributeValue, unmarshall } from './unmarshall'
