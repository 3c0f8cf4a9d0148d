export { type BatchGetOptions, type BatchGetRequest, batchGet } from './batch-get'
export {
  type BatchWriteEntry,
  BatchWriteGuardError,
  type BatchWriteOutput,
  batchDelete,
  batchPut,
} from './batch-write'
export {
  isUnprocessedKeysError,
  isUnprocessedWritesError,
  UnprocessedKeysError,
  UnprocessedWritesError,
} from './errors'
export type { BatchRunOptions } from './options'
export type { BatchGetResult, BatchGetRunOptions } from './run-batch-get'
export type { BatchWriteResult } from './run-batch-write'
export { batchWrite } from './runners'
