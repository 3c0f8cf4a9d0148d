import type { Orm } from '../orm/orm'

/** What seeding uses of an ORM: any `createOrm()` result fits, whatever its models. */
export type SeedableOrm = Pick<
  Orm,
  'ctx' | 'design' | 'client' | 'doc' | 'tableName' | 'createTable' | 'dropTable'
>
