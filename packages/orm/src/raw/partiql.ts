import type { DocumentMap } from '@dbtooling/dynamo-client'
import { type RawTarget, tableTargetOf } from './target'

/**
 * Options of `partiql`: consistent reads, a cap on items read, the page size and an abort signal.
 *
 * @example
 * ```ts
 * const options: PartiqlOptions = { maxItems: 100, pageSize: 25 }
 * const { items } = await orm.partiql(`SELECT * FROM "${orm.tableName}" WHERE pk = ?`, ['CFG#1'], options)
 * ```
 */
export interface PartiqlOptions {
  readonly consistentRead?: boolean
  /** Stop following NextToken once this many items were read (a SELECT may otherwise read the table). */
  readonly maxItems?: number
  /** Items per ExecuteStatement page. */
  readonly pageSize?: number
  readonly signal?: AbortSignal
}

/**
 * What `partiql` resolves to: the items, the pages read, and a token to continue when `maxItems` stopped it.
 *
 * @example
 * ```ts
 * const result: PartiqlResult<{ pk: string }> = await partiql(orm, `SELECT pk FROM "${orm.tableName}"`, [], { maxItems: 50 })
 * if (result.nextToken) await partiql(orm, `SELECT pk FROM "${orm.tableName}"`, [], { nextToken: result.nextToken })
 * ```
 */
export interface PartiqlResult<T> {
  readonly items: T[]
  /** ExecuteStatement requests sent. */
  readonly pages: number
  /** Set when `maxItems` stopped the reading before the last page; pass it to continue. */
  readonly nextToken: string | undefined
}

/**
 * Runs one PartiQL statement with positional `?` parameters given as plain JS values, following
 * NextToken across pages. Writes (INSERT/UPDATE/DELETE) return no items. The statement names the table
 * itself (`orm.tableName` holds it); PartiQL is not key-aware, so a SELECT without the partition key in
 * its WHERE clause is a Scan.
 *
 * @example
 * ```ts
 * const { items } = await partiql(orm, `SELECT * FROM "${orm.tableName}" WHERE pk = ?`, ['CFG#1'])
 * ```
 */
export async function partiql<T = DocumentMap>(
  on: RawTarget,
  statement: string,
  params: readonly unknown[] = [],
  options: PartiqlOptions & { readonly nextToken?: string } = {},
): Promise<PartiqlResult<T>> {
  const target = tableTargetOf(on)
  const items: T[] = []
  let pages = 0
  let token = options.nextToken
  do {
    const output = await target.doc.executeStatement<T>({
      Statement: statement,
      ...(params.length > 0 ? { Parameters: [...params] } : {}),
      ...(options.consistentRead ? { ConsistentRead: true } : {}),
      ...(options.pageSize !== undefined ? { Limit: options.pageSize } : {}),
      ...(token !== undefined ? { NextToken: token } : {}),
    })
    pages += 1
    if (output.Items) items.push(...output.Items)
    token = output.NextToken
    options.signal?.throwIfAborted()
  } while (token !== undefined && (options.maxItems === undefined || items.length < options.maxItems))
  return { items, pages, nextToken: token }
}
