import type { DocumentClient } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'

import { MIGRATIONS_PARTITION } from './partition'

// The constant is public and sync, so it lives in its own file: importing it from here would pull this
// whole module (which only the lazy executors use) into the eager chunk.
export { MIGRATIONS_PARTITION }

/** Where the migration items live: any table whose key attribute names are known; no models needed. */
export interface StateTable {
  readonly doc: DocumentClient
  readonly tableName: string
  readonly partitionKey: string
  readonly sortKey: string
}

export interface HistoryEntry {
  at: string
  who: string
  kind: 'migrate' | 'rollback' | 'fresh'
  fromHash: string | null
  toHash: string
  steps: string[]
  durationMs: number
  result: 'applied' | 'failed'
  error: string | null
}

export interface AppliedState {
  hash: string
  appliedAt: string
  /** Hash of the design applied before this one (what `rollback` returns to). */
  previousHash: string | null
  /** Set when an LSI change copied the data to a new table: its name (this table is no longer migrated). */
  movedTo?: string
}

export function stateKey(table: StateTable, sort: string): Record<string, string> {
  return { [table.partitionKey]: MIGRATIONS_PARTITION, [table.sortKey]: sort }
}

export function stateTableOf(ctx: {
  doc: DocumentClient
  tableName: string
  design: TableDesign
}): StateTable {
  return {
    doc: ctx.doc,
    tableName: ctx.tableName,
    partitionKey: ctx.design.partitionKey,
    sortKey: ctx.design.sortKey,
  }
}

export async function readApplied(table: StateTable): Promise<AppliedState | null> {
  const { Item } = await table.doc.get({
    TableName: table.tableName,
    Key: stateKey(table, 'STATE'),
    ConsistentRead: true,
  })
  if (!Item || typeof Item.hash !== 'string') return null
  return {
    hash: Item.hash,
    appliedAt: String(Item.appliedAt),
    previousHash: typeof Item.previousHash === 'string' ? Item.previousHash : null,
    ...(typeof Item.movedTo === 'string' ? { movedTo: Item.movedTo } : {}),
  }
}

/** A recorded design by hash (designs are stored as JSON text, so reading one needs no models). */
export async function readDesign(table: StateTable, hash: string): Promise<TableDesign | null> {
  const { Item } = await table.doc.get({
    TableName: table.tableName,
    Key: stateKey(table, `DESIGN#${hash}`),
    ConsistentRead: true,
  })
  return Item ? (JSON.parse(String(Item.design)) as TableDesign) : null
}

export async function writeDesign(table: StateTable, hash: string, design: TableDesign): Promise<void> {
  await table.doc.put({
    TableName: table.tableName,
    Item: { ...stateKey(table, `DESIGN#${hash}`), hash, design: JSON.stringify(design) },
  })
}

export async function writeApplied(table: StateTable, state: AppliedState): Promise<void> {
  await table.doc.put({
    TableName: table.tableName,
    Item: { ...stateKey(table, 'STATE'), ...state },
  })
}

export async function appendHistory(table: StateTable, entry: HistoryEntry): Promise<void> {
  const suffix = Math.random().toString(36).slice(2, 8)
  await table.doc.put({
    TableName: table.tableName,
    Item: { ...stateKey(table, `HISTORY#${entry.at}#${suffix}`), ...entry },
  })
}

/** History entries, newest first. */
export async function readHistory(table: StateTable, limit = 20): Promise<HistoryEntry[]> {
  const { Items = [] } = await table.doc.query({
    TableName: table.tableName,
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
    ExpressionAttributeNames: { '#pk': table.partitionKey, '#sk': table.sortKey },
    ExpressionAttributeValues: { ':pk': MIGRATIONS_PARTITION, ':prefix': 'HISTORY#' },
    ScanIndexForward: false,
    Limit: limit,
    ConsistentRead: true,
  })
  return Items.map((item) => {
    const { [table.partitionKey]: _pk, [table.sortKey]: _sk, ...entry } = item
    return entry as unknown as HistoryEntry
  })
}

/** Item keys of the migration partition are never entities: backfills and verification skip them. */
export function isMigrationItem(table: StateTable, item: Readonly<Record<string, unknown>>): boolean {
  return item[table.partitionKey] === MIGRATIONS_PARTITION
}

/**
 * The run id of a migration to `toHash` that started and did not finish (its backfill jobs are keyed by
 * it, so the next run to the same design resumes them), or a new id recorded for this run.
 */
export async function resumeOrStartRun(table: StateTable, toHash: string): Promise<string> {
  const { Item } = await table.doc.get({
    TableName: table.tableName,
    Key: stateKey(table, 'STATE'),
    ConsistentRead: true,
  })
  const pending = Item?.pendingRun as { toHash?: unknown; runId?: unknown } | undefined
  if (pending?.toHash === toHash && typeof pending.runId === 'string') return pending.runId
  const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  await table.doc.update({
    TableName: table.tableName,
    Key: stateKey(table, 'STATE'),
    UpdateExpression: 'SET #pending = :pending',
    ExpressionAttributeNames: { '#pending': 'pendingRun' },
    ExpressionAttributeValues: { ':pending': { toHash, runId } },
  })
  return runId
}
