export type TenantErrorCode = 'MISSING_TENANT' | 'INVALID_TENANT'

/** A tenant-scoped ORM was used without a tenant, or with an id that cannot be part of a key. */
export class TenantError extends Error {
  readonly code: TenantErrorCode
  readonly hint: string

  constructor(code: TenantErrorCode, message: string, hint: string) {
    super(message)
    this.name = 'TenantError'
    this.code = code
    this.hint = hint
  }
}

export function isTenantError(value: unknown): value is TenantError {
  return value instanceof TenantError
}
