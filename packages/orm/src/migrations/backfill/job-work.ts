import type { DocumentClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { mapLimited } from '../../relations/map-limited'
import type { BackfillJob } from './backfill-job'
import { copiedItem, copySpec, isCopiedRight } from './copy-spec'
import { guardJobWork } from './guard-work'
import { isReconciled, reconcileSpec } from './reconcile-item'
import { type PageWriteOptions, reconcilePage } from './reconcile-page'
import type { ReconcileResult } from './reconcile-write'
import { isAtTargetKey, rekeySpec } from './rekey-spec'
import { moveItem } from './rekey-write'

type Item = Readonly<Record<string, unknown>>

/**
 * What a job does to each scanned page and what verification checks per item. Segments, leases and
 * checkpoints are the same for every kind of job; only this differs.
 */
export interface JobWork {
  reconcilePage(items: readonly Item[], options: PageWriteOptions): Promise<ReconcileResult[]>
  isDone(item: Item): boolean
  /**
   * The attributes the job reads (keys, entity type, every source field, its own attributes), so scans
   * fetch only those; null reads whole items (a re-key copies them).
   */
  projection: readonly string[] | null
  /**
   * Verification that needs more than the item (guard items elsewhere in the table): true per item when it is
   * right. When absent, `isDone` decides alone.
   */
  verifyPage?(items: readonly Item[]): Promise<boolean[]>
}

/** A Scan's ProjectionExpression for `names` (null: whole items). */
export function projectionOf(
  names: readonly string[] | null,
): { ProjectionExpression: string; ExpressionAttributeNames: Record<string, string> } | object {
  if (!names) return {}
  const aliases: Record<string, string> = {}
  names.forEach((name, position) => {
    aliases[`#p${position}`] = name
  })
  return { ProjectionExpression: Object.keys(aliases).join(', '), ExpressionAttributeNames: aliases }
}

function readsOf(spec: ReturnType<typeof reconcileSpec>): string[] {
  const names = new Set([spec.partitionKey, spec.sortKey, spec.entityTypeAttribute, ...spec.attributes])
  for (const writers of spec.writers.values())
    for (const writer of writers) for (const source of writer.sources) names.add(source)
  return [...names].sort()
}

/** The work of `job` towards the target design: index attributes (backfill, cleanup) or base keys (re-key). */
export function jobWork(
  doc: DocumentClient,
  design: TableDesign,
  tableName: string,
  job: BackfillJob,
): JobWork {
  if (job.kind === 'copy' && job.copyTo) {
    const spec = copySpec(design, tableName, job.copyTo)
    const target = job.copyTo
    return {
      // The new table is not in use until the switch, so unconditional batch puts are safe, and a page copied
      // twice (a resumed segment) writes the same items again.
      reconcilePage: async (items, options) => {
        if (items.length === 0) return []
        for (let i = 0; i < items.length; i++) await options.rate.take()
        const requests = items.map((item) => ({ PutRequest: { Item: copiedItem(spec, item) } }))
        await doc.batchWriteAll(
          { RequestItems: { [target]: requests } },
          { concurrency: Math.max(1, Math.min(options.concurrency, 8)) },
        )
        return items.map(() => ({ outcome: 'written' as const, conflicts: 0 }))
      },
      isDone: (item) => isCopiedRight(spec, item),
      projection: null,
    }
  }
  if (job.kind === 'guards') return guardJobWork(doc, design, tableName, job.guards ?? [])
  if (job.kind === 'rekey') {
    const spec = rekeySpec(design, tableName, job.entities)
    return {
      // Moves are transactions already: one per item, `concurrency` at once, whatever the write mode.
      reconcilePage: (items, options) =>
        mapLimited(items, options.concurrency, (item) => moveItem(doc, spec, item, options.rate)),
      isDone: (item) => isAtTargetKey(spec, item),
      projection: null,
    }
  }
  const spec = reconcileSpec(design, tableName, job)
  return {
    reconcilePage: (items, options) => reconcilePage(doc, spec, items, options),
    isDone: (item) => isReconciled(spec, item),
    projection: readsOf(spec),
  }
}
