export { isTenantError, TenantError, type TenantErrorCode } from './errors'
export { enableTenancy, type TenancyOptions, type TenancyStrategy, tenantContext } from './tenancy'
export { tenantDesign } from './tenant-design'
export { currentTenant, withTenant } from './tenant-scope'
