import type { OrmContext } from '../../context'
import { keyOf } from '../../storage/to-item'
import { type AuditOperation, auditPartition } from './audit-options'

/**
 * One audit record: who changed what on an item, and when.
 *
 * @example
 * ```ts
 * const record: AuditRecord = { entity: 'Patient', operation: 'update', actor: 'user-7', at: '2026-12-07T20:00:00.000Z', changed: ['status'], values: { status: 'discharged' } }
 * ```
 */
export interface AuditRecord {
  readonly entity: string
  readonly operation: AuditOperation
  readonly actor: string | null
  /** ISO timestamp of the write. */
  readonly at: string
  /** Attribute names the write set or removed (sorted). */
  readonly changed: readonly string[]
  /** New values, when `audit.values` allows them (encrypted and masked ones as `***`). */
  readonly values?: Readonly<Record<string, unknown>>
}

/**
 * The audit records of one item, oldest first: one Query on the item's audit collection
 * (`pk = AUDIT#<item pk>#<item sk>`), following pages.
 *
 * @example
 * ```ts
 * const records = await auditTrail(orm, 'Patient', { id: patient.id })
 * for (const r of records) console.log(r.at, r.actor, r.operation, r.changed.join(', '))
 * ```
 */
export async function auditTrail(
  orm: { readonly ctx: OrmContext },
  entity: string,
  key: Readonly<Record<string, unknown>>,
): Promise<AuditRecord[]> {
  const ctx = orm.ctx
  const partition = auditPartition(ctx.design, keyOf(ctx.entity(entity), key))
  const records: AuditRecord[] = []
  let start: Record<string, unknown> | undefined
  do {
    const page = await ctx.doc.query({
      TableName: ctx.tableName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': ctx.design.partitionKey },
      ExpressionAttributeValues: { ':pk': partition },
      ConsistentRead: true,
      ...(start ? { ExclusiveStartKey: start } : {}),
    })
    for (const item of page.Items ?? []) records.push(toRecord(item as Record<string, unknown>))
    start = page.LastEvaluatedKey as Record<string, unknown> | undefined
  } while (start)
  return records
}

function toRecord(item: Record<string, unknown>): AuditRecord {
  const record = {
    entity: String(item.entity),
    operation: item.operation as AuditRecord['operation'],
    actor: typeof item.actor === 'string' ? item.actor : null,
    at: String(item.at),
    changed: Array.isArray(item.changed) ? (item.changed as string[]) : [],
  }
  return item.values === undefined ? record : { ...record, values: item.values as Record<string, unknown> }
}
