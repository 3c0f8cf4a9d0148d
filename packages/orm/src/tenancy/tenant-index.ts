import type { DocumentMap } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import type { AttributeScope } from './attribute/attribute-scope'
import { TenantAttributeClient } from './attribute/tenant-attribute-client'
import { TenantError } from './errors'
import { tenantContext } from './tenant-registry'

type OrmLike = { readonly ctx: OrmContext } | OrmContext

/**
 * Options of `tenantItems` / `purgeTenant`: the tenant (default: the current one) and the page size.
 *
 * @example
 * ```ts
 * const options: TenantItemsOptions = { tenant: 'acme', pageSize: 100 }
 * for await (const item of tenantItems(orm, options)) console.log(item)
 * ```
 */
export interface TenantItemsOptions {
  /** The tenant to read (default: the current one, as for any model call). */
  readonly tenant?: string
  /** Items per Query request (DynamoDB `Limit`); default: as many as fit in 1 MB. */
  readonly pageSize?: number
}

function scopeOf(orm: OrmLike, tenant: string | undefined): { ctx: OrmContext; scope: AttributeScope } {
  const ctx = tenantContext('ctx' in orm ? orm.ctx : orm, tenant)
  const client = ctx.client
  if (!(client instanceof TenantAttributeClient) || client.scope.index === null) {
    throw new TenantError(
      'INVALID_OPTIONS',
      'tenantItems() and purgeTenant() need the attribute strategy with a tenant index',
      "enableTenancy(orm, { strategy: 'attribute', index: '<gsi whose partition key is the tenant attribute>' })",
    )
  }
  return { ctx, scope: client.scope }
}

async function* pages(
  ctx: OrmContext,
  scope: AttributeScope,
  pageSize: number | undefined,
): AsyncGenerator<DocumentMap[]> {
  let startKey: DocumentMap | undefined
  do {
    const output = await ctx.doc.query({
      TableName: ctx.tableName,
      IndexName: scope.index as string,
      KeyConditionExpression: '#tenant = :tenant',
      ExpressionAttributeNames: { '#tenant': scope.attribute },
      ExpressionAttributeValues: { ':tenant': scope.tenant },
      ...(pageSize === undefined ? {} : { Limit: pageSize }),
      ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
    })
    yield output.Items ?? []
    startKey = output.LastEvaluatedKey
  } while (startKey !== undefined)
}

/**
 * Every item a tenant owns (models, unique guards, relation edges), raw, in index order, one Query page
 * at a time: for exports and audits. The index is eventually consistent: writes of the last moments may
 * be missing.
 *
 * @example
 * ```ts
 * for await (const item of tenantItems(orm, { tenant: 'acme' })) await exportLine(item)
 * ```
 */
export async function* tenantItems(
  orm: OrmLike,
  options: TenantItemsOptions = {},
): AsyncGenerator<DocumentMap> {
  const { ctx, scope } = scopeOf(orm, options.tenant)
  for await (const page of pages(ctx, scope, options.pageSize)) yield* page
}

/**
 * Deletes everything a tenant owns, page by page through the tenant index, with the tenant scope's batch
 * deletes (ownership re-checked per 25 keys). Resolves to the number of items deleted. Run it again if
 * writes may still be arriving: the index is eventually consistent.
 *
 * @example
 * ```ts
 * const deleted = await purgeTenant(orm, { tenant: 'acme' })
 * ```
 */
export async function purgeTenant(orm: OrmLike, options: TenantItemsOptions = {}): Promise<number> {
  const { ctx, scope } = scopeOf(orm, options.tenant)
  let deleted = 0
  for await (const page of pages(ctx, scope, options.pageSize)) {
    if (page.length === 0) continue
    const keys = page.map((item) => ({
      [scope.partitionKey]: item[scope.partitionKey],
      [scope.sortKey]: item[scope.sortKey],
    }))
    await ctx.doc.batchWriteAll({
      RequestItems: { [ctx.tableName]: keys.map((Key) => ({ DeleteRequest: { Key } })) },
    })
    deleted += keys.length
  }
  return deleted
}
