import type { OrmContext } from '../context'

/**
 * What a model class needs from an ORM: its context. `Orm` satisfies it.
 *
 * @example
 * ```ts
 * const handle: OrmHandle = orm
 * class User extends Model(userDefinition, handle) {}
 * ```
 */
export interface OrmHandle {
  readonly ctx: OrmContext
}

let current: OrmHandle | null = null

/**
 * The ORM that model classes without their own binding use: the last `createOrm()`, or the one set here.
 *
 * @example
 * ```ts
 * const tenantOrm = createOrm({ models: [User], design: { tableName: 'tenant-a' }, setDefault: false })
 * setDefaultOrm(tenantOrm) // User.find(id) now reads table tenant-a
 * ```
 */
export function setDefaultOrm(orm: OrmHandle | null): void {
  current = orm
}

/**
 * The ORM unbound model classes use, or null before any `createOrm()`.
 *
 * @example
 * ```ts
 * const orm = getDefaultOrm()
 * if (!orm) throw new Error('call createOrm() first')
 * ```
 */
export function getDefaultOrm(): OrmHandle | null {
  return current
}
