import type { DocumentWriteRequest } from '@dbtooling/dynamo-client'
import { runBatchWrite } from '../batch/run-batch-write'
import { markStored } from '../batch/write-entries'
import type { ModelBase } from '../model/model-base'
import { auditedPlan } from '../security/audit/audit-context'
import { toItem } from '../storage/to-item'
import { sendTransaction } from '../transaction/send-transaction'
import { mapCancellation } from '../write/map-write-error'
import { mergePlans, type WritePlan } from '../write/plan'
import { type PreparedWrite, prepareInsert } from '../write-ops/prepare'
import type { SeedSession } from './session'

/** Transactions in flight at once for models with unique attributes. */
const TRANSACTION_CONCURRENCY = 4

/**
 * Writes made (validated) instances. Without unique attributes: BatchWriteItem, 25 per request, unprocessed
 * items retried, leftovers raised as UnprocessedWritesError. With unique attributes: TransactWriteItems of
 * up to 100 actions, each item with its guard items and `attribute_not_exists`, so a clash raises
 * UniqueConstraintError instead of overwriting. Instances are marked stored once written.
 */
export async function writeModels(
  models: readonly ModelBase[],
  session: SeedSession,
  progress: { readonly total: number; done: number },
): Promise<void> {
  if (models.length === 0) return
  const entity = models[0]!.$meta.entity
  if (entity.guards.length > 0) return writeGuarded(models, session, progress)
  const ctx = models[0]!.$ctx
  const version = entity.versionAttribute ? { [entity.versionAttribute]: 1 } : undefined
  const writes: DocumentWriteRequest[] = models.map((model) => ({
    PutRequest: { Item: toItem(ctx, entity, model.$state.storage(), version) },
  }))
  let reported = 0
  await runBatchWrite(ctx, writes, models, {
    onProgress: ({ processed }) => {
      session.noteWritten(entity.name, progress.done + processed, progress.total, processed - reported)
      reported = processed
    },
  })
  progress.done += models.length
  for (const model of models) markStored(model)
}

/** A prepared insert with the plan sent for it (audit records included when the ORM audits). */
interface PlannedWrite {
  readonly write: PreparedWrite
  readonly plan: WritePlan
}

/** Runs of at most 100 transaction actions, never splitting one model's writes. */
function pack(prepared: readonly PlannedWrite[]): PlannedWrite[][] {
  const runs: PlannedWrite[][] = []
  let run: PlannedWrite[] = []
  let size = 0
  for (const planned of prepared) {
    if (size + planned.plan.items.length > 100 && run.length > 0) {
      runs.push(run)
      run = []
      size = 0
    }
    run.push(planned)
    size += planned.plan.items.length
  }
  if (run.length > 0) runs.push(run)
  return runs
}

async function writeGuarded(
  models: readonly ModelBase[],
  session: SeedSession,
  progress: { readonly total: number; done: number },
): Promise<void> {
  const ctx = models[0]!.$ctx
  const name = models[0]!.$meta.name
  const prepared: PlannedWrite[] = []
  for (const model of models) {
    const write = (await prepareInsert(model, { hooks: false, validate: false }))!
    prepared.push({ write, plan: auditedPlan(ctx, write.plan) })
  }
  const runs = pack(prepared)
  let next = 0
  const worker = async () => {
    while (next < runs.length) {
      const run = runs[next++]!
      const plan = mergePlans(run.map((planned) => planned.plan))
      await sendTransaction(ctx, plan.items, plan.describe, {}, (error) => mapCancellation(plan, error))
      for (const planned of run) await planned.write.commit()
      progress.done += run.length
      session.noteWritten(name, progress.done, progress.total, run.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(TRANSACTION_CONCURRENCY, runs.length) }, worker))
}
