import type { OperationName } from '@dbtooling/dynamo-client'

/** Reads whose answer depends only on their input and the table's data: safe to share and to cache. */
const SHAREABLE_READS: ReadonlySet<string> = new Set(['GetItem', 'Query', 'Scan', 'BatchGetItem'])

/** Operations that change no item data (metadata reads, stream reads): they invalidate nothing. */
const NEUTRAL: ReadonlySet<string> = new Set([
  'DescribeTable',
  'ListTables',
  'DescribeTimeToLive',
  'ListTagsOfResource',
  'ListBackups',
  'DescribeBackup',
  'DescribeContinuousBackups',
  'ExportTableToPointInTime',
  'DescribeExport',
  'ListExports',
  'DescribeImport',
  'ListImports',
  'DescribeStream',
  'GetShardIterator',
  'GetRecords',
  'ListStreams',
  'TransactGetItems',
  'CreateBackup',
  'TagResource',
  'UntagResource',
])

interface ReadInput {
  readonly ConsistentRead?: boolean | undefined
}

/**
 * A read another caller may share (in flight) or the result cache may answer. Strongly consistent reads
 * are excluded: joining a request sent earlier, or answering from memory, could miss a write another
 * process finished in between, which is exactly what ConsistentRead rules out. (A shared or cached answer
 * carries no ConsumedCapacity: only the request that was sent consumed any.)
 *
 * @example
 * ```ts
 * isShareableRead('Query', { TableName: 'app', KeyConditionExpression: 'pk = :p' }) // true
 * isShareableRead('GetItem', { TableName: 'app', Key: {}, ConsistentRead: true }) // false
 * ```
 */
export function isShareableRead(operation: OperationName, input: object): boolean {
  if (!SHAREABLE_READS.has(operation)) return false
  if (operation === 'BatchGetItem') return !batchIsConsistent(input)
  return (input as ReadInput).ConsistentRead !== true
}

function batchIsConsistent(input: object): boolean {
  const items = (input as { RequestItems?: Record<string, ReadInput> }).RequestItems ?? {}
  for (const spec of Object.values(items)) if (spec.ConsistentRead === true) return true
  return false
}

/**
 * Whether a request may change item data. Everything not known to be a read counts as a write (PartiQL
 * statements other than SELECT, table operations, restores): a needless invalidation costs one request,
 * a missed one serves stale data.
 *
 * @example
 * ```ts
 * mayWrite('PutItem') // true
 * mayWrite('Query') // false
 * mayWrite('ExecuteStatement', { Statement: 'SELECT * FROM "app"' }) // false: a PartiQL read
 * ```
 */
export function mayWrite(operation: OperationName, input?: object): boolean {
  if (SHAREABLE_READS.has(operation) || NEUTRAL.has(operation)) return false
  return !(input && PARTIQL.has(operation) && isPartiqlSelect(operation, input))
}

const PARTIQL: ReadonlySet<string> = new Set([
  'ExecuteStatement',
  'BatchExecuteStatement',
  'ExecuteTransaction',
])

const SELECT = /^\s*SELECT\s/i

/** PartiQL requests made of SELECT statements only: they read, so they invalidate nothing. */
function isPartiqlSelect(operation: OperationName, input: object): boolean {
  const request = input as { Statement?: unknown; Statements?: unknown; TransactStatements?: unknown }
  if (operation === 'ExecuteStatement')
    return typeof request.Statement === 'string' && SELECT.test(request.Statement)
  const list = operation === 'BatchExecuteStatement' ? request.Statements : request.TransactStatements
  if (operation !== 'BatchExecuteStatement' && operation !== 'ExecuteTransaction') return false
  if (!Array.isArray(list) || list.length === 0) return false
  return list.every(
    (entry: { Statement?: unknown }) => typeof entry.Statement === 'string' && SELECT.test(entry.Statement),
  )
}

type TransactItem = Readonly<Record<string, { readonly TableName?: string } | undefined>>

/**
 * The tables a request touches, or null when they cannot be known from the input (PartiQL statements
 * name tables inside their text): the caller then treats it as touching every table.
 *
 * @example
 * ```ts
 * tablesOf({ TableName: 'app' }) // ['app']
 * tablesOf({ RequestItems: { app: [], audit: [] } }) // ['app', 'audit']
 * tablesOf({ Statement: 'SELECT * FROM "app"' }) // null: unknown, treated as every table
 * ```
 */
export function tablesOf(input: object): readonly string[] | null {
  const request = input as {
    TableName?: string
    RequestItems?: Record<string, unknown>
    TransactItems?: readonly TransactItem[]
  }
  if (typeof request.TableName === 'string') return [request.TableName]
  if (request.RequestItems && typeof request.RequestItems === 'object') {
    return Object.keys(request.RequestItems)
  }
  const transact: readonly TransactItem[] | undefined = request.TransactItems
  if (transact) {
    const names = new Set<string>()
    for (const item of transact) {
      for (const action of Object.values(item)) if (action?.TableName) names.add(action.TableName)
    }
    return [...names]
  }
  return null
}
