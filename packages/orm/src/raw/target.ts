import type { DocumentClient, DynamoClient } from '@dbtooling/dynamo-client'

/**
 * What the raw escapes, batches and transactions need from the ORM context: the two clients and the
 * table's name and key attributes. Structural, so these modules depend on a few fields, not on the
 * whole context.
 *
 * @example
 * ```ts
 * const target: TableTarget = orm.ctx
 * await rawPut(target, { Item: { pk: 'CFG#1', sk: 'CFG#1' } })
 * ```
 */
export interface TableTarget {
  readonly client: DynamoClient
  readonly doc: DocumentClient
  /** Physical table name every request addresses. */
  readonly tableName: string
  readonly design: { readonly partitionKey: string; readonly sortKey: string }
}

/**
 * A document-level request whose `TableName` the ORM fills in (an explicit one still wins).
 *
 * @example
 * ```ts
 * const input: WithoutTable<GetCommandInput> = { Key: { pk: 'CFG#1', sk: 'CFG#1' } }
 * await rawGet(orm, input)
 * ```
 */
export type WithoutTable<T> = Omit<T, 'TableName'> & { readonly TableName?: string }

export function withTable<T extends { readonly TableName?: string }>(
  target: TableTarget,
  input: T,
): T & { TableName: string } {
  return { ...input, TableName: input.TableName ?? target.tableName }
}

/**
 * Where raw calls go: the ORM itself (`createOrm()`'s result), its context, or any table target.
 *
 * @example
 * ```ts
 * const target: RawTarget = orm // or orm.ctx
 * const { Item } = await rawGet(target, { Key: { pk: 'CFG#1', sk: 'CFG#1' } })
 * ```
 */
export type RawTarget = TableTarget | { readonly ctx: TableTarget }

export function tableTargetOf(target: RawTarget): TableTarget {
  return 'ctx' in target ? target.ctx : target
}
