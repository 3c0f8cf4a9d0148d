import type { OperationName } from '../types/operation-map'
import {
  DYNAMODB_TARGET_PREFIX,
  type OperationSpec,
  type ServiceKind,
  STREAMS_TARGET_PREFIX,
} from './operation-spec'
import {
  arnTable,
  createdTable,
  noTables,
  requestItemsTables,
  tableNameField,
  targetTable,
  transactItemsTables,
} from './table-names'

type Row = readonly [OperationName, ServiceKind, boolean, OperationSpec['tablesOf']]

const ROWS: readonly Row[] = [
  ['GetItem', 'dynamodb', true, tableNameField],
  ['PutItem', 'dynamodb', true, tableNameField],
  ['UpdateItem', 'dynamodb', true, tableNameField],
  ['DeleteItem', 'dynamodb', true, tableNameField],
  ['Query', 'dynamodb', true, tableNameField],
  ['Scan', 'dynamodb', true, tableNameField],
  ['BatchGetItem', 'dynamodb', true, requestItemsTables],
  ['BatchWriteItem', 'dynamodb', true, requestItemsTables],
  ['TransactGetItems', 'dynamodb', true, transactItemsTables],
  ['TransactWriteItems', 'dynamodb', true, transactItemsTables],
  ['CreateTable', 'dynamodb', false, tableNameField],
  ['DeleteTable', 'dynamodb', false, tableNameField],
  ['DescribeTable', 'dynamodb', false, tableNameField],
  ['ListTables', 'dynamodb', false, noTables],
  ['UpdateTable', 'dynamodb', false, tableNameField],
  ['UpdateTimeToLive', 'dynamodb', false, tableNameField],
  ['DescribeTimeToLive', 'dynamodb', false, tableNameField],
  ['TagResource', 'dynamodb', false, arnTable('ResourceArn')],
  ['UntagResource', 'dynamodb', false, arnTable('ResourceArn')],
  ['ListTagsOfResource', 'dynamodb', false, arnTable('ResourceArn')],
  ['ExecuteStatement', 'dynamodb', true, noTables],
  ['BatchExecuteStatement', 'dynamodb', true, noTables],
  ['ExecuteTransaction', 'dynamodb', true, noTables],
  ['CreateBackup', 'dynamodb', false, tableNameField],
  ['ListBackups', 'dynamodb', false, tableNameField],
  ['DescribeBackup', 'dynamodb', false, arnTable('BackupArn')],
  ['DeleteBackup', 'dynamodb', false, arnTable('BackupArn')],
  ['RestoreTableFromBackup', 'dynamodb', false, targetTable],
  ['UpdateContinuousBackups', 'dynamodb', false, tableNameField],
  ['DescribeContinuousBackups', 'dynamodb', false, tableNameField],
  ['UpdateContributorInsights', 'dynamodb', false, tableNameField],
  ['DescribeContributorInsights', 'dynamodb', false, tableNameField],
  ['RestoreTableToPointInTime', 'dynamodb', false, targetTable],
  ['ExportTableToPointInTime', 'dynamodb', false, arnTable('TableArn')],
  ['DescribeExport', 'dynamodb', false, arnTable('ExportArn')],
  ['ListExports', 'dynamodb', false, arnTable('TableArn')],
  ['ImportTable', 'dynamodb', false, createdTable],
  ['DescribeImport', 'dynamodb', false, arnTable('ImportArn')],
  ['ListImports', 'dynamodb', false, arnTable('TableArn')],
  ['DescribeStream', 'streams', false, arnTable('StreamArn')],
  ['GetShardIterator', 'streams', false, arnTable('StreamArn')],
  ['GetRecords', 'streams', false, noTables],
  ['ListStreams', 'streams', false, tableNameField],
]

function specOf([name, service, reportsCapacity, tablesOf]: Row): OperationSpec {
  const prefix = service === 'streams' ? STREAMS_TARGET_PREFIX : DYNAMODB_TARGET_PREFIX
  return Object.freeze({ name, service, target: `${prefix}.${name}`, reportsCapacity, tablesOf })
}

/**
 * Every operation's spec by wire name; the single place an operation is declared.
 *
 * @example
 * ```ts
 * OPERATIONS.PutItem.reportsCapacity // true: PutItem accepts ReturnConsumedCapacity
 * OPERATIONS.ListStreams.service // 'streams'
 * ```
 */
export const OPERATIONS: Readonly<Record<OperationName, OperationSpec>> = Object.freeze(
  Object.fromEntries(ROWS.map((row) => [row[0], specOf(row)])) as Record<OperationName, OperationSpec>,
)

/**
 * The wire names of every operation the client can send (GetItem, Query, ListStreams, ...), in declaration order.
 *
 * @example
 * ```ts
 * for (const name of OPERATION_NAMES) console.log(name, OPERATIONS[name].service)
 * ```
 */
export const OPERATION_NAMES: readonly OperationName[] = ROWS.map((row) => row[0])

/**
 * True when `name` is an operation the client knows (by wire name, case-sensitive); narrows it to OperationName.
 *
 * @example
 * ```ts
 * const name = process.argv[2] ?? ''
 * if (isOperationName(name)) console.log(OPERATIONS[name].target)
 * else console.error(`unknown operation ${name}`)
 * ```
 */
export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(OPERATIONS, name)
}
