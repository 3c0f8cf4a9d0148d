import { migrateFresh } from '../migrations/execute/rollback'
import { FreshNotLocalError } from './errors'
import { endpointOf, isLocalEndpoint } from './local-endpoint'
import { type RunSeedersOptions, runSeeders, type SeedRunResult } from './run-seeders'
import type { SeedableOrm } from './seedable-orm'

/**
 * Options of `fresh`: those of `runSeeders`, plus `force` to allow a table that is not on a local endpoint.
 *
 * @example
 * ```ts
 * const options: FreshOptions = { path: 'database/seeders', seed: 1 }
 * await fresh(orm, options)
 * ```
 */
export interface FreshOptions extends RunSeedersOptions {
  /** Allow wiping a table on a non-local endpoint. */
  readonly force?: boolean
}

/**
 * `migrate:fresh --seed`: deletes the table, migrates from nothing (the migrations' `fresh`, so the design
 * and history are recorded) and seeds it. Refused with FreshNotLocalError against any endpoint but a
 * loopback one (DynamoDB Local) unless `force` is set.
 */
export async function fresh(orm: SeedableOrm, options: FreshOptions = {}): Promise<SeedRunResult> {
  const endpoint = endpointOf(orm.client)
  if (options.force !== true && !isLocalEndpoint(endpoint)) {
    throw new FreshNotLocalError(endpoint ?? 'the AWS endpoint of the region', orm.tableName)
  }
  await migrateFresh(orm, { force: true })
  return runSeeders(orm, options)
}
