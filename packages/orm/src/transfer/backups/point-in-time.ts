import type { TableStatus } from '@dbtooling/dynamo-client'
import type { TransferSource } from '../export-table'
import { TransferError } from '../transfer-error'
import { notAvailableLocally, orLocally } from './local-fallback'

/**
 * Options of `restoreToPointInTime`: the new table, and the moment restored (default the latest).
 *
 * @example
 * ```ts
 * await restoreToPointInTime(orm, { toTable: 'app-at-noon', at: new Date('2026-12-07T12:00:00Z') })
 * ```
 */
export interface PointInTimeRestoreOptions {
  /** The new table (DynamoDB never restores over a table). */
  readonly toTable: string
  /** The moment to restore; default the latest restorable time (about five minutes ago). */
  readonly at?: Date
}

/**
 * The table `restoreToPointInTime` created, the moment it was restored to, and its status.
 *
 * @example
 * ```ts
 * const result: PointInTimeRestoreResult = await restoreToPointInTime(orm, { toTable: 'app-copy' })
 * // { kind: 'point-in-time', table: 'app-copy', restoredTo: 'latest', status: 'CREATING' }
 * ```
 */
export interface PointInTimeRestoreResult {
  readonly kind: 'point-in-time'
  readonly table: string
  readonly restoredTo: Date | 'latest'
  readonly status: TableStatus | undefined
}

/**
 * RestoreTableToPointInTime of this ORM's table into `toTable`. Needs point-in-time recovery on the table
 * (`BackupError` `PointInTimeRecoveryUnavailableException` otherwise, with the call that turns it on).
 * DynamoDB Local has no PITR: `TransferError` `NOT_AVAILABLE_LOCALLY`, pointing at file snapshots.
 */
export async function restoreToPointInTime(
  source: TransferSource,
  options: PointInTimeRestoreOptions,
): Promise<PointInTimeRestoreResult> {
  const at = options.at
  if (at !== undefined && (!(at instanceof Date) || Number.isNaN(at.getTime()))) {
    throw new TransferError(
      'INVALID_TRANSFER_OPTIONS',
      `at must be a valid Date, got ${String(at)}`,
      "e.g. at: new Date('2026-12-07T12:00:00Z'), or leave it out for the latest restorable time",
    )
  }
  return orLocally(
    async () => {
      const { TableDescription } = await source.client.restoreTableToPointInTime({
        SourceTableName: source.tableName,
        TargetTableName: options.toTable,
        ...(at ? { RestoreDateTime: at.getTime() / 1000 } : { UseLatestRestorableTime: true }),
      })
      return {
        kind: 'point-in-time' as const,
        table: options.toTable,
        restoredTo: at ?? ('latest' as const),
        status: TableDescription?.TableStatus,
      }
    },
    () =>
      notAvailableLocally(
        'Point-in-time recovery',
        'locally, take file snapshots with backupTable() and restore one with restoreTable(orm, { from: file })',
      ),
  )
}
