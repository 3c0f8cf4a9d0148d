import type { InputOf, OutputOf } from '../types/operation-map'
import { DynamoClientCore } from './client-core'
import type { SendOptions } from './send-context'

/**
 * One method per DynamoDB (and DynamoDB Streams) operation, taking and returning the API's JSON shapes.
 * Each is `send()` with the operation name filled in; nothing else happens here.
 *
 * @example
 * ```ts
 * const client = new DynamoClient() // DynamoOperations: one method per operation
 * const { Table } = await client.describeTable({ TableName: 'app' })
 * ```
 */
export class DynamoOperations extends DynamoClientCore {
  getItem(input: InputOf<'GetItem'>, options?: SendOptions): Promise<OutputOf<'GetItem'>> {
    return this.send('GetItem', input, options)
  }

  putItem(input: InputOf<'PutItem'>, options?: SendOptions): Promise<OutputOf<'PutItem'>> {
    return this.send('PutItem', input, options)
  }

  updateItem(input: InputOf<'UpdateItem'>, options?: SendOptions): Promise<OutputOf<'UpdateItem'>> {
    return this.send('UpdateItem', input, options)
  }

  deleteItem(input: InputOf<'DeleteItem'>, options?: SendOptions): Promise<OutputOf<'DeleteItem'>> {
    return this.send('DeleteItem', input, options)
  }

  query(input: InputOf<'Query'>, options?: SendOptions): Promise<OutputOf<'Query'>> {
    return this.send('Query', input, options)
  }

  scan(input: InputOf<'Scan'>, options?: SendOptions): Promise<OutputOf<'Scan'>> {
    return this.send('Scan', input, options)
  }

  batchGetItem(input: InputOf<'BatchGetItem'>, options?: SendOptions): Promise<OutputOf<'BatchGetItem'>> {
    return this.send('BatchGetItem', input, options)
  }

  batchWriteItem(
    input: InputOf<'BatchWriteItem'>,
    options?: SendOptions,
  ): Promise<OutputOf<'BatchWriteItem'>> {
    return this.send('BatchWriteItem', input, options)
  }

  transactGetItems(
    input: InputOf<'TransactGetItems'>,
    options?: SendOptions,
  ): Promise<OutputOf<'TransactGetItems'>> {
    return this.send('TransactGetItems', input, options)
  }

  transactWriteItems(
    input: InputOf<'TransactWriteItems'>,
    options?: SendOptions,
  ): Promise<OutputOf<'TransactWriteItems'>> {
    return this.send('TransactWriteItems', input, options)
  }

  createTable(input: InputOf<'CreateTable'>, options?: SendOptions): Promise<OutputOf<'CreateTable'>> {
    return this.send('CreateTable', input, options)
  }

  deleteTable(input: InputOf<'DeleteTable'>, options?: SendOptions): Promise<OutputOf<'DeleteTable'>> {
    return this.send('DeleteTable', input, options)
  }

  describeTable(input: InputOf<'DescribeTable'>, options?: SendOptions): Promise<OutputOf<'DescribeTable'>> {
    return this.send('DescribeTable', input, options)
  }

  listTables(input: InputOf<'ListTables'> = {}, options?: SendOptions): Promise<OutputOf<'ListTables'>> {
    return this.send('ListTables', input, options)
  }

  updateTable(input: InputOf<'UpdateTable'>, options?: SendOptions): Promise<OutputOf<'UpdateTable'>> {
    return this.send('UpdateTable', input, options)
  }

  updateTimeToLive(
    input: InputOf<'UpdateTimeToLive'>,
    options?: SendOptions,
  ): Promise<OutputOf<'UpdateTimeToLive'>> {
    return this.send('UpdateTimeToLive', input, options)
  }

  describeTimeToLive(
    input: InputOf<'DescribeTimeToLive'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeTimeToLive'>> {
    return this.send('DescribeTimeToLive', input, options)
  }

  tagResource(input: InputOf<'TagResource'>, options?: SendOptions): Promise<OutputOf<'TagResource'>> {
    return this.send('TagResource', input, options)
  }

  untagResource(input: InputOf<'UntagResource'>, options?: SendOptions): Promise<OutputOf<'UntagResource'>> {
    return this.send('UntagResource', input, options)
  }

  listTagsOfResource(
    input: InputOf<'ListTagsOfResource'>,
    options?: SendOptions,
  ): Promise<OutputOf<'ListTagsOfResource'>> {
    return this.send('ListTagsOfResource', input, options)
  }

  executeStatement(
    input: InputOf<'ExecuteStatement'>,
    options?: SendOptions,
  ): Promise<OutputOf<'ExecuteStatement'>> {
    return this.send('ExecuteStatement', input, options)
  }

  batchExecuteStatement(
    input: InputOf<'BatchExecuteStatement'>,
    options?: SendOptions,
  ): Promise<OutputOf<'BatchExecuteStatement'>> {
    return this.send('BatchExecuteStatement', input, options)
  }

