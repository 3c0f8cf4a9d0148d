import type { TableDesign } from '@dbtooling/schema'
import { MigrationError } from '../errors'
import { designHash } from '../plan/design-hash'
import {
  type AppliedState,
  appendHistory,
  type HistoryEntry,
  readDesign,
  type StateTable,
  writeApplied,
  writeDesign,
} from '../state/state-store'

/**
 * After a verified copy: the new table records the design (addressed at its own name, so the models'
 * design hashes the same once the config names it) with the previous design for `rollback`, and a history
 * entry; the source table keeps its design and data and records where it moved, so `migrate` on it stops.
 */
export async function recordCopy(
  source: StateTable,
  copyName: string,
  run: { next: TableDesign; applied: AppliedState; history: HistoryEntry },
): Promise<void> {
  const copy = { ...source, tableName: copyName }
  const design = { ...run.next, tableName: copyName }
  const hash = designHash(design)
  await writeDesign(copy, hash, design)
  const previous = await readDesign(source, run.applied.hash)
  if (previous) await writeDesign(copy, run.applied.hash, previous)
  await writeApplied(copy, { hash, appliedAt: new Date().toISOString(), previousHash: run.applied.hash })
  await appendHistory(copy, { ...run.history, toHash: hash })
  const { movedTo: _movedTo, ...applied } = run.applied
  await writeApplied(source, { ...applied, movedTo: copyName })
}

/** `migrate` on a table whose data an LSI change copied elsewhere: the config still names the old table. */
export function refuseMoved(tableName: string, applied: AppliedState | null): void {
  if (!applied?.movedTo) return
  throw new MigrationError(
    'MIGRATION_TABLE_MOVED',
    `${tableName}: an LSI change copied its data to ${applied.movedTo}; this table is no longer migrated`,
    `Set the table name to ${applied.movedTo} in the config (tableName / design.tableName) and deploy; drop ${tableName} once nothing reads or writes it.`,
  )
}

/** An LSI change runs only when asked: it creates a table the application must then be pointed at. */
export function copyRequiredError(tableName: string, what: string): MigrationError {
  return new MigrationError(
    'MIGRATION_COPY_REQUIRED',
    `${tableName}: ${what}`,
    'DynamoDB cannot add or remove an LSI on an existing table. Pass { copyTable: {} } (or { copyTable: { tableName } }) to migrate(), or run `dbtooling migrate --copy-table [name]`, to copy the data into a new table with the new design; stop writes to the table for the copy, then point the config at the new table.',
  )
}
