import type { OrmContext } from '../context'
import { ModelBase } from '../model/model-base'
import { type CompiledEntity, compileEntity } from '../storage/compiled-entity'
import { TenantError } from './errors'
import { tenantDesign } from './tenant-design'
import { assertTenantId, currentTenant } from './tenant-scope'

/** How tenants are kept apart: a table each, or a `TENANT#<id>#` prefix on every partition key of one table. */
export type TenancyStrategy = 'table' | 'prefix'

export interface TenancyOptions {
  readonly strategy: TenancyStrategy
  /** The tenant when no `withTenant()` scope is active (e.g. from the request); null/undefined = none. */
  readonly tenantResolver?: () => string | null | undefined
  /** `table` strategy: the table of a tenant (default `<table>_<tenant>`). */
  readonly tableName?: (table: string, tenant: string) => string
}

interface Tenancy {
  readonly options: TenancyOptions
  readonly scoped: Map<string, OrmContext>
}

const tenancies = new WeakMap<OrmContext, Tenancy>()

function scopedContext(ctx: OrmContext, tenancy: Tenancy, tenant: string): OrmContext {
  const { options } = tenancy
  if (options.strategy === 'table') {
    const tableName = options.tableName?.(ctx.tableName, tenant) ?? `${ctx.tableName}_${tenant}`
    return { ...ctx, tableName }
  }
  const design = tenantDesign(ctx.design, tenant)
  const entities = new Map<string, CompiledEntity>()
  for (const name of ctx.entityNames) {
    const base = ctx.entity(name)
    entities.set(name, compileEntity(design, design.entities[name]!, base.definition))
  }
  return {
    ...ctx,
    design,
    entity(name) {
      return entities.get(name) ?? ctx.entity(name)
    },
  }
}

/** The context for the current tenant (or `tenant`); throws MISSING_TENANT when tenancy is on and none is set. */
export function tenantContext(ctx: OrmContext, tenant?: string): OrmContext {
  const tenancy = tenancies.get(ctx)
  if (!tenancy) return ctx
  const id = tenant ?? currentTenant() ?? tenancy.options.tenantResolver?.() ?? null
  if (id === null || id === undefined) {
    throw new TenantError(
      'MISSING_TENANT',
      'no tenant is set for this multi-tenant ORM',
      'wrap the call in withTenant(id, () => ...) or pass a tenantResolver; there is no "all tenants" mode',
    )
  }
  const valid = assertTenantId(id)
  let scoped = tenancy.scoped.get(valid)
  if (!scoped) {
    scoped = scopedContext(ctx, tenancy, valid)
    tenancy.scoped.set(valid, scoped)
  }
  return scoped
}

let installed = false

/** Routes every model's context through `tenantContext` (models resolve their context on each call). */
function installTenancyHook(): void {
  if (installed) return
  installed = true
  const original = ModelBase.ctx
  ModelBase.ctx = function (this: typeof ModelBase) {
    return tenantContext(original.call(this))
  }
}

/**
 * Makes an ORM multi-tenant: from now on every model read, write, batch, transaction and relation load
 * runs in the current tenant's table or key space, and a call without a tenant throws MISSING_TENANT.
 */
export function enableTenancy(orm: { readonly ctx: OrmContext }, options: TenancyOptions): void {
  installTenancyHook()
  tenancies.set(orm.ctx, { options, scoped: new Map() })
}
