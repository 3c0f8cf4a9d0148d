import { hostname, userInfo } from 'node:os'
import { type AutoScalingClient, autoScalingClientFor, isResourceInUse } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { innermostClient } from '../../client/wrapped-client'
import { endpointOf, isLocalEndpoint } from '../../seeders/local-endpoint'
import type { BackfillProgress } from '../backfill/progress'
import { MigrationDestructiveError, MigrationUnsupportedError } from '../errors'
import { designHash } from '../plan/design-hash'
import type { LiveTable } from '../plan/live-table'
import { planMigration } from '../plan/plan-migration'
import type { MigrationPlan, MigrationStep } from '../plan/types'
import { holderName } from '../state/lease'
import { acquireLock } from '../state/lock'
import {
  appendHistory,
  type HistoryEntry,
  readApplied,
  readDesign,
  resumeOrStartRun,
  writeApplied,
  writeDesign,
} from '../state/state-store'
import { applyTableStep, type TableStepServices } from './apply-table-step'
import { readLiveTable } from './read-live'
import { copyRequiredError, recordCopy, refuseMoved } from './record-copy'
import { type BackfillOptions, type BackfillStepResult, runBackfillSteps } from './run-backfill-step'
import { type CopyTableOptions, runCopyStep, type TableCopyResult } from './run-copy-step'
import { type MigrationTarget, nextDesignOf, stateOf } from './target'

/**
 * Progress of a migration: a step starting or done, or a backfill's progress.
 *
 * @example
 * ```ts
 * await migrate(orm, {
 *   onProgress: (progress: MigrationProgress) => {
 *     if (progress.type === 'step') console.log(progress.status, progress.step.what, `${progress.position}/${progress.total}`)
 *   },
 * })
 * ```
 */
export type MigrationProgress =
  | { type: 'step'; status: 'start' | 'done'; step: MigrationStep; position: number; total: number }
  | ({ type: 'backfill' } & BackfillProgress)

/**
 * Options of `migrate`, `rollback` and `migrateFresh`: plan only (`dryRun`), allow destructive steps (`force`), and progress.
 *
 * @example
 * ```ts
 * const options: MigrateOptions = { dryRun: true }
 * const { plan } = await migrate(orm, options)
 * console.log(planToText(plan))
 * ```
 */
export interface MigrateOptions {
  /** Plan only: nothing is sent but reads. */
  dryRun?: boolean
  /** Carry out destructive steps (GSI deletion). */
  force?: boolean
  onProgress?: (progress: MigrationProgress) => void
  /** Stops between pages and steps; a later run resumes from the checkpoints. */
  signal?: AbortSignal
  /** Wait this long for another run's lock before failing with MigrationLockedError (default 0). */
  lockWaitMs?: number
  /** Lock lease, renewed every third while the run lives (default 30 s). */
  lockLeaseMs?: number
  /** Who runs it, for the history (default `user@host`). */
  actor?: string
  backfill?: BackfillOptions
  /**
   * The Application Auto Scaling client for `capacity.autoScaling` targets. Default: on AWS endpoints one
   * with the DynamoDB client's region and credentials (`autoScalingClientFor`); on DynamoDB Local none, and
   * the step is skipped (listed in `skipped`).
   */
  autoScaling?: AutoScalingClient
  /**
   * Consent to the copy-to-new-table path of an LSI change, and where to copy (default name
   * `<table>-<hash>`). Without it a plan with an LSI change fails with MIGRATION_COPY_REQUIRED.
   */
  copyTable?: CopyTableOptions
}

/**
 * What `migrate` resolves to: the plan, whether it was applied, and the verification of each backfill.
 *
 * @example
 * ```ts
 * const result: MigrateResult = await migrate(orm)
 * if (result.applied) console.log(`${result.plan.steps.length} steps applied`)
 * ```
 */
export interface MigrateResult {
  plan: MigrationPlan
  /** True when steps ran and the design was recorded. */
  applied: boolean
  verification: Record<string, BackfillStepResult>
  /** Steps the endpoint cannot carry out (point-in-time recovery, auto scaling on DynamoDB Local), and why. */
  skipped: Array<{ step: string; reason: string }>
  /** The new table an LSI change copied the data to; point the config at `copiedTo.tableName`. */
  copiedTo?: TableCopyResult
}

