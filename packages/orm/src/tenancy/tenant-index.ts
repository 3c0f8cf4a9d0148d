import type { DocumentMap } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { withRuntimes } from '../load-runtimes'

export type OrmLike = { readonly ctx: OrmContext } | OrmContext

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
  // The reading loads on the first next(), where the generator's checks ran before.
  yield* await withRuntimes(async (runtimes) => runtimes.tenantItemsOf(orm, options))
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
export function purgeTenant(orm: OrmLike, options: TenantItemsOptions = {}): Promise<number> {
  return withRuntimes((runtimes) => runtimes.purgeTenantOf(orm, options))
}
