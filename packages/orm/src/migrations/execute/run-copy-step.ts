import { isResourceInUse } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { createTableInput, ttlInput } from '../../table/create-table-input'
import { deleteJob, ensureJob, markJobDone, setActiveJob } from '../backfill/backfill-job'
import { runBackfillWorker } from '../backfill/backfill-worker'
import { jobWork } from '../backfill/job-work'
import type { BackfillProgress } from '../backfill/progress'
import { verifyBackfill } from '../backfill/verify'
import { MigrationVerifyError } from '../errors'
import { holderName } from '../state/lease'
import { MIGRATIONS_PARTITION, type StateTable } from '../state/state-store'
import { type BackfillOptions, segmentsFor, waitForSegments } from './run-backfill-step'
import type { MigrationTarget } from './target'

/**
 * Where an LSI change copies the data; `migrate` runs the copy only when this is given.
 *
 * @example
 * ```ts
 * const result = await migrate(orm, { copyTable: { tableName: 'app-v2' } }) // consent to copy for an LSI change
 * ```
 */
export interface CopyTableOptions {
  /** Name of the new table (default `<table>-<first 8 characters of the new design hash>`). */
  tableName?: string
}

/**
 * What the copy did: the new table, how many items each table holds, and how long the passes took.
 *
 * @example
 * ```ts
 * const { copiedTo } = await migrate(orm, { copyTable: {} })
 * const copy: TableCopyResult | undefined = copiedTo
 * if (copy) console.log(`${copy.copiedItems}/${copy.sourceItems} items in ${copy.tableName}`)
 * ```
 */
export interface TableCopyResult {
  tableName: string
  sourceItems: number
  copiedItems: number
  backfillMs: number
  verifyMs: number
}

export function copyTableName(source: string, toHash: string, options: CopyTableOptions): string {
  return options.tableName ?? `${source}-${toHash.slice(0, 8)}`
}

/** Creates the new table from the design unless it exists (a resumed copy), with TTL, and waits until ACTIVE. */
async function createCopyTable(target: MigrationTarget, design: TableDesign, name: string): Promise<void> {
  try {
    await target.client.createTable(createTableInput(design, name))
  } catch (error) {
    if (!isResourceInUse(error)) throw error
  }
  await target.client.waitForTableActive(name)
  const ttl = ttlInput(design, name)
  if (!ttl) return
  const current = await target.client.describeTimeToLive({ TableName: name })
  if (current.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') await target.client.updateTimeToLive(ttl)
}

/** Items of the table outside the migrations partition (a parallel count scan: no item leaves DynamoDB). */
async function countItems(table: StateTable, segments = 4): Promise<number> {
  const counts = await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let count = 0
      for await (const page of table.doc.paginateScan({
        TableName: table.tableName,
        Segment: segment,
        TotalSegments: segments,
        Select: 'COUNT',
        ConsistentRead: true,
        FilterExpression: '#pk <> :migrations',
        ExpressionAttributeNames: { '#pk': table.partitionKey },
        ExpressionAttributeValues: { ':migrations': MIGRATIONS_PARTITION },
      }))
        count += page.Count ?? 0
      return count
    }),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

/**
 * The copy-to-new-table path of an LSI change: create the new table from the target design, copy every item
 * with a scan job (the same segments, leases, checkpoints and fleet workers as a backfill, state kept in the
 * source table), then verify: the new table holds as many items as the source, each with the index keys the
 * design computes. The source table is not changed.
 */
export async function runCopyStep(
  source: StateTable,
  target: MigrationTarget,
  run: { design: TableDesign; hash: string; runId: string; itemCount: number },
  options: {
    copyTable: CopyTableOptions
    backfill?: BackfillOptions | undefined
    signal?: AbortSignal | undefined
    onProgress?: ((progress: BackfillProgress) => void) | undefined
  },
): Promise<TableCopyResult> {
  const started = Date.now()
  const name = copyTableName(source.tableName, run.hash, options.copyTable)
  await createCopyTable(target, run.design, name)
  const tuning = options.backfill ?? {}
  const job = await ensureJob(source, {
    jobId: `${run.runId}:lsi-change`,
    kind: 'copy',
    copyTo: name,
    stepId: 'lsi-change',
    indexes: [],
    attributes: [],
    entities: [],
    targetHash: run.hash,
    totalSegments: tuning.segments ?? segmentsFor(run.itemCount),
    estimatedItems: run.itemCount,
    status: 'running',
    createdAt: new Date().toISOString(),
  })
  await setActiveJob(source, job.jobId)
  const work = jobWork(source.doc, run.design, source.tableName, job)
  if (tuning.localWorker !== false)
    await runBackfillWorker(source, work, job, {
      ...tuning,
      holder: holderName('migrate'),
      signal: options.signal,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    })
  await waitForSegments(source, job.jobId, options.signal, Math.max(100, (tuning.leaseMs ?? 10_000) / 4))
  const backfillMs = Date.now() - started
  const copy = { ...source, tableName: name }
  const [sourceItems, verified] = await Promise.all([countItems(source), verifyBackfill(copy, work)])
  const missing = Math.abs(sourceItems - verified.checked)
  if (verified.wrong > 0 || missing > 0) {
    await deleteJob(source, job.jobId)
    const counts = `${source.tableName} holds ${sourceItems} items, ${name} ${verified.checked}`
    throw new MigrationVerifyError('lsi-change', verified.wrong + missing, [counts, ...verified.samples])
  }
  await markJobDone(source, job.jobId)
  await setActiveJob(source, null)
  return {
    tableName: name,
    sourceItems,
    copiedItems: verified.checked,
    backfillMs,
    verifyMs: Date.now() - started - backfillMs,
  }
}
