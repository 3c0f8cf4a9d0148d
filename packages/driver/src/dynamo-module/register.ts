import { DriverError } from '../errors'
import type { DriverOrm } from '../orm-handle'
import { moduleClient } from './client-adapter'
import { entityMappings } from './entity-mappings'
import type { DynamoModuleClient } from './module-types'

/**
 * Options of `registerDynamoDBDriver`: the ORM whose table, keys and client the module uses, and the module's `dynamo` client.
 *
 * @example
 * ```ts
 * const options: RegisterDynamoDBDriverOptions<typeof dynamo> = { orm, dynamo }
 * await registerDynamoDBDriver(options)
 * ```
 */
export interface RegisterDynamoDBDriverOptions<D extends DynamoModuleClient> {
  /** The ORM whose design and client the module uses (e.g. `await loadOrm()`, from dbtooling.config.ts). */
  readonly orm: DriverOrm
  /** The module's client; default: `dynamo` from `bun-query-builder/dynamodb`. */
  readonly dynamo?: D
}

/**
 * Plugs our client and design into bun-query-builder's DynamoDB module: `dynamo.connection()` gets our
 * table, key attribute names and delimiter, `registerEntity()` our key templates, and `setClient()` a
 * client backed by `@dbtooling/dynamo-client`, which also derives every key of the items it puts. Items
 * written through `dynamo` then land where the ORM reads them, and the reverse.
 *
 * @example
 * ```ts
 * import { dynamo } from 'bun-query-builder/dynamodb'
 *
 * await registerDynamoDBDriver({ orm: await loadOrm(), dynamo })
 * await dynamo.transactWrite([{ put: { entity: 'User', item: { id: 'u2', name: 'Bo', teamId: 't1' } } }])
 * ```
 */
export async function registerDynamoDBDriver<D extends DynamoModuleClient = DynamoModuleClient>(
  options: RegisterDynamoDBDriverOptions<D>,
): Promise<D> {
  const { orm } = options
  const dynamo = options.dynamo ?? ((await importModule()) as D)
  const region = await orm.client.region()
  dynamo.connection({
    region,
    table: orm.tableName,
    pkAttribute: orm.design.partitionKey,
    skAttribute: orm.design.sortKey,
    entityTypeAttribute: orm.design.entityTypeAttribute,
    keyDelimiter: orm.design.delimiter,
  })
  for (const mapping of entityMappings(orm.design)) dynamo.registerEntity(mapping)
  const codec = dynamo.getDriver()
  if (!codec) throw missingPeer(new Error('dynamo.connection() did not create a driver'))
  dynamo.setClient(moduleClient(orm, codec))
  return dynamo
}

async function importModule(): Promise<DynamoModuleClient> {
  const specifier = 'bun-query-builder/dynamodb'
  try {
    const module = (await import(specifier)) as { dynamo: DynamoModuleClient }
    return module.dynamo
  } catch (error) {
    throw missingPeer(error)
  }
}

function missingPeer(cause: unknown): DriverError {
  return new DriverError('MISSING_PEER', 'bun-query-builder/dynamodb could not be loaded', {
    cause,
    hint: 'install bun-query-builder (>= 0.1.13) and run under Bun, or pass its dynamo client as options.dynamo',
  })
}
