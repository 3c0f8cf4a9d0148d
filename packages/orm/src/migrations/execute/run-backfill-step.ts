import type { TableDesign } from '@dbtooling/schema'
import {
  type BackfillJob,
  deleteJob,
  ensureJob,
  markJobDone,
  readSegments,
  setActiveJob,
} from '../backfill/backfill-job'
import { type BackfillWorkerOptions, runBackfillWorker } from '../backfill/backfill-worker'
import type { GuardJobEntry } from '../backfill/guard-spec'
import { jobWork } from '../backfill/job-work'
import type { BackfillProgress } from '../backfill/progress'
import { type VerifyResult, verifyBackfill } from '../backfill/verify'
import { MigrationError, MigrationVerifyError } from '../errors'
import type { MigrationStep } from '../plan/types'
import { holderName } from '../state/lease'
import type { StateTable } from '../state/state-store'

/**
 * Backfill tuning; every field has a default.
 *
 * @example
 * ```ts
 * const backfill: BackfillOptions = { segments: 16, writesPerSecond: 500, localWorker: false }
 * await migrate(orm, { backfill }) // external runMigrationWorker processes do the work
 * ```
 */
export interface BackfillOptions extends Omit<BackfillWorkerOptions, 'holder' | 'signal' | 'onProgress'> {
  /** Parallel-scan segments (TotalSegments). Default: from the item count, 4 to 256 (about 2,000 items each). */
  segments?: number
  /**
   * Run a worker in this process too (default true). With false, `migrate` only creates the job and waits
   * for external workers (`runMigrationWorker`) to finish it, then verifies.
   */
  localWorker?: boolean
}

export function segmentsFor(itemCount: number): number {
  return Math.max(4, Math.min(256, Math.ceil(itemCount / 2000)))
}

export async function waitForSegments(
  table: StateTable,
  jobId: string,
  signal: AbortSignal | undefined,
  pollMs: number,
) {
  for (;;) {
    const segments = await readSegments(table, jobId)
    if (segments.every((segment) => segment.status === 'done')) return
    if (signal?.aborted)
      throw new MigrationError(
        'MIGRATION_ABORTED',
        `backfill ${jobId} aborted`,
        'Run migrate again: it resumes from the checkpoints.',
      )
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/**
 * A backfill job's outcome: the verification counts and how long the two passes took.
 *
 * @example
 * ```ts
 * const { verification } = await migrate(orm)
 * for (const [step, result] of Object.entries(verification)) console.log(step, result.checked, result.wrong, `${result.backfillMs} ms`)
 * ```
 */
export interface BackfillStepResult extends VerifyResult {
  /** From job creation until every segment was done (the workers' scan and writes). */
  backfillMs: number
  verifyMs: number
}

function jobKindOf(kind: string | undefined): 'index' | 'rekey' | 'guards' {
  if (kind === 'rekey') return 'rekey'
  return kind === 'rewrite-guards' ? 'guards' : 'index'
}

/** The job for consecutive backfill/cleanup steps: their attributes and item types, reconciled in one scan. */
function jobFor(
  steps: readonly MigrationStep[],
  target: { hash: string; runId: string; itemCount: number },
  segments: number,
): BackfillJob {
  const indexes = new Set<string>()
  const attributes = new Set<string>()
  const entities = new Set<string>()
  const guards: GuardJobEntry[] = []
  for (const entry of steps) {
    const action = entry.action
    if (action.kind === 'rewrite-guards') {
      entities.add(action.entity)
      guards.push({ entity: action.entity, attributes: action.attributes, previous: action.previous })
      continue
    }
    if (action.kind === 'rekey') {
      entities.add(action.entity)
      continue
    }
    if (action.kind !== 'backfill' && action.kind !== 'cleanup')
      throw new TypeError(`${entry.id} is not a backfill`)
    indexes.add(action.index)
    for (const name of action.attributes) attributes.add(name)
    for (const name of action.entities) entities.add(name)
  }
  const stepId = steps.map((entry) => entry.id).join('+')
  return {
    jobId: `${target.runId}:${stepId}`,
    kind: jobKindOf(steps[0]?.action.kind),
    ...(guards.length > 0 ? { guards } : {}),
    stepId,
    indexes: [...indexes],
    attributes: [...attributes],
    entities: [...entities].sort(),
    targetHash: target.hash,
    totalSegments: segments,
    estimatedItems: target.itemCount,
    status: 'running',
    createdAt: new Date().toISOString(),
  }
}

/**
 * Backfill and cleanup steps, or re-key steps (consecutive ones of a kind share one job and one scan): creates (or resumes) the job
 * with per-segment checkpoints in the table, works it here and/or waits for other workers, then verifies
 * every item and fails if any is wrong.
 */
export async function runBackfillSteps(
  table: StateTable,
  target: { design: TableDesign; hash: string; runId: string; itemCount: number },
  steps: readonly MigrationStep[],
  options: {
    backfill?: BackfillOptions | undefined
    signal?: AbortSignal | undefined
    onProgress?: ((progress: BackfillProgress) => void) | undefined
  },
): Promise<BackfillStepResult> {
  const started = Date.now()
  const tuning = options.backfill ?? {}
  const job = await ensureJob(table, jobFor(steps, target, tuning.segments ?? segmentsFor(target.itemCount)))
  await setActiveJob(table, job.jobId)
  const work = jobWork(table.doc, target.design, table.tableName, job)
  if (tuning.localWorker !== false) {
    await runBackfillWorker(table, work, job, {
      ...tuning,
      holder: holderName('migrate'),
      signal: options.signal,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })
  }
  await waitForSegments(table, job.jobId, options.signal, Math.max(100, (tuning.leaseMs ?? 10_000) / 4))
  const backfillMs = Date.now() - started
  const verified = await verifyBackfill(table, work)
  const verifyMs = Date.now() - started - backfillMs
  if (verified.wrong > 0) {
    // The next run starts the job over (fresh segments) instead of finding it finished.
    await deleteJob(table, job.jobId)
    throw new MigrationVerifyError(job.stepId, verified.wrong, verified.samples)
  }
  await markJobDone(table, job.jobId)
  await setActiveJob(table, null)
  return { ...verified, backfillMs, verifyMs }
}
