import type { DocumentClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { type AppliedState, readApplied, readDesign, type StateTable } from './state-store'

/**
 * Where a table's migration items are: its document client, name and the base key's attribute names.
 *
 * @example
 * ```ts
 * const source: AppliedDesignSource = { doc: orm.doc, tableName: orm.tableName, partitionKey: orm.design.partitionKey, sortKey: orm.design.sortKey }
 * const applied = await readAppliedDesign(source)
 * ```
 */
export interface AppliedDesignSource {
  readonly doc: DocumentClient
  readonly tableName: string
  readonly partitionKey: string
  readonly sortKey: string
}

/**
 * The design recorded in the table by the last migration, with its state (hash, when), or null design when it cannot be read.
 *
 * @example
 * ```ts
 * const applied: AppliedDesign | null = await readAppliedDesign({ doc: orm.doc, tableName: orm.tableName, partitionKey: 'pk', sortKey: 'sk' })
 * console.log(applied?.state.hash, applied?.state.appliedAt)
 * ```
 */
export interface AppliedDesign {
  readonly state: AppliedState
  /** The design `migrate` recorded; null when the state names a design whose item is gone. */
  readonly design: TableDesign | null
}

/**
 * The design last applied to a table by `migrate`, read from its `_migrations` items with two consistent
 * GetItems. Needs no models, so it can read any environment's table (`env:diff`). Null when the table was
 * never migrated.
 */
export async function readAppliedDesign(source: AppliedDesignSource): Promise<AppliedDesign | null> {
  const table: StateTable = source
  const state = await readApplied(table)
  if (!state) return null
  return { state, design: await readDesign(table, state.hash) }
}
