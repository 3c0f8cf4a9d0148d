import type { Orm } from '../orm/orm'

/**
 * What seeding uses of an ORM: any `createOrm()` result fits, whatever its models.
 *
 * @example
 * ```ts
 * async function seedDemo(orm: SeedableOrm) {
 *   await runSeeders(orm, { path: 'database/seeders' })
 * }
 * ```
 */
export type SeedableOrm = Pick<
  Orm,
  'ctx' | 'design' | 'client' | 'doc' | 'tableName' | 'createTable' | 'dropTable'
>