function actorOf(options: MigrateOptions): string {
  if (options.actor) return options.actor
  try {
    return `${userInfo().username}@${hostname()}`
  } catch {
    return hostname()
  }
}

async function currentPlan(target: MigrationTarget, next: TableDesign) {
  const state = stateOf(target)
  const live = await readLiveTable(target)
  const applied = live ? await readApplied(state) : null
  const design = applied ? await readDesign(state, applied.hash) : null
  return { live, applied, plan: planMigration(design, next, live) }
}

function refuse(plan: MigrationPlan, options: MigrateOptions): void {
  const force = options.force === true
  const copy = plan.steps.find((entry) => entry.action.kind === 'lsi-change')
  if (copy?.executable && !options.copyTable) throw copyRequiredError(plan.table, copy.what)
  const blocked = plan.steps.filter((entry) => !entry.executable)
  if (blocked.length > 0)
    throw new MigrationUnsupportedError(
      blocked[0]!.id,
      `${plan.table}: the plan has steps this version does not carry out in place: ${blocked.map((entry) => entry.what).join('; ')}`,
      blocked[0]!.why,
    )
  const destructive = plan.steps.filter((entry) => entry.destructive)
  if (destructive.length > 0 && !force)
    throw new MigrationDestructiveError(
      plan.table,
      destructive.map((entry) => `${entry.what} (${entry.why})`),
    )
}

function backfillProgress(options: MigrateOptions): ((progress: BackfillProgress) => void) | undefined {
  const listener = options.onProgress
  return listener && ((progress) => listener({ type: 'backfill', ...progress }))
}

/** Steps carried out by a scan job, by the job they share: index attributes, or base keys. */
function jobClass(entry: MigrationStep): 'index' | 'rekey' | 'guards' | null {
  const kind = entry.action.kind
  if (kind === 'backfill' || kind === 'cleanup') return 'index'
  if (kind === 'rewrite-guards') return 'guards'
  return kind === 'rekey' ? 'rekey' : null
}

/**
 * Runs the steps in order; consecutive backfill/cleanup steps run as one job (one scan, one verification),
 * and so do consecutive re-key steps.
 */
async function runSteps(
  target: MigrationTarget,
  next: TableDesign,
  plan: MigrationPlan & { runId: string },
  live: LiveTable | null,
  options: MigrateOptions,
  services: TableStepServices,
): Promise<Pick<MigrateResult, 'verification' | 'skipped'>> {
  const verification: Record<string, BackfillStepResult> = {}
  const skipped: MigrateResult['skipped'] = []
  const total = plan.steps.length
  const report = (status: 'start' | 'done', group: readonly MigrationStep[]) => {
    for (const entry of group)
      options.onProgress?.({ type: 'step', status, step: entry, position: plan.steps.indexOf(entry), total })
  }
  for (let position = 0; position < total; ) {
    const entry = plan.steps[position]!
    let end = position + 1
    const job = jobClass(entry)
    if (job) while (end < total && jobClass(plan.steps[end]!) === job) end++
    const group = plan.steps.slice(position, end)
    report('start', group)
    if (job) {
      const verified = await runBackfillSteps(
        stateOf(target),
        { design: next, hash: plan.toHash, runId: plan.runId, itemCount: live?.itemCount ?? 0 },
        group,
        {
          backfill: options.backfill,
          signal: options.signal,
          onProgress: backfillProgress(options),
        },
      )
      for (const done of group) verification[done.id] = verified
    } else {
      const reason = await applyTableStep(target, next, entry, services)
      if (reason) skipped.push({ step: entry.id, reason })
    }
    report('done', group)
    position = end
  }
  return { verification, skipped }
}

async function createFirst(target: MigrationTarget, next: TableDesign, entry: MigrationStep): Promise<void> {
  try {
    await applyTableStep(target, next, entry, { autoScaling: null })
  } catch (error) {
    // Another first run created it a moment ago: go on and queue for the lock.
    if (!isResourceInUse(error)) throw error
    await target.client.waitForTableActive(target.tableName)
  }
}

