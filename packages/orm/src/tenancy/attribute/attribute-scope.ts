import type { AttributeMap } from '@dbtooling/dynamo-client'
import { TenantError } from '../errors'

/**
 * The tenant a scoped client works for, and where the tenant attribute and keys live.
 *
 * @example
 * ```ts
 * const scope: AttributeScope = { tenant: 'acme', attribute: 'tenantId', table: 'app', partitionKey: 'pk', sortKey: 'sk', index: null }
 * const client = new TenantAttributeClient(orm.client, scope)
 * ```
 */
export interface AttributeScope {
  readonly tenant: string
  /** Attribute holding the tenant id on every item (default `tenantId`). */
  readonly attribute: string
  /** The one table the scope addresses (the ORM's table). */
  readonly table: string
  readonly partitionKey: string
  readonly sortKey: string
  /** GSI whose partition key is the tenant attribute, or null. */
  readonly index: string | null
}

/** Whether a stored item belongs to the scope's tenant. Items without the attribute belong to nobody. */
export function isOwned(scope: AttributeScope, item: AttributeMap | undefined): boolean {
  const value = item?.[scope.attribute]
  return value !== undefined && 'S' in value && value.S === scope.tenant
}

/**
 * The item with the tenant attribute set. A different tenant in it is an error, never silently replaced:
 * it means the caller believes the item belongs elsewhere.
 */
export function stampItem(scope: AttributeScope, item: AttributeMap): AttributeMap {
  const existing = item[scope.attribute]
  if (existing === undefined) return { ...item, [scope.attribute]: { S: scope.tenant } }
  if ('S' in existing && existing.S === scope.tenant) return item
  throw new TenantError(
    'TENANT_MISMATCH',
    `the item names ${JSON.stringify(existing)} in "${scope.attribute}", not the current tenant "${scope.tenant}"`,
    `leave "${scope.attribute}" out (it is set from the current tenant) or write in withTenant() of that tenant`,
  )
}

const LEGACY = [
  'AttributesToGet',
  'KeyConditions',
  'QueryFilter',
  'ScanFilter',
  'Expected',
  'AttributeUpdates',
  'ConditionalOperator',
] as const

/**
 * Scoping rewrites expressions; DynamoDB refuses to mix them with the legacy parameters, and the legacy
 * ones cannot express the tenant condition, so requests using them are refused rather than sent unscoped.
 */
export function assertScopable(scope: AttributeScope, operation: string, input: object): void {
  const table = (input as { TableName?: unknown }).TableName
  if (table !== undefined && table !== scope.table) {
    throw new TenantError(
      'UNSUPPORTED_REQUEST',
      `${operation} on table "${String(table)}" cannot be tenant-scoped (the scope covers "${scope.table}")`,
      'use the raw escapes on the ORM (orm.rawGet, ...) for other tables; they are not tenant-scoped',
    )
  }
  const record = input as Record<string, unknown>
  for (const name of LEGACY) {
    if (record[name] !== undefined) {
      throw new TenantError(
        'UNSUPPORTED_REQUEST',
        `${operation} with the legacy parameter ${name} cannot be tenant-scoped`,
        'use ConditionExpression / FilterExpression / ProjectionExpression / UpdateExpression instead',
      )
    }
  }
}

/** Both conditions; the caller's is parenthesised so its ORs cannot escape the tenant's AND. */
export function both(ours: string, theirs: string | undefined): string {
  return theirs === undefined || theirs.trim() === '' ? ours : `(${ours}) AND (${theirs})`
}
