import { readActiveJob, readJob, readSegments } from '../backfill/backfill-job'
import { planMigration } from '../plan/plan-migration'
import type { MigrationPlan } from '../plan/types'
import { readLock } from '../state/lock'
import {
  type AppliedState,
  type HistoryEntry,
  readApplied,
  readDesign,
  readHistory,
} from '../state/state-store'
import { readLiveTable } from './read-live'
import { type MigrationTarget, nextDesignOf, stateOf } from './target'

/**
 * What `migrationStatus` reports: whether the table exists, the applied design, the pending plan and the lock.
 *
 * @example
 * ```ts
 * const status: MigrationStatus = await migrationStatus(orm)
 * if (status.pending.steps.length > 0) console.log('pending:', status.pending.steps.map((step) => step.what))
 * ```
 */
export interface MigrationStatus {
  table: string
  exists: boolean
  applied: AppliedState | null
  /** What `migrate` would do now (empty steps: up to date). */
  pending: MigrationPlan
  lock: { holder: string; leaseUntil: Date } | null
  /** A backfill in progress, with its segments' checkpointed counts. */
  backfill: {
    jobId: string
    segmentsDone: number
    totalSegments: number
    scanned: number
    written: number
  } | null
  history: HistoryEntry[]
}

/** A table an LSI change copied elsewhere is not migrated any more: nothing is pending on it. */
function movedPlan(plan: MigrationPlan, movedTo: string): MigrationPlan {
  return {
    ...plan,
    steps: [],
    notes: [
      `The data was copied to ${movedTo} (LSI change): point the config at it; migrate refuses this table`,
    ],
  }
}

/** Reads the recorded state, the live table and the pending plan; sends no write. */
export async function migrationStatus(target: MigrationTarget): Promise<MigrationStatus> {
  const state = stateOf(target)
  const live = await readLiveTable(target)
  const next = nextDesignOf(target)
  if (!live) {
    return {
      table: target.tableName,
      exists: false,
      applied: null,
      pending: planMigration(null, next, null),
      lock: null,
      backfill: null,
      history: [],
    }
  }
  const applied = await readApplied(state)
  const design = applied ? await readDesign(state, applied.hash) : null
  const jobId = await readActiveJob(state)
  const job = jobId ? await readJob(state, jobId) : null
  const segments = job ? await readSegments(state, job.jobId) : []
  return {
    table: target.tableName,
    exists: true,
    applied,
    pending: applied?.movedTo
      ? movedPlan(planMigration(design, next, live), applied.movedTo)
      : planMigration(design, next, live),
    lock: await readLock(state),
    backfill: job
      ? {
          jobId: job.jobId,
          segmentsDone: segments.filter((segment) => segment.status === 'done').length,
          totalSegments: job.totalSegments,
          scanned: segments.reduce((sum, segment) => sum + segment.scanned, 0),
          written: segments.reduce((sum, segment) => sum + segment.written, 0),
        }
      : null,
    history: await readHistory(state),
  }
}
