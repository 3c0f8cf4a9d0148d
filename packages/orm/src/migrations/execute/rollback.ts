import { isResourceNotFound } from '@dbtooling/dynamo-client'
import { MigrationDestructiveError, MigrationError } from '../errors'
import { readApplied, readDesign, readHistory, writeApplied } from '../state/state-store'
import { type MigrateOptions, type MigrateResult, migrateTo } from './migrate'
import { type MigrationTarget, nextDesignOf, stateOf } from './target'

/**
 * Returns the table to the design applied before the current one: the same planner and executor, from
 * the current design to the previous (new indexes deleted, their key attributes cleaned up, removed ones
 * recreated and backfilled). Asking for a rollback is the consent `force` stands for; pass `force: false`
 * to refuse destructive steps instead.
 */
export async function rollback(
  target: MigrationTarget,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const state = stateOf(target)
  const applied = await readApplied(state)
  const previous = applied?.previousHash ? await readDesign(state, applied.previousHash) : null
  if (!applied || !previous) {
    throw new MigrationError(
      'MIGRATION_NO_HISTORY',
      `${target.tableName}: no earlier design is recorded to roll back to`,
      'Only a migration applied on top of another one can be rolled back; use migrateFresh({ force: true }) to rebuild a development table.',
    )
  }
  const result = await migrateTo(target, { ...previous, tableName: target.tableName }, 'rollback', {
    ...options,
    force: options.force ?? true,
  })
  // The restored design's own predecessor comes from the history, so rollbacks can be chained.
  const history = await readHistory(state, 100)
  const before = history.find(
    (entry) =>
      entry.result === 'applied' && entry.kind === 'migrate' && entry.toHash === applied.previousHash,
  )
  const current = await readApplied(state)
  if (current) await writeApplied(state, { ...current, previousHash: before?.fromHash ?? null })
  return result
}

/** Deletes the table and migrates from nothing: development only, so it always needs `force`. */
export async function migrateFresh(
  target: MigrationTarget,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  if (options.force !== true)
    throw new MigrationDestructiveError(target.tableName, [
      `delete table ${target.tableName} and every item in it`,
    ])
  try {
    const { Table } = await target.client.describeTable({ TableName: target.tableName })
    if (Table?.DeletionProtectionEnabled)
      await target.client.updateTable({ TableName: target.tableName, DeletionProtectionEnabled: false })
    await target.client.deleteTable({ TableName: target.tableName })
    await target.client.waitForTableDeleted(target.tableName)
  } catch (error) {
    if (!isResourceNotFound(error)) throw error
  }
  return migrateTo(target, nextDesignOf(target), 'fresh', { ...options, force: false })
}
