import { OrmError } from '../errors/orm-error'

/**
 * Codes a `TenantError` can carry; narrow on `code`.
 *
 * @example
 * ```ts
 * function tenantCode(error: unknown): TenantErrorCode | null {
 *   return isTenantError(error) ? error.code : null
 * }
 * ```
 */
export type TenantErrorCode =
  | 'MISSING_TENANT'
  | 'INVALID_TENANT'
  /** `attribute` strategy: a write names another tenant in the tenant attribute, or changes it. */
  | 'TENANT_MISMATCH'
  /** `attribute` strategy: a request the tenant scope cannot rewrite safely (PartiQL, legacy parameters, other tables). */
  | 'UNSUPPORTED_REQUEST'
  /** `enableTenancy` options that cannot work with the design (e.g. an `index` the design does not have). */
  | 'INVALID_OPTIONS'

/**
 * A tenant-scoped ORM was used without a tenant, with an id that cannot be part of a key, or across tenants.
 *
 * @example
 * ```ts
 * try {
 *   await Project.find(id) // outside withTenant(...)
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MISSING_TENANT') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class TenantError extends OrmError {
  declare readonly code: TenantErrorCode

  constructor(code: TenantErrorCode, message: string, hint: string) {
    super(code, { message, hint })
    this.name = 'TenantError'
  }
}

/**
 * True when `error` is a `TenantError` (a tenant-scoped ORM used without a tenant, or across tenants).
 *
 * @example
 * ```ts
 * try {
 *   await Project.find(id) // outside withTenant(...)
 * } catch (error) {
 *   if (isTenantError(error) && error.code === 'MISSING_TENANT') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export function isTenantError(value: unknown): value is TenantError {
  return value instanceof TenantError
}
