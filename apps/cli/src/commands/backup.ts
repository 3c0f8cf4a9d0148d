import { join, resolve } from 'node:path'
import { usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { openProject } from '../support/project'

const orNothing = <K extends string, V>(key: K, value: V | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, V>)

export interface BackupFlags {
  name?: string
  s3Bucket?: string
  s3Prefix?: string
}

/**
 * `backup`: an on-demand backup on AWS, or with --s3-bucket a native export to S3. DynamoDB Local has neither:
 * a backup there is a file snapshot (and says so); an S3 export is refused with what to do instead.
 */
export async function runBackup(flags: BackupFlags, global: GlobalFlags, out: Output): Promise<void> {
  const project = await openProject(global)
  const { backupTable, exportToS3 } = await import('@dbtooling/orm')
  const table = project.orm.tableName
  if (flags.s3Bucket) {
    const exported = await exportToS3(project.orm, {
      bucket: flags.s3Bucket,
      ...orNothing('prefix', flags.s3Prefix),
      ...orNothing('clientToken', flags.name),
    })
    out.data(
      { kind: 's3-export', table, ...exported },
      () =>
        `Started the export of ${table} to s3://${flags.s3Bucket}/${flags.s3Prefix ?? ''} (${exported.ExportArn}): ${exported.ExportStatus}`,
    )
    return
  }
  const result = await backupTable(project.orm, {
    snapshotDir: join(project.cwd, '.dbtooling', 'backups'),
    ...orNothing('name', flags.name),
  })
  if (result.kind === 'file-snapshot') {
    out.data(result, () => `${result.note}.\nRestore it with: dbtooling restore ${result.file}`)
    return
  }
  out.data(
    { ...result, BackupArn: result.backupArn, BackupName: result.name, BackupStatus: result.status },
    () => `Started on-demand backup ${result.name} (${result.backupArn}): ${result.status}`,
  )
}

export interface RestoreFlags {
  toTable?: string
  pitr?: boolean
  at?: string
  s3Bucket?: string
  s3Prefix?: string
}

/**
 * `restore [backup]`: a file snapshot into the table, a backup ARN into a new table, the table as it was at a
 * moment (--pitr) or an S3 export (--s3-bucket) into a new table. The last three need AWS and --to-table.
 */
export async function runRestore(
  backup: string | undefined,
  flags: RestoreFlags,
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const sources = [backup, flags.pitr, flags.s3Bucket].filter(Boolean).length
  if (sources !== 1)
    throw usageError(
      'restore needs exactly one source',
      'pass a snapshot file or backup ARN, or --pitr [--at <time>], or --s3-bucket <bucket>',
    )
  const project = await openProject(global)
  const orm = await import('@dbtooling/orm')
  if (backup && !backup.startsWith('arn:')) {
    const result = await orm.restoreTable(project.orm, { from: resolve(project.cwd, backup) })
    if (result.kind !== 'file-snapshot') throw new Error('a file restores as a snapshot')
    out.data(
      { kind: result.kind, table: result.table, ...result.import },
      () => `Restored ${result.import.written} items from ${backup} into ${result.table}.`,
    )
    if (result.import.rejected > 0) process.exitCode = 1
    return
  }
  const toTable = flags.toTable
  if (!toTable)
    throw usageError(
      'this restore needs --to-table',
      'DynamoDB restores into a new table: --to-table my-table-restored',
    )
  if (flags.pitr) {
    const at = flags.at ? new Date(flags.at) : undefined
    if (at && Number.isNaN(at.getTime()))
      throw usageError(`--at "${flags.at}" is not a time`, 'e.g. --at 2026-12-07T12:00:00Z')
    const result = await orm.restoreToPointInTime(project.orm, { toTable, ...orNothing('at', at) })
    return restoring(
      out,
      result,
      `${project.orm.tableName} as of ${flags.at ?? 'the latest restorable time'}`,
    )
  }
  if (flags.s3Bucket) {
    const imported = await orm.importFromS3(project.orm, {
      bucket: flags.s3Bucket,
      tableName: toTable,
      ...orNothing('prefix', flags.s3Prefix),
    })
    const result = { kind: 's3-import', ...imported, table: toTable, status: imported.ImportStatus }
    return restoring(out, result, `s3://${flags.s3Bucket}/${flags.s3Prefix ?? ''}`)
  }
  const result = await orm.restoreTable(project.orm, { from: backup ?? '', toTable })
  return restoring(out, result, backup ?? '')
}

function restoring(out: Output, result: { table: string; status?: string | undefined }, what: string): void {
  out.data(
    result,
    () =>
      `Restoring ${what} into ${result.table}: ${result.status}. Wait with: dbtooling table:wait ${result.table}`,
  )
}
