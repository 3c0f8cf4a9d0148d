import { isResourceNotFound } from '../errors/guards'
import type { OperationSender } from '../operations/sender'
import type { GlobalSecondaryIndexDescription, TableDescription } from '../types/table-description'
import { type WaiterOptions, waitUntil } from './wait-until'

async function describe(
  sender: OperationSender,
  table: string,
  options: WaiterOptions,
): Promise<TableDescription | undefined> {
  try {
    return (await sender.send('DescribeTable', { TableName: table }, options)).Table
  } catch (error) {
    if (isResourceNotFound(error)) return undefined
    throw error
  }
}

/**
 * Resolves with the description once the table and all its global indexes are ACTIVE.
 *
 * @example
 * ```ts
 * await client.createTable(createTableInput)
 * const table = await waitForTableActive(client, 'app', { timeoutMs: 60_000 })
 * console.log(table.TableStatus) // 'ACTIVE'
 * ```
 */
export function waitForTableActive(
  sender: OperationSender,
  table: string,
  options: WaiterOptions = {},
): Promise<TableDescription> {
  return waitUntil(
    `table ${table} to become ACTIVE`,
    async () => {
      const description = await describe(sender, table, options)
      if (!description) return { done: false, state: 'NOT_FOUND' }
      const busyIndex = description.GlobalSecondaryIndexes?.find((index) => index.IndexStatus !== 'ACTIVE')
      if (description.TableStatus === 'ACTIVE' && !busyIndex) return { done: true, value: description }
      return {
        done: false,
        state: busyIndex ? `index ${busyIndex.IndexName} ${busyIndex.IndexStatus}` : description.TableStatus,
      }
    },
    options,
  )
}

/**
 * Resolves once DescribeTable says the table does not exist.
 *
 * @example
 * ```ts
 * await client.deleteTable({ TableName: 'app-test' })
 * await waitForTableDeleted(client, 'app-test')
 * ```
 */
export function waitForTableDeleted(
  sender: OperationSender,
  table: string,
  options: WaiterOptions = {},
): Promise<void> {
  return waitUntil(
    `table ${table} to be deleted`,
    async () => {
      const description = await describe(sender, table, options)
      return description ? { done: false, state: description.TableStatus } : { done: true, value: undefined }
    },
    options,
  )
}

/**
 * Resolves with the index description once the GSI is ACTIVE and done backfilling.
 *
 * @example
 * ```ts
 * await client.updateTable({ TableName: 'app', AttributeDefinitions: definitions, GlobalSecondaryIndexUpdates: [{ Create: gsi1 }] })
 * const index = await waitForIndexActive(client, 'app', 'gsi1', { timeoutMs: 30 * 60_000 })
 * console.log(index.IndexStatus) // 'ACTIVE', backfill done
 * ```
 */
export function waitForIndexActive(
  sender: OperationSender,
  table: string,
  index: string,
  options: WaiterOptions = {},
): Promise<GlobalSecondaryIndexDescription> {
  return waitUntil(
    `index ${index} on ${table} to become ACTIVE`,
    async () => {
      const description = await describe(sender, table, options)
      const found = description?.GlobalSecondaryIndexes?.find((gsi) => gsi.IndexName === index)
      if (found && found.IndexStatus === 'ACTIVE' && !found.Backfilling) return { done: true, value: found }
      return {
        done: false,
        state: found ? `${found.IndexStatus}${found.Backfilling ? ' (backfilling)' : ''}` : 'NOT_FOUND',
      }
    },
    options,
  )
}
