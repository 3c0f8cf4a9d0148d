import { type BuilderMeta, builderMeta } from './builder-meta'
import { createDynamoConnection, type DynamoConnection } from './connection/create-connection'
import type { DriverOrm } from './orm-handle'

/**
 * The two functions of `bun-query-builder` the driver calls; pass the module itself.
 *
 * @example
 * ```ts
 * import * as bqb from 'bun-query-builder'
 *
 * const module: QueryBuilderModule<ReturnType<typeof bqb.createQueryBuilder>> = bqb
 * const db = createDynamoQueryBuilder(orm, module)
 * ```
 */
export interface QueryBuilderModule<Q> {
  createQueryBuilder(state: { sql: DynamoConnection; meta: BuilderMeta }): Q
  setConfig(config: { dialect: 'sqlite' }): void
}

type TransactionCallback<Q, R> = (tx: Q) => R | Promise<R>

/**
 * The builder with the driver's connection as `sql` (typed: the builder declares it `any`) and the
 * `transaction()` that runs through it.
 *
 * @example
 * ```ts
 * const db: DynamoQueryBuilder<ReturnType<typeof bqb.createQueryBuilder>> = createDynamoQueryBuilder(orm, bqb)
 * await db.transaction(async (tx) => {
 *   await tx.deleteFrom('posts').where({ id: 'p1' }).execute()
 * })
 * ```
 */
export type DynamoQueryBuilder<Q> = Omit<Q, 'sql' | 'transaction'> & {
  readonly sql: DynamoConnection
  transaction<R>(fn: TransactionCallback<Q, R>): Promise<R>
}

/**
 * bun-query-builder over DynamoDB: `createQueryBuilder({ sql, meta })` with the driver's connection and
 * a `meta` derived from the design. The builder's own `transaction()` opens Bun's global SQL connection
 * (it ignores the injected one in 0.1.13), so it is replaced by one that runs through `begin()`: every
 * write in the callback goes out as ONE TransactWriteItems.
 *
 * ```ts
 * import * as bqb from 'bun-query-builder'
 * const db = createDynamoQueryBuilder(orm, bqb)
 * await db.selectFrom('users').where('team_id', '=', 't1').get()
 * ```
 *
 * @example
 * ```ts
 * import * as bqb from 'bun-query-builder'
 *
 * const db = createDynamoQueryBuilder(orm, bqb)
 * await db.selectFrom('users').where('team_id', '=', 't1').get()
 * ```
 */
export function createDynamoQueryBuilder<Q extends object>(
  orm: DriverOrm,
  module: QueryBuilderModule<Q>,
): DynamoQueryBuilder<Q> {
  // The driver parses sqlite-dialect text: bare identifiers and `?` placeholders.
  module.setConfig({ dialect: 'sqlite' })
  const sql = createDynamoConnection(orm)
  const meta = builderMeta(orm.design)
  const builder = module.createQueryBuilder({ sql, meta })
  const transaction = <R>(fn: TransactionCallback<Q, R>) =>
    sql.begin((tx) => fn(module.createQueryBuilder({ sql: tx, meta })))
  return Object.assign(builder, { sql, transaction })
}
