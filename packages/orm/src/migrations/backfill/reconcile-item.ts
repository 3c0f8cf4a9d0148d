import type { TableDesign } from '@dbtooling/schema'
import { type IndexWriter, writersOfIndexes } from '../plan/index-writers'

type Item = Readonly<Record<string, unknown>>

/** What a backfill reconciles: some index attributes of some item types, towards a target design. */
export interface ReconcileSpec {
  readonly tableName: string
  readonly partitionKey: string
  readonly sortKey: string
  readonly entityTypeAttribute: string
  /** Index key attributes the job owns; nothing else on an item is written. */
  readonly attributes: readonly string[]
  /** Item types the job touches; others are skipped. */
  readonly entities: ReadonlySet<string>
  /** Writers of the job's indexes in the target design, by item type (absent: the attributes are removed). */
  readonly writers: ReadonlyMap<string, readonly IndexWriter[]>
}

export function reconcileSpec(
  target: TableDesign,
  tableName: string,
  job: { indexes: readonly string[]; attributes: readonly string[]; entities: readonly string[] },
): ReconcileSpec {
  return {
    tableName,
    partitionKey: target.partitionKey,
    sortKey: target.sortKey,
    entityTypeAttribute: target.entityTypeAttribute,
    attributes: job.attributes,
    entities: new Set(job.entities),
    writers: writersOfIndexes(target, job.indexes),
  }
}

/** The values the job's attributes should hold on `item` (undefined: absent), or null when the job skips it. */
export function desiredValues(spec: ReconcileSpec, item: Item): Map<string, string | undefined> | null {
  const type = item[spec.entityTypeAttribute]
  if (typeof type !== 'string' || !spec.entities.has(type)) return null
  const desired = new Map<string, string | undefined>(spec.attributes.map((name) => [name, undefined]))
  for (const writer of spec.writers.get(type) ?? []) {
    const keys = writer.render(item)
    if (!keys) continue
    if (desired.has(writer.partitionAttribute)) desired.set(writer.partitionAttribute, keys.partition)
    if (desired.has(writer.sortAttribute)) desired.set(writer.sortAttribute, keys.sort)
  }
  return desired
}

/** True when the item holds exactly the desired values (or the job skips it). */
export function isReconciled(spec: ReconcileSpec, item: Item): boolean {
  const desired = desiredValues(spec, item)
  if (!desired) return true
  for (const [name, value] of desired) if (item[name] !== value) return false
  return true
}

/** A conditional update of index attributes, usable as UpdateItem input or a TransactWriteItems entry. */
export interface ReconcileUpdate {
  TableName: string
  Key: Record<string, unknown>
  UpdateExpression: string
  ConditionExpression: string
  ExpressionAttributeNames: Record<string, string>
  ExpressionAttributeValues?: Record<string, unknown>
}

/**
 * The UpdateItem bringing `item` to its desired index values, or null when it already holds them. It sets
 * or removes only the job's attributes and is conditioned on every source attribute it read having the
 * value it read: a concurrent application write makes it fail instead of being overwritten.
 */
export function reconcileUpdate(spec: ReconcileSpec, item: Item): ReconcileUpdate | null {
  const desired = desiredValues(spec, item)
  if (!desired) return null
  const names: Record<string, string> = { '#pk': spec.partitionKey }
  const values: Record<string, unknown> = {}
  const sets: string[] = []
  const removes: string[] = []
  let n = 0
  for (const [name, value] of desired) {
    if (item[name] === value) continue
    const position = n++
    names[`#a${position}`] = name
    if (value === undefined) removes.push(`#a${position}`)
    else {
      values[`:a${position}`] = value
      sets.push(`#a${position} = :a${position}`)
    }
  }
  if (sets.length === 0 && removes.length === 0) return null
  const conditions = ['attribute_exists(#pk)']
  const sources = new Set([spec.entityTypeAttribute])
  for (const writer of spec.writers.get(String(item[spec.entityTypeAttribute])) ?? [])
    for (const source of writer.sources) sources.add(source)
  let s = 0
  for (const source of [...sources].sort()) {
    const alias = `#s${s}`
    names[alias] = source
    if (item[source] === undefined) conditions.push(`attribute_not_exists(${alias})`)
    else {
      values[`:s${s}`] = item[source]
      conditions.push(`${alias} = :s${s}`)
    }
    s++
  }
  const update = [
    sets.length ? `SET ${sets.join(', ')}` : '',
    removes.length ? `REMOVE ${removes.join(', ')}` : '',
  ]
  return {
    TableName: spec.tableName,
    Key: { [spec.partitionKey]: item[spec.partitionKey], [spec.sortKey]: item[spec.sortKey] },
    UpdateExpression: update.filter(Boolean).join(' '),
    ConditionExpression: conditions.join(' AND '),
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
  }
}
