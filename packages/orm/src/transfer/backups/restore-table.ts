import { ResourceNotFoundError, type TableStatus } from '@dbtooling/dynamo-client'
import type { OrmHandle } from '../../orm/default-orm'
import { createTableInput } from '../../table/create-table-input'
import type { TransferSource } from '../export-table'
import type { ImportResult } from '../import-table'
import { importTable } from '../import-table'
import { TransferError } from '../transfer-error'
import { notAvailableLocally, orLocally } from './local-fallback'

/**
 * Options of `restoreTable`: a backup ARN or snapshot file, and the new table an ARN is restored into.
 *
 * @example
 * ```ts
 * await restoreTable(orm, { from: backup.backupArn!, toTable: 'app-restored' })
 * ```
 */
export interface RestoreOptions {
  /** A backup ARN (`arn:aws:dynamodb:...:table/T/backup/...`) or a snapshot file `backupTable` wrote. */
  readonly from: string
  /** The new table a backup ARN is restored into (DynamoDB never restores over a table). */
  readonly toTable?: string
}

/**
 * What `restoreTable` did, by `kind`: a backup restored into a new table (with its status), or a snapshot file
 * imported into the ORM's table (with the import's counts).
 *
 * @example
 * ```ts
 * const restored: RestoreResult = await restoreTable(orm, { from: '.dbtooling/backups/app-2026.ndjson.gz' })
 * if (restored.kind === 'file-snapshot') console.log(restored.import.written)
 * ```
 */
export type RestoreResult =
  | { readonly kind: 'on-demand-backup'; readonly table: string; readonly status: TableStatus | undefined }
  | { readonly kind: 'file-snapshot'; readonly table: string; readonly import: ImportResult }

/**
 * A backup ARN into a new table (AWS), or a snapshot file into this ORM's table, created first when it is
 * missing (anywhere, DynamoDB Local included: that is how local backups come back).
 */
export async function restoreTable(
  target: TransferSource & OrmHandle,
  options: RestoreOptions,
): Promise<RestoreResult> {
  if (!options.from.startsWith('arn:')) {
    await ensureTable(target)
    return {
      kind: 'file-snapshot',
      table: target.tableName,
      import: await importTable(target, { file: options.from }),
    }
  }
  const toTable = options.toTable
  if (!toTable) {
    throw new TransferError(
      'INVALID_TRANSFER_OPTIONS',
      'restoring a backup ARN needs toTable',
      `DynamoDB restores into a new table: pass toTable, e.g. '${target.tableName}-restored'`,
    )
  }
  return orLocally(
    async () => {
      const { TableDescription } = await target.client.restoreTableFromBackup({
        BackupArn: options.from,
        TargetTableName: toTable,
      })
      return { kind: 'on-demand-backup' as const, table: toTable, status: TableDescription?.TableStatus }
    },
    () =>
      notAvailableLocally(
        'Restoring a backup ARN',
        'restore the file snapshot backupTable() wrote locally: restoreTable(orm, { from: file })',
      ),
  )
}

async function ensureTable(target: TransferSource): Promise<void> {
  try {
    await target.client.describeTable({ TableName: target.tableName })
    return
  } catch (error) {
    if (!(error instanceof ResourceNotFoundError)) throw error
  }
  await target.client.createTable(createTableInput(target.design, target.tableName))
  await target.client.waitForTableActive(target.tableName)
}
