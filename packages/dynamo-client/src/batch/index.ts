export { type BatchGetAllOutput, batchGetAll } from './batch-get-all'
export type { BatchOptions, BatchProgress } from './batch-options'
export { type BatchWriteAllOutput, batchWriteAll } from './batch-write-all'
export { chunkGetRequests, chunkWriteRequests, MAX_BATCH_GET_KEYS, MAX_BATCH_WRITE_REQUESTS } from './chunk'
