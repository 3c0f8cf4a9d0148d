import type { SendOptions } from '../client/send-context'
import type { InputOf, OperationName, OutputOf } from '../types/operation-map'

/**
 * The one capability helpers (paginators, batchers, waiters) need from a client.
 *
 * @example
 * ```ts
 * // DynamoClient is one; a helper written against the interface also accepts a test double.
 * async function countItems(sender: OperationSender, table: string): Promise<number | undefined> {
 *   const { Table } = await sender.send('DescribeTable', { TableName: table })
 *   return Table?.ItemCount
 * }
 * await countItems(client, 'app')
 * ```
 */
export interface OperationSender {
  send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>>
}
