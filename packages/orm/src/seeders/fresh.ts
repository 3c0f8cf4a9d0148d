import { FreshNotLocalError } from './errors'
import { endpointOf, isLocalEndpoint } from './local-endpoint'
import { type RunSeedersOptions, runSeeders, type SeedRunResult } from './run-seeders'
import type { SeedableOrm } from './seedable-orm'

export interface FreshOptions extends RunSeedersOptions {
  /** Allow wiping a table on a non-local endpoint. */
  readonly force?: boolean
}

/**
 * Drops the table, creates it from the design and seeds it. Refused with FreshNotLocalError against any
 * endpoint but a loopback one (DynamoDB Local) unless `force` is set. The table is created with
 * `orm.createTable()`; migrations are not run.
 */
export async function fresh(orm: SeedableOrm, options: FreshOptions = {}): Promise<SeedRunResult> {
  const endpoint = endpointOf(orm.client)
  if (options.force !== true && !isLocalEndpoint(endpoint)) {
    throw new FreshNotLocalError(endpoint ?? 'the AWS endpoint of the region', orm.tableName)
  }
  await orm.dropTable({ wait: true })
  await orm.createTable()
  return runSeeders(orm, options)
}
