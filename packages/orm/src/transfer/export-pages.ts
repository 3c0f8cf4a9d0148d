import { type AttributeMap, marshall } from '@dbtooling/dynamo-client'
import { TransferError } from './transfer-error'

/**
 * What an export needs of an ORM query: its matches as stored, a page at a time (any query builder fits).
 *
 * @example
 * ```ts
 * const query: ExportableQuery = orm.model('Post').where('status', 'published').pageSize(200)
 * await exportTable(orm, { file: 'out/published.csv', query })
 * ```
 */
export interface ExportableQuery {
  storedPages(): AsyncIterable<readonly Record<string, unknown>[]>
}

/** Scan-only options: a query export selects with the query itself. */
const SCAN_ONLY = [
  'segments',
  'pageSize',
  'entityTypes',
  'keyPrefix',
  'changedAfter',
  'watermarkFile',
] as const

export function checkQueryOptions(options: Partial<Record<(typeof SCAN_ONLY)[number], unknown>>): void {
  const conflicting = SCAN_ONLY.filter((name) => options[name] !== undefined)
  if (conflicting.length === 0) return
  throw new TransferError(
    'INVALID_TRANSFER_OPTIONS',
    `an export of a query takes no ${conflicting.join(', ')}: those select the items of a table Scan`,
    'put the condition into the query (where(), whereIn(), a scope), or drop query to export a Scan',
  )
}

/**
 * The query's own requests (Query, fan-out, point reads: whatever it compiles to), its pages back in wire
 * form. The ORM reads through its document layer, which keeps every number exact (bigint or NumberValue
 * beyond doubles), binary and sets, so the round trip to wire form loses nothing.
 */
export async function* queryPages(
  query: ExportableQuery,
  signal: AbortSignal | undefined,
): AsyncGenerator<readonly AttributeMap[]> {
  for await (const page of query.storedPages()) {
    signal?.throwIfAborted()
    yield page.map((item) => marshall(item))
  }
}
