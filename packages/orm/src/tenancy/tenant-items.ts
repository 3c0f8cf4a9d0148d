import type { DocumentMap } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import type { AttributeScope } from './attribute/attribute-scope'
import { TenantAttributeClient } from './attribute/tenant-attribute-client'
import { TenantError } from './errors'
import type { OrmLike, TenantItemsOptions } from './tenant-index'
import { tenantContext } from './tenant-registry'

// tenantItems / purgeTenant (tenant-index.ts), loaded on their first call with the other runtimes.

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

export async function* tenantItemsOf(orm: OrmLike, options: TenantItemsOptions): AsyncGenerator<DocumentMap> {
  const { ctx, scope } = scopeOf(orm, options.tenant)
  for await (const page of pages(ctx, scope, options.pageSize)) yield* page
}

export async function purgeTenantOf(orm: OrmLike, options: TenantItemsOptions): Promise<number> {
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
