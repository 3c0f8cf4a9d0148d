import type { DocumentTransactWriteItem } from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { builtin } from '../../node-builtin'
import { addToPlan, emptyPlan, type WritePlan } from '../../write/plan'
import { MASK } from '../mask'
import { AUDIT_ENTITY, type AuditOperation, type AuditOptions, auditPartition } from './audit-options'

type Item = Record<string, unknown>

/** `#a0 = :a1` pairs of a SET clause (top-level and nested paths; the first name is the attribute). */
const ASSIGNMENT = /(#\w+)(?:\.#\w+|\[\d+\])*\s*=\s*(:\w+)/g

/**
 * The plan with one audit Put per entity write, in the same TransactWriteItems (so a write and its audit
 * record land together or not at all). Field names come from the request itself: a Put's attributes, an
 * Update's SET/REMOVE names, nothing for a Delete; storage attributes (keys, index keys, entity type,
 * version) are left out.
 */
export function withAudit(
  design: TableDesign,
  options: AuditOptions,
  plan: WritePlan,
  storage: (entity: string) => ReadonlySet<string>,
  hidden: (entity: string) => ReadonlySet<string>,
): WritePlan {
  const audited = emptyPlan()
  if (!plan.roles.some((role) => role.kind === 'entity' && audits(options, role.entity))) return plan
  const actor = options.actor() ?? null
  const at = new Date().toISOString()
  for (const [index, item] of plan.items.entries()) {
    addToPlan(audited, item, plan.describe[index]!, plan.roles[index]!)
  }
  plan.items.forEach((item, index) => {
    const role = plan.roles[index]!
    if (role.kind !== 'entity' || !audits(options, role.entity)) return
    const changes = changesOf(item, storage(role.entity))
    const record = auditRecord(design, options, { ...role, changes, hidden: hidden(role.entity), actor, at })
    addToPlan(
      audited,
      { Put: { TableName: tableOf(item), Item: record } },
      `put audit ${role.entity} ${role.operation}`,
      { kind: 'check', entity: null },
    )
  })
  return audited
}

/** True when writes of `entity` are audited (`audit.models`, default all). */
export function audits(options: AuditOptions, entity: string): boolean {
  return !options.models || options.models.includes(entity)
}

/** One write as its audit record sees it. */
export interface AuditedWrite {
  readonly entity: string
  readonly operation: AuditOperation
  /** The written item's table key (document form). */
  readonly key: Readonly<Record<string, unknown>>
  /** Changed attributes and their new values (null when removed); storage attributes left out. */
  readonly changes: Item
  /** Attributes recorded as `***` (encrypted and masked). */
  readonly hidden: ReadonlySet<string>
  readonly actor: string | null
  readonly at: string
}

/** The audit item of one write, in the written item's audit collection. */
export function auditRecord(design: TableDesign, options: AuditOptions, write: AuditedWrite): Item {
  const record: Item = {
    [design.partitionKey]: auditPartition(design, write.key),
    [design.sortKey]: `${write.at}${design.delimiter}${builtin('node:crypto').randomBytes(4).toString('hex')}`,
    [design.entityTypeAttribute]: AUDIT_ENTITY,
    entity: write.entity,
    operation: write.operation,
    actor: write.actor,
    at: write.at,
    changed: Object.keys(write.changes).sort(),
  }
  if (options.values) record.values = recordedValues(options.values, write.changes, write.hidden)
  return record
}

type AnyEntry = {
  Put?: { TableName: string; Item: Item }
  Update?: {
    TableName: string
    UpdateExpression?: string
    ExpressionAttributeNames?: Record<string, string>
    ExpressionAttributeValues?: Item
  }
  Delete?: { TableName: string }
  ConditionCheck?: { TableName: string }
}

function tableOf(item: DocumentTransactWriteItem): string {
  const entry = item as AnyEntry
  return (entry.Put ?? entry.Update ?? entry.Delete ?? entry.ConditionCheck)!.TableName
}

/** Changed attributes and their new values (undefined for removed ones). */
function changesOf(item: DocumentTransactWriteItem, storage: ReadonlySet<string>): Item {
  const out: Item = {}
  const entry = item as AnyEntry
  if (entry.Put) {
    for (const [name, value] of Object.entries(entry.Put.Item)) if (!storage.has(name)) out[name] = value
    return out
  }
  const update = entry.Update
  if (!update?.UpdateExpression || !update.ExpressionAttributeNames) return out
  const names = update.ExpressionAttributeNames
  for (const match of update.UpdateExpression.matchAll(ASSIGNMENT)) {
    const name = names[match[1]!]
    if (name !== undefined && !storage.has(name)) out[name] = update.ExpressionAttributeValues?.[match[2]!]
  }
  const remove = /\bREMOVE\b([\s\S]*?)(?=\b(?:SET|ADD|DELETE)\b|$)/.exec(update.UpdateExpression)?.[1] ?? ''
  for (const placeholder of remove.match(/#\w+/g) ?? []) {
    const name = names[placeholder]
    if (name !== undefined && !storage.has(name) && !(name in out)) out[name] = null
  }
  return out
}

function recordedValues(allowed: true | readonly string[], changes: Item, hidden: ReadonlySet<string>): Item {
  const out: Item = {}
  for (const [name, value] of Object.entries(changes)) {
    if (allowed !== true && !allowed.includes(name)) continue
    out[name] = hidden.has(name) ? MASK : value
  }
  return out
}
