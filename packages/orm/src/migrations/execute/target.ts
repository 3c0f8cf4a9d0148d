import type { DocumentClient, DynamoClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { type StateTable, stateTableOf } from '../state/state-store'

/**
 * What migrations need of an ORM (an `Orm` is one): the design of today's models and the clients.
 *
 * @example
 * ```ts
 * const target: MigrationTarget = orm // or { design, tableName, client, doc } of any table
 * const live = await readLiveTable(target)
 * ```
 */
export interface MigrationTarget {
  readonly design: TableDesign
  readonly tableName: string
  readonly client: DynamoClient
  readonly doc: DocumentClient
}

export function stateOf(target: MigrationTarget): StateTable {
  return stateTableOf(target)
}

/** The design addressed at the target's physical table name. */
export function nextDesignOf(target: MigrationTarget): TableDesign {
  return target.design.tableName === target.tableName
    ? target.design
    : { ...target.design, tableName: target.tableName }
}
