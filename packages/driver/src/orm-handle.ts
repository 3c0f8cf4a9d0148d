import type { Orm, Transaction } from '@dbtooling/orm'

/** The table design of an ORM (`orm.design`). */
export type Design = Orm['design']
export type EntityOf = Design['entities'][string]

/**
 * What the driver needs of an ORM: any `createOrm()` result fits.
 *
 * @example
 * ```ts
 * const orm: DriverOrm = createOrm({ models, client })
 * const db = createDynamoQueryBuilder(orm, bqb)
 * ```
 */
export interface DriverOrm {
  readonly ctx: Orm['ctx']
  readonly design: Design
  readonly tableName: string
  readonly client: Orm['client']
  model(name: string): unknown
  transaction<R>(callback: (trx: Transaction) => R | Promise<R>): Promise<R>
}
