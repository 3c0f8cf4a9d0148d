import { join } from 'node:path'
import type { BackupStatus } from '@dbtooling/dynamo-client'
import type { TransferSource } from '../export-table'
import { exportTable } from '../export-table'
import { orLocally } from './local-fallback'

/**
 * Options of `backupTable`: the backup's name, and where DynamoDB Local snapshots are written.
 *
 * @example
 * ```ts
 * await backupTable(orm, { name: 'before-migration', snapshotDir: '.dbtooling/backups' })
 * ```
 */
export interface BackupOptions {
  /** Backup name (default `<table>-<ISO time>`); locally the snapshot file's base name. */
  readonly name?: string
  /** Where DynamoDB Local snapshots go (default `.dbtooling/backups`, relative to the working directory). */
  readonly snapshotDir?: string
}

/**
 * An on-demand backup (AWS: its ARN and status) or a file snapshot (DynamoDB Local: its file, item count and a
 * note saying why), told apart by `kind`.
 *
 * @example
 * ```ts
 * const backup: BackupResult = await backupTable(orm)
 * const from = backup.kind === 'file-snapshot' ? backup.file : backup.backupArn
 * ```
 */
export type BackupResult =
  | {
      readonly kind: 'on-demand-backup'
      readonly table: string
      readonly name: string
      readonly backupArn: string | undefined
      readonly status: BackupStatus | undefined
    }
  | {
      readonly kind: 'file-snapshot'
      readonly table: string
      readonly name: string
      readonly file: string
      readonly items: number
      /** Why a file and not a backup: said, never silent. */
      readonly note: string
    }

/**
 * An on-demand backup on AWS. DynamoDB Local has no backups: there the table is exported to a gzipped
 * NDJSON snapshot instead (every type exact), and the result says so.
 */
export async function backupTable(
  source: TransferSource,
  options: BackupOptions = {},
): Promise<BackupResult> {
  const table = source.tableName
  const name = options.name ?? `${table}-${new Date().toISOString().replace(/[:.]/g, '-')}`
  return orLocally(
    async () => {
      const { BackupDetails } = await source.client.createBackup({ TableName: table, BackupName: name })
      return {
        kind: 'on-demand-backup' as const,
        table,
        name,
        backupArn: BackupDetails?.BackupArn,
        status: BackupDetails?.BackupStatus,
      }
    },
    async () => {
      const file = join(options.snapshotDir ?? join('.dbtooling', 'backups'), `${name}.ndjson.gz`)
      const { items } = await exportTable(source, { file })
      return {
        kind: 'file-snapshot' as const,
        table,
        name,
        file,
        items,
        note: `DynamoDB Local has no backups: wrote a file snapshot of ${table} (${items} items) to ${file}`,
      }
    },
  )
}
