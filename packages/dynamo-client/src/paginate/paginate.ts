import type { SendOptions } from '../client/send-context'
import type { OperationSender } from '../operations/sender'
import type { Key } from '../types/common'
import type { QueryInput, QueryOutput, ScanInput, ScanOutput } from '../types/query-scan'
import type { ListTablesOutput } from '../types/table-operations'

/**
 * Options of `paginateQuery` / `paginateScan`: stop after this many pages, and the per-call options.
 *
 * @example
 * ```ts
 * const options: PaginateOptions = { maxPages: 2 }
 * for await (const page of paginateScan(client, { TableName: 'app' }, options)) console.log(page.Count)
 * ```
 */
export interface PaginateOptions extends SendOptions {
  /** Stop after this many pages even if DynamoDB has more (the last page's LastEvaluatedKey tells where). */
  maxPages?: number
}

async function* paginate<
  I extends { ExclusiveStartKey?: Key | undefined },
  O extends { LastEvaluatedKey?: Key | undefined },
>(
  fetchPage: (input: I) => Promise<O>,
  input: I,
  options: PaginateOptions,
): AsyncGenerator<O, void, undefined> {
  let startKey = input.ExclusiveStartKey
  const maxPages = options.maxPages ?? Number.POSITIVE_INFINITY
  for (let page = 0; page < maxPages; page++) {
    const output = await fetchPage(startKey ? { ...input, ExclusiveStartKey: startKey } : input)
    yield output
    startKey = output.LastEvaluatedKey
    if (!startKey) return
  }
}

/**
 * Pages of a Query, following LastEvaluatedKey; one request per page pulled.
 *
 * @example
 * ```ts
 * for await (const page of paginateQuery(client, { TableName: 'app', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'LOG' } } }))
 *   console.log(page.Items?.length)
 * ```
 */
export function paginateQuery(
  sender: OperationSender,
  input: QueryInput,
  options: PaginateOptions = {},
): AsyncGenerator<QueryOutput, void, undefined> {
  return paginate((page: QueryInput) => sender.send('Query', page, options), input, options)
}

/**
 * Pages of a Scan (or of one segment of it), following LastEvaluatedKey.
 *
 * @example
 * ```ts
 * for await (const page of paginateScan(client, { TableName: 'app' })) console.log(page.Count)
 * ```
 */
export function paginateScan(
  sender: OperationSender,
  input: ScanInput,
  options: PaginateOptions = {},
): AsyncGenerator<ScanOutput, void, undefined> {
  return paginate((page: ScanInput) => sender.send('Scan', page, options), input, options)
}

/**
 * Every table name in the account and region, across ListTables pages.
 *
 * @example
 * ```ts
 * const names = await listAllTables(client)
 * ```
 */
export async function listAllTables(sender: OperationSender, options: SendOptions = {}): Promise<string[]> {
  const names: string[] = []
  let start: string | undefined
  do {
    const page: ListTablesOutput = await sender.send(
      'ListTables',
      start ? { ExclusiveStartTableName: start } : {},
      options,
    )
    names.push(...(page.TableNames ?? []))
    start = page.LastEvaluatedTableName
  } while (start)
  return names
}
