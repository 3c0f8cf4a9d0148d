import { ResourceNotFoundError } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import { lazyCall } from '../lazy-call'
import { TableDesignDiffersError } from '../migrations/errors'
import { createTableInput, ttlInput } from './create-table-input'

// The drift check plans a migration: that code loads only when a table already exists (see lazy-call.ts).
const tableDifferences = lazyCall(() => import('../lazy-subsystems').then((m) => m.tableDifferences))

/**
 * Options of `createTable`: skip an existing table (default) and wait until it is ACTIVE (default).
 *
 * @example
 * ```ts
 * const options: CreateTableOptions = { ifNotExists: true, wait: false }
 * await createTable(orm.ctx, options)
 * ```
 */
export interface CreateTableOptions {
  /** Do nothing when the table exists already (default true). */
  readonly ifNotExists?: boolean
  /** Wait until the table is ACTIVE (default true). */
  readonly wait?: boolean
}

/**
 * Creates the design's table (and enables TTL when an entity uses it). Resolves true when it created it,
 * false when it exists with this design; throws `TableDesignDiffersError` when it exists with another
 * (an index or setting missing): evolving a table is `migrate()`'s job.
 *
 * @example
 * ```ts
 * const created = await createTable(orm.ctx) // false when it exists with this design
 * ```
 */
export async function createTable(ctx: OrmContext, options: CreateTableOptions = {}): Promise<boolean> {
  if (options.ifNotExists !== false && (await tableExists(ctx))) {
    const differences = await tableDifferences(ctx)
    if (differences.length > 0) throw new TableDesignDiffersError(ctx.tableName, differences)
    return false
  }
  await ctx.client.createTable(createTableInput(ctx.design, ctx.tableName))
  if (options.wait !== false) await ctx.client.waitForTableActive(ctx.tableName)
  const ttl = ttlInput(ctx.design, ctx.tableName)
  if (ttl) await ctx.client.updateTimeToLive(ttl)
  return true
}

/**
 * Deletes the table; resolves false when it did not exist.
 *
 * @example
 * ```ts
 * await dropTable(orm.ctx, { wait: true })
 * ```
 */
export async function dropTable(ctx: OrmContext, options: { wait?: boolean } = {}): Promise<boolean> {
  try {
    await ctx.client.deleteTable({ TableName: ctx.tableName })
  } catch (error) {
    if (error instanceof ResourceNotFoundError) return false
    throw error
  }
  if (options.wait !== false) await ctx.client.waitForTableDeleted(ctx.tableName)
  return true
}

/**
 * True when the ORM's table exists (DescribeTable answered).
 *
 * @example
 * ```ts
 * if (!(await tableExists(orm.ctx))) await createTable(orm.ctx)
 * ```
 */
export async function tableExists(ctx: OrmContext): Promise<boolean> {
  try {
    await ctx.client.describeTable({ TableName: ctx.tableName })
    return true
  } catch (error) {
    if (error instanceof ResourceNotFoundError) return false
    throw error
  }
}
