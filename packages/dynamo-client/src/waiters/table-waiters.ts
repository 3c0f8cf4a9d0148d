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

/** Resolves with the description once the table and all its global indexes are ACTIVE. */
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

/** Resolves once DescribeTable says the table does not exist. */
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

/** Resolves with the index description once the GSI is ACTIVE and done backfilling. */
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
