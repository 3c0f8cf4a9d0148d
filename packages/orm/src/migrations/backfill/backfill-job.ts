import { conditionNotMet } from '../state/condition-not-met'
import { MIGRATIONS_PARTITION, type StateTable, stateKey } from '../state/state-store'
import type { GuardJobEntry } from './guard-spec'

/** A backfill as stored in the table: what to reconcile, towards which recorded design, in how many segments. */
export interface BackfillJob {
  jobId: string
  /**
   * `index` (absent on older jobs): set or remove index attributes; `rekey`: move items to new base keys;
   * `copy`: copy every item into `copyTo` (a new table) with the target design's index keys.
   */
  kind?: 'index' | 'rekey' | 'copy' | 'guards'
  /** The table a `copy` job writes to. */
  copyTo?: string
  /** What a `guards` job rewrites: per entity, the changed unique attributes and their previous templates. */
  guards?: GuardJobEntry[]

  /** The plan steps the job carries out together (one scan for several backfills). */
  stepId: string
  indexes: string[]
  attributes: string[]
  entities: string[]
  /** Hash of the recorded design the values are computed from (workers load it by hash). */
  targetHash: string
  totalSegments: number
  /** Table item count when the job was created (for the ETA). */
  estimatedItems: number
  status: 'running' | 'done'
  createdAt: string
}

export interface SegmentState {
  segment: number
  status: 'pending' | 'done'
  /** Scan position after the last checkpointed page (JSON of the key), null at the start. */
  lastKey: string | null
  scanned: number
  written: number
  conflicts: number
  holder: string | null
  leaseUntil: number
}

const ACTIVE = 'ACTIVE_JOB'

export function jobSort(jobId: string): string {
  return `JOB#${jobId}`
}

export function segmentSort(jobId: string, segment: number): string {
  return `JOB#${jobId}#SEG#${String(segment).padStart(5, '0')}`
}

/** Creates the job and its segments unless they exist (a resumed run keeps its checkpoints). */
export async function ensureJob(table: StateTable, job: BackfillJob): Promise<BackfillJob> {
  try {
    await table.doc.put({
      TableName: table.tableName,
      Item: { ...stateKey(table, jobSort(job.jobId)), ...job },
      ConditionExpression: 'attribute_not_exists(#pk)',
      ExpressionAttributeNames: { '#pk': table.partitionKey },
    })
  } catch (error) {
    if (!conditionNotMet(error)) throw error
    return (await readJob(table, job.jobId)) ?? job
  }
  const segments = Array.from({ length: job.totalSegments }, (_, segment) => ({
    PutRequest: {
      Item: {
        ...stateKey(table, segmentSort(job.jobId, segment)),
        segment,
        status: 'pending',
        lastKey: null,
        scanned: 0,
        written: 0,
        conflicts: 0,
      },
    },
  }))
  await table.doc.batchWriteAll({ RequestItems: { [table.tableName]: segments } })
  return job
}

export async function readJob(table: StateTable, jobId: string): Promise<BackfillJob | null> {
  const { Item } = await table.doc.get({
    TableName: table.tableName,
    Key: stateKey(table, jobSort(jobId)),
    ConsistentRead: true,
  })
  if (!Item) return null
  const { [table.partitionKey]: _pk, [table.sortKey]: _sk, ...job } = Item
  return job as unknown as BackfillJob
}

export async function readSegments(table: StateTable, jobId: string): Promise<SegmentState[]> {
  const segments: SegmentState[] = []
  for await (const item of table.doc.queryAll({
    TableName: table.tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': table.partitionKey, '#sk': table.sortKey },
    ExpressionAttributeValues: { ':pk': MIGRATIONS_PARTITION, ':prefix': `JOB#${jobId}#SEG#` },
    ConsistentRead: true,
  })) {
    segments.push({
      segment: Number(item.segment),
      status: item.status === 'done' ? 'done' : 'pending',
      lastKey: typeof item.lastKey === 'string' ? item.lastKey : null,
      scanned: Number(item.scanned ?? 0),
      written: Number(item.written ?? 0),
      conflicts: Number(item.conflicts ?? 0),
      holder: typeof item.holder === 'string' ? item.holder : null,
      leaseUntil: Number(item.leaseUntil ?? 0),
    })
  }
  return segments
}

export async function setActiveJob(table: StateTable, jobId: string | null): Promise<void> {
  if (jobId === null) {
    await table.doc.delete({ TableName: table.tableName, Key: stateKey(table, ACTIVE) })
    return
  }
  await table.doc.put({ TableName: table.tableName, Item: { ...stateKey(table, ACTIVE), jobId } })
}

export async function readActiveJob(table: StateTable): Promise<string | null> {
  const { Item } = await table.doc.get({
    TableName: table.tableName,
    Key: stateKey(table, ACTIVE),
    ConsistentRead: true,
  })
  return typeof Item?.jobId === 'string' ? Item.jobId : null
}

export async function markJobDone(table: StateTable, jobId: string): Promise<void> {
  await table.doc.update({
    TableName: table.tableName,
    Key: stateKey(table, jobSort(jobId)),
    UpdateExpression: 'SET #status = :done',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':done': 'done' },
  })
}

export async function deleteJob(table: StateTable, jobId: string): Promise<void> {
  await table.doc.delete({ TableName: table.tableName, Key: stateKey(table, jobSort(jobId)) })
}
