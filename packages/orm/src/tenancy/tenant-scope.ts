import { AsyncLocalStorage } from 'node:async_hooks'
import { TenantError } from './errors'

const storage = new AsyncLocalStorage<string>()
const VALID = /^[A-Za-z0-9_.-]{1,64}$/

/** Checks a tenant id once, where it enters: it becomes part of keys or table names. */
export function assertTenantId(id: unknown): string {
  if (typeof id === 'string' && VALID.test(id)) return id
  throw new TenantError(
    'INVALID_TENANT',
    `invalid tenant id ${JSON.stringify(id)}`,
    'tenant ids are 1-64 characters of letters, digits, _ . and - (they become part of keys and table names)',
  )
}

/**
 * Runs `fn` with `id` as the current tenant (AsyncLocalStorage: follows awaits, not shared across requests).
 *
 * @example
 * ```ts
 * const projects = await withTenant('acme', () => Project.query().get())
 * ```
 */
export function withTenant<T>(id: string, fn: () => Promise<T> | T): Promise<T> {
  let tenant: string
  try {
    tenant = assertTenantId(id)
  } catch (error) {
    return Promise.reject(error)
  }
  return storage.run(tenant, async () => fn())
}

/**
 * The tenant set by the innermost `withTenant()`, or undefined.
 *
 * @example
 * ```ts
 * await withTenant('acme', async () => {
 *   console.log(currentTenant()) // 'acme'
 * })
 * ```
 */
export function currentTenant(): string | undefined {
  return storage.getStore()
}
