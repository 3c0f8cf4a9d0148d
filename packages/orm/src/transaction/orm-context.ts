import type { OrmContext } from '../context'
import type { OrmHandle } from '../orm/default-orm'
import { tenantContext } from '../tenancy/tenant-registry'

/**
 * An ORM (`createOrm()`'s result) or its context.
 *
 * @example
 * ```ts
 * async function countUsers(orm: OrmLike) {
 *   return createQueryBuilder(contextOf(orm), 'User').count()
 * }
 * ```
 */
export type OrmLike = OrmHandle | OrmContext

/**
 * The context to work in: the current tenant's when the ORM is multi-tenant (see `enableTenancy`).
 *
 * @example
 * ```ts
 * const ctx = contextOf(orm) // inside withTenant('acme', ...): acme's context
 * const posts = await createQueryBuilder(ctx, 'Post').get()
 * ```
 */
export function contextOf(orm: OrmLike): OrmContext {
  return tenantContext('ctx' in orm ? orm.ctx : orm)
}
