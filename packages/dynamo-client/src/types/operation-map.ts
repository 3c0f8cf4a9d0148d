import type * as B from './backups'
import type * as Batch from './batch'
import type * as C from './contributor-insights'
import type * as E from './exports-imports'
import type * as I from './item-operations'
import type * as P from './partiql'
import type * as Q from './query-scan'
import type * as S from './streams'
import type * as T from './table-operations'
import type * as X from './transactions'

/**
 * Every operation the client speaks, by its wire name, with its request and response shapes.
 *
 * @example
 * ```ts
 * type PutShapes = OperationMap['PutItem'] // { input: PutItemInput; output: PutItemOutput }
 * ```
 */
export interface OperationMap {
  GetItem: { input: I.GetItemInput; output: I.GetItemOutput }
  PutItem: { input: I.PutItemInput; output: I.PutItemOutput }
  UpdateItem: { input: I.UpdateItemInput; output: I.UpdateItemOutput }
  DeleteItem: { input: I.DeleteItemInput; output: I.DeleteItemOutput }
  Query: { input: Q.QueryInput; output: Q.QueryOutput }
  Scan: { input: Q.ScanInput; output: Q.ScanOutput }
  BatchGetItem: { input: Batch.BatchGetItemInput; output: Batch.BatchGetItemOutput }
  BatchWriteItem: { input: Batch.BatchWriteItemInput; output: Batch.BatchWriteItemOutput }
  TransactGetItems: { input: X.TransactGetItemsInput; output: X.TransactGetItemsOutput }
  TransactWriteItems: { input: X.TransactWriteItemsInput; output: X.TransactWriteItemsOutput }
  CreateTable: { input: T.CreateTableInput; output: T.CreateTableOutput }
  DeleteTable: { input: T.DeleteTableInput; output: T.DeleteTableOutput }
  DescribeTable: { input: T.DescribeTableInput; output: T.DescribeTableOutput }
  ListTables: { input: T.ListTablesInput; output: T.ListTablesOutput }
  UpdateTable: { input: T.UpdateTableInput; output: T.UpdateTableOutput }
  UpdateTimeToLive: { input: T.UpdateTimeToLiveInput; output: T.UpdateTimeToLiveOutput }
  DescribeTimeToLive: { input: T.DescribeTimeToLiveInput; output: T.DescribeTimeToLiveOutput }
  TagResource: { input: T.TagResourceInput; output: T.TagResourceOutput }
  UntagResource: { input: T.UntagResourceInput; output: T.UntagResourceOutput }
  ListTagsOfResource: { input: T.ListTagsOfResourceInput; output: T.ListTagsOfResourceOutput }
  ExecuteStatement: { input: P.ExecuteStatementInput; output: P.ExecuteStatementOutput }
  BatchExecuteStatement: { input: P.BatchExecuteStatementInput; output: P.BatchExecuteStatementOutput }
  ExecuteTransaction: { input: P.ExecuteTransactionInput; output: P.ExecuteTransactionOutput }
  CreateBackup: { input: B.CreateBackupInput; output: B.CreateBackupOutput }
  ListBackups: { input: B.ListBackupsInput; output: B.ListBackupsOutput }
  DescribeBackup: { input: B.DescribeBackupInput; output: B.DescribeBackupOutput }
  DeleteBackup: { input: B.DeleteBackupInput; output: B.DeleteBackupOutput }
  RestoreTableFromBackup: { input: B.RestoreTableFromBackupInput; output: B.RestoreTableFromBackupOutput }
  UpdateContinuousBackups: { input: B.UpdateContinuousBackupsInput; output: B.UpdateContinuousBackupsOutput }
  UpdateContributorInsights: {
    input: C.UpdateContributorInsightsInput
    output: C.UpdateContributorInsightsOutput
  }
  DescribeContributorInsights: {
    input: C.DescribeContributorInsightsInput
    output: C.DescribeContributorInsightsOutput
  }
  DescribeContinuousBackups: {
    input: B.DescribeContinuousBackupsInput
    output: B.DescribeContinuousBackupsOutput
  }
  RestoreTableToPointInTime: {
    input: B.RestoreTableToPointInTimeInput
    output: B.RestoreTableToPointInTimeOutput
  }
  ExportTableToPointInTime: {
    input: E.ExportTableToPointInTimeInput
    output: E.ExportTableToPointInTimeOutput
  }
  DescribeExport: { input: E.DescribeExportInput; output: E.DescribeExportOutput }
  ListExports: { input: E.ListExportsInput; output: E.ListExportsOutput }
  ImportTable: { input: E.ImportTableInput; output: E.ImportTableOutput }
  DescribeImport: { input: E.DescribeImportInput; output: E.DescribeImportOutput }
  ListImports: { input: E.ListImportsInput; output: E.ListImportsOutput }
  DescribeStream: { input: S.DescribeStreamInput; output: S.DescribeStreamOutput }
  GetShardIterator: { input: S.GetShardIteratorInput; output: S.GetShardIteratorOutput }
  GetRecords: { input: S.GetRecordsInput; output: S.GetRecordsOutput }
  ListStreams: { input: S.ListStreamsInput; output: S.ListStreamsOutput }
}

/**
 * The wire name of an operation the client can send, e.g. `'GetItem'` or `'TransactWriteItems'`.
 *
 * @example
 * ```ts
 * const operation: OperationName = 'Query'
 * const output = await client.send(operation, { TableName: 'app', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'USER#1' } } })
 * ```
 */
export type OperationName = keyof OperationMap
/**
 * The request shape of an operation, by wire name.
 *
 * @example
 * ```ts
 * const input: InputOf<'GetItem'> = { TableName: 'app', Key: { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } } }
 * await client.send('GetItem', input)
 * ```
 */
export type InputOf<Op extends OperationName> = OperationMap[Op]['input']
/**
 * The response shape of an operation, by wire name.
 *
 * @example
 * ```ts
 * const output: OutputOf<'GetItem'> = await client.send('GetItem', input)
 * console.log(output.Item)
 * ```
 */
export type OutputOf<Op extends OperationName> = OperationMap[Op]['output']
