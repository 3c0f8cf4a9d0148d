import type { TableDesign } from '@dbtooling/schema'
/**
 * Options of the audit trail (`security.audit` of `createOrm`): who is writing, whether changed values are
 * recorded too, and which models are audited. `createOrm` throws a `SecurityError` (`INVALID_SECURITY_OPTIONS`)
 * when `actor` is not a function or `models` names a model the design does not have.
 *
 * @example
 * ```ts
 * const audit: AuditOptions = { actor: () => requestContext()?.userId, values: ['status'], models: ['Patient'] }
 * const orm = createOrm({ models, design: { tableName: 'app' }, security: { audit } })
 * ```
 */
export interface AuditOptions {
  /** Who is writing (a user id from the request context); null/undefined is recorded as `null`. */
  readonly actor: () => string | null | undefined
  /**
   * Record the new values of changed attributes too (`true`, or a list of attribute names). Encrypted and
   * masked attributes are never recorded by value (`***`). Default false: field names only.
   */
  readonly values?: boolean | readonly string[]
  /** Models to audit (default: every model). */
  readonly models?: readonly string[]
}

/**
 * The entity type of audit items (a leading underscore keeps it apart from model names).
 *
 * @example
 * ```ts
 * const page = await orm.doc.query({ TableName: orm.tableName, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': pk } })
 * const ownItems = (page.Items ?? []).filter((item) => item._et !== AUDIT_ENTITY)
 * ```
 */
export const AUDIT_ENTITY = '_Audit'
/** Key prefix of an item's audit collection: `AUDIT#<item pk>#<item sk>`. */
export const AUDIT_PREFIX = 'AUDIT'

// Here rather than in audit-plan.ts: auditTrail (eager) reads it, and the write-side planning need not load with it.
/** The audit collection of one stored item (queryable with one Query on the table). */
export function auditPartition(design: TableDesign, key: Readonly<Record<string, unknown>>): string {
  const d = design.delimiter
  return `${AUDIT_PREFIX}${d}${String(key[design.partitionKey])}${d}${String(key[design.sortKey])}`
}

/**
 * What a record says was done: `put` is a batch put (BatchWriteItem replaces an item or creates it, and
 * cannot tell which).
 */
export type AuditOperation = 'create' | 'update' | 'delete' | 'put'
