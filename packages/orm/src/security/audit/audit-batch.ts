import type { DocumentWriteRequest } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../../context'
import type { TableTarget } from '../../raw/target'
import { EntityResolver } from '../entity-resolver'
import { hiddenAttributes } from './audit-context'
import { auditRecord, audits } from './audit-plan'

type Item = Record<string, unknown>

/** Builds the audit items of a batch's writes (null for a write that is not audited). */
export type BatchAuditor = (writes: readonly DocumentWriteRequest[]) => (Item | null)[]

/**
 * The audit records of BatchWriteItem writes, when the target is an auditing ORM context: a put is
 * recorded as `put` (a batch cannot tell a create from a replace) with the attribute names it stores, a
 * delete as `delete`. A put names its model by its entity type; a delete by its key's format.
 */
export function batchAuditor(target: TableTarget): BatchAuditor | null {
  const ctx = target as Partial<OrmContext>
  const options = ctx.security?.audit
  if (!options || !ctx.design || typeof ctx.entity !== 'function') return null
  const context = ctx as OrmContext
  const design = context.design
  const resolver = new EntityResolver(design, new Map())
  return (writes) => {
    const actor = options.actor() ?? null
    const at = new Date().toISOString()
    return writes.map((write) => {
      const put = 'PutRequest' in write ? write.PutRequest.Item : null
      const key = put ?? (write as { DeleteRequest: { Key: Item } }).DeleteRequest.Key
      const entity = put ? entityOfPut(context, put) : entityOfKey(resolver, design, key)
      if (entity === null || !audits(options, entity)) return null
      const storage = context.entity(entity).storageAttributes
      const changes: Item = {}
      if (put) for (const [name, value] of Object.entries(put)) if (!storage.has(name)) changes[name] = value
      const hidden = hiddenAttributes(context, entity)
      const tableKey = {
        [design.partitionKey]: key[design.partitionKey],
        [design.sortKey]: key[design.sortKey],
      }
      const operation = put ? 'put' : 'delete'
      return auditRecord(design, options, { entity, operation, key: tableKey, changes, hidden, actor, at })
    })
  }
}

function entityOfPut(ctx: OrmContext, item: Item): string | null {
  const type = item[ctx.design.entityTypeAttribute]
  return typeof type === 'string' && ctx.design.entities[type] ? type : null
}

function entityOfKey(resolver: EntityResolver, design: OrmContext['design'], key: Item): string | null {
  const pk = key[design.partitionKey]
  const sk = key[design.sortKey]
  if (typeof pk !== 'string' || typeof sk !== 'string') return null
  const resolved = resolver.ofKey({ [design.partitionKey]: { S: pk }, [design.sortKey]: { S: sk } })
  return resolved.kind === 'entity' ? resolved.entity : null
}
