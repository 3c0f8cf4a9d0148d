import type { OrmContext } from '../context'
import { ModelBase } from '../model/model-base'
import { EncryptingClient } from '../security/encrypting-client'
import { attributeContext, resolveAttributeSettings } from './attribute/attribute-context'
import { TenantError } from './errors'
import { withDesign } from './scoped-context'
import { DEFAULT_TENANT_KEY_PREFIX, tenantDesign } from './tenant-design'
import { registerTenancy, tenantContext } from './tenant-registry'

/**
 * How tenants are kept apart: a table each (`table`), a `TENANT#<id>#` prefix on every partition key of
 * one table (`prefix`), or a tenant attribute on every item of one shared key space (`attribute`).
 *
 * @example
 * ```ts
 * const strategy: TenancyStrategy = 'table' // a table per tenant
 * enableTenancy(orm, { strategy, tableName: (table, tenant) => `${table}-${tenant}` })
 * ```
 */
export type TenancyStrategy = 'table' | 'prefix' | 'attribute'

/**
 * Options of `enableTenancy`: the strategy, how the current tenant is found, and the strategy's names (table names, tenant attribute, key prefix).
 *
 * @example
 * ```ts
 * const options: TenancyOptions = { strategy: 'attribute', attribute: 'orgId' }
 * enableTenancy(orm, options)
 * ```
 */
export interface TenancyOptions {
  readonly strategy: TenancyStrategy
  /** The tenant when no `withTenant()` scope is active (e.g. from the request); null/undefined = none. */
  readonly tenantResolver?: () => string | null | undefined
  /** `table` strategy: the table of a tenant (default `<table>_<tenant>`). */
  readonly tableName?: (table: string, tenant: string) => string
  /** `attribute` strategy: the attribute holding the tenant id on every item (default `tenantId`). */
  readonly attribute?: string
  /**
   * `attribute` strategy: name of a GSI of the design whose partition key is the tenant attribute (declare
   * it with the design's `globalIndexes`), used by `tenantItems` / `purgeTenant`.
   */
  readonly index?: string
  /**
   * `prefix` strategy: the key segment before the tenant id (default `TENANT`, so `TENANT#<id>#USER#1`);
   * `attribute` strategy: the same for unique guard keys.
   */
  readonly keyPrefix?: string
}

function checkKeyPrefix(ctx: OrmContext, keyPrefix: string | undefined): void {
  if (keyPrefix === undefined) return
  if (keyPrefix === '' || keyPrefix.includes(ctx.design.delimiter)) {
    throw new TenantError(
      'INVALID_OPTIONS',
      `keyPrefix "${keyPrefix}" is empty or holds the key delimiter "${ctx.design.delimiter}"`,
      "use a plain segment such as 'TENANT' or 'ORG'",
    )
  }
}

function scopeFor(ctx: OrmContext, options: TenancyOptions): (tenant: string) => OrmContext {
  checkKeyPrefix(ctx, options.keyPrefix)
  switch (options.strategy) {
    case 'table':
      return (tenant) => ({
        ...ctx,
        tableName: options.tableName?.(ctx.tableName, tenant) ?? `${ctx.tableName}_${tenant}`,
      })
    case 'prefix':
      registerTenantPrefix(ctx, options.keyPrefix ?? DEFAULT_TENANT_KEY_PREFIX)
      return (tenant) => withDesign(ctx, tenantDesign(ctx.design, tenant, options.keyPrefix))
    case 'attribute': {
      const settings = { ...resolveAttributeSettings(ctx.design, options), keyPrefix: options.keyPrefix }
      return (tenant) => attributeContext(ctx, settings, tenant)
    }
  }
}

/** Field encryption ties an update to its model by key; tenant keys carry this prefix before it. */
function registerTenantPrefix(ctx: OrmContext, keyPrefix: string): void {
  if (ctx.client instanceof EncryptingClient) ctx.client.resolver.addTenantPrefix(keyPrefix)
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
 * runs in the current tenant's table, key space or items, and a call without a tenant throws MISSING_TENANT.
 *
 * @example
 * ```ts
 * enableTenancy(orm, { strategy: 'prefix', tenantResolver: () => currentRequest()?.tenant })
 * await withTenant('acme', () => Project.create({ name: 'Launch' })) // pk = TENANT#acme#PROJECT#<id>
 * ```
 */
export function enableTenancy(orm: { readonly ctx: OrmContext }, options: TenancyOptions): void {
  const scope = scopeFor(orm.ctx, options)
  installTenancyHook()
  registerTenancy(orm.ctx, { resolver: options.tenantResolver, scope, scoped: new Map() })
}
