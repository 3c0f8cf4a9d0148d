import { lazyCall } from '../lazy-call'

// The executors (locks, backfill, verification) load on the first call: see lazy-call.ts.
/**
 * Takes the table to the design of today's models: plans, refuses destructive steps without `force`, locks, runs each step with checkpoints (backfills included) and records the design in the table.
 *
 * @example
 * ```ts
 * const result = await migrate(orm, { onProgress: (p) => console.log(p) })
 * ```
 */
export const migrate = lazyCall(() => import('../lazy-subsystems').then((m) => m.migrate))
/**
 * The table as DynamoDB describes it now (keys, indexes, settings), or null when it does not exist.
 *
 * @example
 * ```ts
 * const live = await readLiveTable(orm)
 * console.log(live?.globalIndexes.length, live?.billingMode)
 * ```
 */
export const readLiveTable = lazyCall(() => import('../lazy-subsystems').then((m) => m.readLiveTable))
/**
 * Takes the table back to the design recorded before the last migration.
 *
 * @example
 * ```ts
 * const result = await rollback(orm, { dryRun: true })
 * console.log(planToText(result.plan))
 * ```
 */
export const rollback = lazyCall(() => import('../lazy-subsystems').then((m) => m.rollback))
/**
 * Drops the table and creates it from today's design (destructive: needs `force: true`).
 *
 * @example
 * ```ts
 * await migrateFresh(orm, { force: true })
 * ```
 */
export const migrateFresh = lazyCall(() => import('../lazy-subsystems').then((m) => m.migrateFresh))
/**
 * What `migrate` would do now, the applied design and who holds the migration lock.
 *
 * @example
 * ```ts
 * const status = await migrationStatus(orm)
 * console.log(status.exists, status.applied?.hash, status.pending.steps.length)
 * ```
 */
export const migrationStatus = lazyCall(() => import('../lazy-subsystems').then((m) => m.migrationStatus))
/**
 * Joins a running migration as one more worker: takes leased backfill segments until none are left (run it on any number of machines).
 *
 * @example
 * ```ts
 * const result = await runMigrationWorker(orm, { holder: 'worker-2', waitForJobMs: 60_000 })
 * ```
 */
export const runMigrationWorker = lazyCall(() =>
  import('../lazy-subsystems').then((m) => m.runMigrationWorker),
)
/**
 * The design last applied to a table by `migrate`, read from its `_migrations` items with two consistent
 * GetItems. Needs no models, so it can read any environment's table (`env:diff`). Null when the table was
 * never migrated.
 *
 * @example
 * ```ts
 * const applied = await readAppliedDesign({ doc: orm.doc, tableName: orm.tableName, partitionKey: 'pk', sortKey: 'sk' })
 * if (applied?.design) console.log(Object.keys(applied.design.entities))
 * ```
 */
export const readAppliedDesign = lazyCall(() => import('../lazy-subsystems').then((m) => m.readAppliedDesign))