/** DynamoDB Local has no auto scaling: without a client given, the step is skipped there. */
function servicesOf(target: MigrationTarget, options: MigrateOptions): TableStepServices {
  if (options.autoScaling) return { autoScaling: options.autoScaling }
  if (isLocalEndpoint(endpointOf(target.client))) return { autoScaling: null }
  // Wrappers (encryption, tenancy, read coalescing) hold no configuration: the innermost client has it.
  return { autoScaling: autoScalingClientFor(innermostClient(target.client)) }
}

/**
 * Takes the table to `next`: plan, refuse what needs force or cannot run, lock, record the target design,
 * run the steps, record the result. `kind` labels the history entry.
 */
export async function migrateTo(
  target: MigrationTarget,
  next: TableDesign,
  kind: HistoryEntry['kind'],
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const first = await currentPlan(target, next)
  refuseMoved(target.tableName, first.applied)
  if (options.dryRun) return { plan: first.plan, applied: false, verification: {}, skipped: [] }
  refuse(first.plan, options)
  if (first.applied?.hash === first.plan.toHash && first.plan.steps.length === 0)
    return { plan: first.plan, applied: false, verification: {}, skipped: [] }
  const state = stateOf(target)
  const started = Date.now()
  // The lock lives in the table, so a first run creates the table before it can lock.
  if (first.live === null) await createFirst(target, next, first.plan.steps[0]!)
  const lock = await acquireLock(state, {
    holder: holderName(actorOf(options)),
    ...(options.lockWaitMs !== undefined ? { waitMs: options.lockWaitMs } : {}),
    ...(options.lockLeaseMs !== undefined ? { leaseMs: options.lockLeaseMs } : {}),
  })
  // Plan again under the lock: another run may have moved the table meanwhile.
  const { plan, applied, live } = await currentPlan(target, next)
  const entry = (result: HistoryEntry['result'], error: string | null): HistoryEntry => ({
    at: new Date().toISOString(),
    who: actorOf(options),
    kind,
    fromHash: plan.fromHash,
    toHash: plan.toHash,
    steps: (first.live === null ? first.plan.steps : plan.steps).map((step) => step.id),
    durationMs: Date.now() - started,
    result,
    error,
  })
  const services = servicesOf(target, options)
  try {
    refuse(plan, options)
    await writeDesign(state, plan.toHash, next)
    const runId = await resumeOrStartRun(state, plan.toHash)
    if (applied && options.copyTable && plan.steps[0]?.action.kind === 'lsi-change') {
      const copied = await runCopyStep(
        state,
        target,
        { design: next, hash: plan.toHash, runId, itemCount: live?.itemCount ?? 0 },
        { ...options, copyTable: options.copyTable, onProgress: backfillProgress(options) },
      )
      await recordCopy(state, copied.tableName, { next, applied, history: entry('applied', null) })
      await appendHistory(state, entry('applied', null))
      const verification = { 'lsi-change': { checked: copied.copiedItems, wrong: 0, samples: [], ...copied } }
      return { plan, applied: true, verification, skipped: [], copiedTo: copied }
    }
    const ran = await runSteps(target, next, { ...plan, runId }, live, options, services)
    await writeApplied(state, {
      hash: designHash(next),
      appliedAt: new Date().toISOString(),
      previousHash: applied && applied.hash !== plan.toHash ? applied.hash : (applied?.previousHash ?? null),
    })
    await appendHistory(state, entry('applied', null))
    return { plan: first.live === null ? first.plan : plan, applied: true, ...ran }
  } catch (error) {
    await appendHistory(state, entry('failed', error instanceof Error ? error.message : String(error))).catch(
      () => undefined,
    )
    throw error
  } finally {
    // A client made here is ours to close; one passed in belongs to the caller.
    if (!options.autoScaling) await services.autoScaling?.close()
    await lock.release()
  }
}

/** Brings the table (and its existing items) to the design of today's models. See docs/migrations.md. */
export function migrate(target: MigrationTarget, options: MigrateOptions = {}): Promise<MigrateResult> {
  return migrateTo(target, nextDesignOf(target), 'migrate', options)
}