  executeTransaction(
    input: InputOf<'ExecuteTransaction'>,
    options?: SendOptions,
  ): Promise<OutputOf<'ExecuteTransaction'>> {
    return this.send('ExecuteTransaction', input, options)
  }

  createBackup(input: InputOf<'CreateBackup'>, options?: SendOptions): Promise<OutputOf<'CreateBackup'>> {
    return this.send('CreateBackup', input, options)
  }

  listBackups(input: InputOf<'ListBackups'> = {}, options?: SendOptions): Promise<OutputOf<'ListBackups'>> {
    return this.send('ListBackups', input, options)
  }

  describeBackup(
    input: InputOf<'DescribeBackup'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeBackup'>> {
    return this.send('DescribeBackup', input, options)
  }

  deleteBackup(input: InputOf<'DeleteBackup'>, options?: SendOptions): Promise<OutputOf<'DeleteBackup'>> {
    return this.send('DeleteBackup', input, options)
  }

  restoreTableFromBackup(
    input: InputOf<'RestoreTableFromBackup'>,
    options?: SendOptions,
  ): Promise<OutputOf<'RestoreTableFromBackup'>> {
    return this.send('RestoreTableFromBackup', input, options)
  }

  updateContinuousBackups(
    input: InputOf<'UpdateContinuousBackups'>,
    options?: SendOptions,
  ): Promise<OutputOf<'UpdateContinuousBackups'>> {
    return this.send('UpdateContinuousBackups', input, options)
  }

  describeContinuousBackups(
    input: InputOf<'DescribeContinuousBackups'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeContinuousBackups'>> {
    return this.send('DescribeContinuousBackups', input, options)
  }

  /**
   * Turns CloudWatch Contributor Insights on or off for a table (or one of its GSIs with `IndexName`).
   * DynamoDB Local does not implement it and answers with an unknown-operation error.
   *
   * @example
   * ```ts
   * await client.updateContributorInsights({ TableName: 'app', ContributorInsightsAction: 'ENABLE' })
   * ```
   */
  updateContributorInsights(
    input: InputOf<'UpdateContributorInsights'>,
    options?: SendOptions,
  ): Promise<OutputOf<'UpdateContributorInsights'>> {
    return this.send('UpdateContributorInsights', input, options)
  }

  /**
   * Reads the Contributor Insights status of a table or one of its GSIs.
   *
   * @example
   * ```ts
   * const { ContributorInsightsStatus } = await client.describeContributorInsights({ TableName: 'app' })
   * ```
   */
  describeContributorInsights(
    input: InputOf<'DescribeContributorInsights'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeContributorInsights'>> {
    return this.send('DescribeContributorInsights', input, options)
  }

  restoreTableToPointInTime(
    input: InputOf<'RestoreTableToPointInTime'>,
    options?: SendOptions,
  ): Promise<OutputOf<'RestoreTableToPointInTime'>> {
    return this.send('RestoreTableToPointInTime', input, options)
  }

  exportTableToPointInTime(
    input: InputOf<'ExportTableToPointInTime'>,
    options?: SendOptions,
  ): Promise<OutputOf<'ExportTableToPointInTime'>> {
    return this.send('ExportTableToPointInTime', input, options)
  }

  describeExport(
    input: InputOf<'DescribeExport'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeExport'>> {
    return this.send('DescribeExport', input, options)
  }

  listExports(input: InputOf<'ListExports'> = {}, options?: SendOptions): Promise<OutputOf<'ListExports'>> {
    return this.send('ListExports', input, options)
  }

  importTable(input: InputOf<'ImportTable'>, options?: SendOptions): Promise<OutputOf<'ImportTable'>> {
    return this.send('ImportTable', input, options)
  }

  describeImport(
    input: InputOf<'DescribeImport'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeImport'>> {
    return this.send('DescribeImport', input, options)
  }

  listImports(input: InputOf<'ListImports'> = {}, options?: SendOptions): Promise<OutputOf<'ListImports'>> {
    return this.send('ListImports', input, options)
  }

  describeStream(
    input: InputOf<'DescribeStream'>,
    options?: SendOptions,
  ): Promise<OutputOf<'DescribeStream'>> {
    return this.send('DescribeStream', input, options)
  }

  getShardIterator(
    input: InputOf<'GetShardIterator'>,
    options?: SendOptions,
  ): Promise<OutputOf<'GetShardIterator'>> {
    return this.send('GetShardIterator', input, options)
  }

  getRecords(input: InputOf<'GetRecords'>, options?: SendOptions): Promise<OutputOf<'GetRecords'>> {
    return this.send('GetRecords', input, options)
  }

  listStreams(input: InputOf<'ListStreams'> = {}, options?: SendOptions): Promise<OutputOf<'ListStreams'>> {
    return this.send('ListStreams', input, options)
  }
}
