import { type BatchGetAllOutput, batchGetAll } from '../batch/batch-get-all'
import type { BatchOptions } from '../batch/batch-options'
import { type BatchWriteAllOutput, batchWriteAll } from '../batch/batch-write-all'
import { listAllTables, type PaginateOptions, paginateQuery, paginateScan } from '../paginate/paginate'
import { type ParallelScanOptions, type ParallelScanPage, parallelScan } from '../paginate/parallel-scan'
import type { BatchGetItemInput, BatchWriteItemInput } from '../types/batch'
import type { QueryInput, QueryOutput, ScanInput, ScanOutput } from '../types/query-scan'
import type { GlobalSecondaryIndexDescription, TableDescription } from '../types/table-description'
import { waitForIndexActive, waitForTableActive, waitForTableDeleted } from '../waiters/table-waiters'
import type { WaiterOptions } from '../waiters/wait-until'
import { DynamoOperations } from './operation-methods'
import type { SendOptions } from './send-context'

/**
 * A DynamoDB client without the AWS SDK: every operation as a method (AWS JSON shapes in and out),
 * plus paginators, batch helpers that never lose unprocessed items, and table waiters.
 *
 * @example
 * ```ts
 * const client = new DynamoClient({ endpoint: 'http://localhost:8000' })
 * const { Item } = await client.getItem({ TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } })
 * ```
 */
export class DynamoClient extends DynamoOperations {
  /** Query pages, following LastEvaluatedKey. */
  paginateQuery(input: QueryInput, options?: PaginateOptions): AsyncGenerator<QueryOutput, void, undefined> {
    return paginateQuery(this, input, options)
  }

  /** Scan pages, following LastEvaluatedKey. */
  paginateScan(input: ScanInput, options?: PaginateOptions): AsyncGenerator<ScanOutput, void, undefined> {
    return paginateScan(this, input, options)
  }

  /** A segmented scan with `concurrency` segments in flight; pages in arrival order, tagged with `segment`. */
  parallelScan(
    input: ScanInput,
    options: ParallelScanOptions,
  ): AsyncGenerator<ParallelScanPage, void, undefined> {
    return parallelScan(this, input, options)
  }

  /** Every table name, across ListTables pages. */
  listAllTables(options?: SendOptions): Promise<string[]> {
    return listAllTables(this, options)
  }

  /** BatchGetItem for any number of keys (chunks of 100, unprocessed keys retried). */
  batchGetAll(input: BatchGetItemInput, options?: BatchOptions): Promise<BatchGetAllOutput> {
    return batchGetAll(this, input, options)
  }

  /** BatchWriteItem for any number of writes (chunks of 25, unprocessed items retried). */
  batchWriteAll(input: BatchWriteItemInput, options?: BatchOptions): Promise<BatchWriteAllOutput> {
    return batchWriteAll(this, input, options)
  }

  waitForTableActive(table: string, options?: WaiterOptions): Promise<TableDescription> {
    return waitForTableActive(this, table, options)
  }

  waitForTableDeleted(table: string, options?: WaiterOptions): Promise<void> {
    return waitForTableDeleted(this, table, options)
  }

  waitForIndexActive(
    table: string,
    index: string,
    options?: WaiterOptions,
  ): Promise<GlobalSecondaryIndexDescription> {
    return waitForIndexActive(this, table, index, options)
  }
}
