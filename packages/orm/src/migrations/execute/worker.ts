import { readActiveJob, readJob } from '../backfill/backfill-job'
import { type BackfillWorkerOptions, runBackfillWorker } from '../backfill/backfill-worker'
import { jobWork } from '../backfill/job-work'
import { MigrationError } from '../errors'
import { holderName } from '../state/lease'
import { readDesign } from '../state/state-store'
import { type MigrationTarget, stateOf } from './target'

/**
 * Options of `runMigrationWorker`: the name in the leases, how long to wait for a backfill to start, and the backfill worker options.
 *
 * @example
 * ```ts
 * const options: MigrationWorkerOptions = { holder: `worker@${hostname()}`, waitForJobMs: 60_000 }
 * await runMigrationWorker(orm, options)
 * ```
 */
export interface MigrationWorkerOptions extends Omit<BackfillWorkerOptions, 'holder'> {
  /** Name in the leases (default `worker@host:pid:random`). */
  holder?: string
  /**
   * How long to wait for a backfill to be started by `migrate` before returning, counted from the start and
   * again from the end of each job worked, so a migration with several jobs keeps its workers (default 0).
   */
  waitForJobMs?: number
}

/**
 * What a migration worker did: the jobs it worked on and the segments it ran.
 *
 * @example
 * ```ts
 * const result: MigrationWorkerResult = await runMigrationWorker(orm)
 * console.log(result.jobs, result.segmentsRun)
 * ```
 */
export interface MigrationWorkerResult {
  /** Backfill jobs this worker took part in. */
  jobs: string[]
  segmentsRun: number
}

/**
 * The fleet entry: works the table's active backfill jobs (started by `migrate`) until none is left. Run
 * it in any number of processes or machines; they share segments through leases in the table. It reads
 * the target design from the table, so a worker needs no models, only the table and the clients.
 */
export async function runMigrationWorker(
  target: MigrationTarget,
  options: MigrationWorkerOptions = {},
): Promise<MigrationWorkerResult> {
  const state = stateOf(target)
  const holder = options.holder ?? holderName('worker')
  const result: MigrationWorkerResult = { jobs: [], segmentsRun: 0 }
  const waitMs = options.waitForJobMs ?? 0
  let deadline = Date.now() + waitMs
  for (;;) {
    if (options.signal?.aborted) return result
    const jobId = await readActiveJob(state)
    const job = jobId ? await readJob(state, jobId) : null
    if (!job || job.status === 'done' || result.jobs.includes(job.jobId)) {
      if (Date.now() >= deadline) return result
      await new Promise((resolve) => setTimeout(resolve, 250))
      continue
    }
    const design = await readDesign(state, job.targetHash)
    if (!design)
      throw new MigrationError(
        'MIGRATION_DESIGN_MISMATCH',
        `backfill ${job.jobId}: design ${job.targetHash} is not recorded in ${target.tableName}`,
        'Start the backfill with migrate(), which records the design first.',
      )
    const work = jobWork(target.doc, design, target.tableName, job)
    const run = await runBackfillWorker(state, work, job, { ...options, holder })
    result.jobs.push(job.jobId)
    result.segmentsRun += run.segmentsRun
    deadline = Date.now() + waitMs
  }
}
