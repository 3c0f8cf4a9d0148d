import type { OrmContext } from '../context'
import { TenantError } from './errors'
import { assertTenantId, currentTenant } from './tenant-scope'

/** What `enableTenancy` registers for an ORM's context: how to find the tenant and how to scope to one. */
export interface TenancyEntry {
  readonly resolver: (() => string | null | undefined) | undefined
  /** Builds the context of one (validated) tenant; called once per tenant, then cached. */
  readonly scope: (tenant: string) => OrmContext
  readonly scoped: Map<string, OrmContext>
}

// Kept apart from `enableTenancy` (which patches ModelBase) so low-level modules such as transactions can
// resolve a tenant without importing the model layer.
const tenancies = new WeakMap<OrmContext, TenancyEntry>()

export function registerTenancy(ctx: OrmContext, entry: TenancyEntry): void {
  tenancies.set(ctx, entry)
}

/**
 * Whether `enableTenancy` was called for this (base) context.
 *
 * @example
 * ```ts
 * if (isMultiTenant(orm.ctx)) console.log('every call needs a tenant')
 * ```
 */
export function isMultiTenant(ctx: OrmContext): boolean {
  return tenancies.has(ctx)
}

/**
 * The context for the current tenant (or `tenant`); throws MISSING_TENANT when tenancy is on and none is
 * set. A context that is not multi-tenant (or is already a tenant's) is returned as it is.
 *
 * @example
 * ```ts
 * const ctx = tenantContext(orm.ctx, 'acme')
 * const projects = await createQueryBuilder(ctx, 'Project').get()
 * ```
 */
export function tenantContext(ctx: OrmContext, tenant?: string): OrmContext {
  const entry = tenancies.get(ctx)
  if (!entry) return ctx
  const id = tenant ?? currentTenant() ?? entry.resolver?.() ?? null
  if (id === null || id === undefined) {
    throw new TenantError(
      'MISSING_TENANT',
      'no tenant is set for this multi-tenant ORM',
      'wrap the call in withTenant(id, () => ...) or pass a tenantResolver; there is no "all tenants" mode',
    )
  }
  const valid = assertTenantId(id)
  let scoped = entry.scoped.get(valid)
  if (!scoped) {
    scoped = entry.scope(valid)
    entry.scoped.set(valid, scoped)
  }
  return scoped
}
