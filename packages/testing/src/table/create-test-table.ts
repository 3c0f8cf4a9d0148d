import { randomBytes } from 'node:crypto'
import { DynamoClient } from '@dbtooling/dynamo-client'
import {
  type CreateOrmInput,
  createOrm,
  type ModelSources,
  migrate,
  type Orm,
  type OrmOptions,
} from '@dbtooling/orm'
import type { ResolvedConfig } from '@dbtooling/schema'
import type { MatcherOptions } from '../recorder/classify'
import { TestRecorder } from '../recorder/test-recorder'
import { assertLocalEndpoint, resolveEndpoint } from './endpoint'

/**
 * Options of `createTestTable`: the models, the endpoint (default `DYNAMODB_ENDPOINT`), a name prefix, config, ORM options, how to create the table, and whether a remote endpoint is allowed.
 *
 * @example
 * ```ts
 * const options: CreateTestTableOptions<[typeof User]> = { models: [User], prefix: 'users', via: 'migrate' }
 * const table = await createTestTable(options)
 * ```
 */
export interface CreateTestTableOptions<M extends ModelSources> {
  /** The models, as `createOrm` takes them (classes, definitions or `loadModels()` output). */
  readonly models: M
  /** Default: `DYNAMODB_ENDPOINT`, which the vitest and Jest global setups set. */
  readonly endpoint?: string
  /** Table name prefix; a timestamp and random suffix make the name unique (default `test`). */
  readonly prefix?: string
  /** dbtooling config, as `createOrm` takes it. */
  readonly config?: CreateOrmInput<M>['config']
  /** ORM options; `warn` defaults to the recorder's, so broad-read warnings are kept on `recorder.warnings`. */
  readonly options?: OrmOptions
  /** `createTable` (default: one CreateTable) or `migrate` (the migrations runner, which also records the design). */
  readonly via?: 'createTable' | 'migrate'
  /** Make this ORM the default for unbound model classes (default true, as `createOrm`). */
  readonly setDefault?: boolean
  /** Allow an endpoint that is not localhost (default false: test tables are dropped at will). */
  readonly allowRemote?: boolean
}

/**
 * A throwaway table with the models' design, its ORM and a recorder on its client.
 *
 * @example
 * ```ts
 * let table: TestTable<[typeof Team, typeof User]>
 * beforeAll(async () => {
 *   table = await createTestTable({ models: [Team, User] })
 * })
 * ```
 */
export interface TestTable<M extends ModelSources> {
  readonly orm: Orm<M>
  readonly tableName: string
  readonly endpoint: string
  /** Records every request of `orm.client` from creation on (`recorder.reset()` after seeding). */
  readonly recorder: TestRecorder
}

/** Under the `prefix` tenancy strategy keys start with `<keyPrefix>#<tenant>#`: the recorder must expect it. */
function recorderOptions(config: ResolvedConfig | null): MatcherOptions {
  const tenancy = config?.multiTenancy
  return tenancy?.enabled && tenancy.strategy === 'prefix' ? { tenantKeyPrefix: tenancy.keyPrefix } : {}
}

/**
 * A table name no other test run uses: `<prefix>-<time>-<random>`, so test files can run in parallel on one DynamoDB Local.
 *
 * @example
 * ```ts
 * const name = uniqueTableName('orders') // e.g. 'orders-m3k1x2-9f2c4a1b'
 * ```
 */
export function uniqueTableName(prefix = 'test'): string {
  return `${prefix}-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`
}

/**
 * Creates a uniquely named table from the current design on DynamoDB Local.
 *
 * @example
 * ```ts
 * const table = await createTestTable({ models: [Team, User], endpoint: testEndpoint() })
 * afterAll(() => cleanupTestTable(table))
 * ```
 */
export async function createTestTable<const M extends ModelSources>(
  input: CreateTestTableOptions<M>,
): Promise<TestTable<M>> {
  const endpoint = resolveEndpoint(input.endpoint)
  assertLocalEndpoint(endpoint, input.allowRemote ?? false)
  const tableName = uniqueTableName(input.prefix)
  const client = new DynamoClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    returnConsumedCapacity: 'TOTAL',
  })
  // The recorder needs the derived design, so the ORM's warnings reach it through this forwarder.
  let recorder: TestRecorder | undefined
  const warn = input.options?.warn ?? ((message: string) => recorder?.warn(message))
  const orm = createOrm({
    models: input.models,
    client,
    ...(input.config === undefined ? {} : { config: input.config }),
    design: { tableName },
    ...(input.setDefault === undefined ? {} : { setDefault: input.setDefault }),
    options: { ...input.options, warn },
  })
  recorder = new TestRecorder(orm.design, recorderOptions(orm.ctx.config)).attachTo(client)
  if (input.via === 'migrate') await migrate(orm)
  else await orm.createTable()
  return { orm, tableName, endpoint, recorder }
}

/**
 * Deletes the table and stops its recorder (safe to call twice).
 *
 * @example
 * ```ts
 * const table = await createTestTable({ models: [User] })
 * afterAll(() => cleanupTestTable(table))
 * ```
 */
export async function cleanupTestTable(table: {
  readonly orm: { dropTable(options?: { wait?: boolean }): Promise<boolean> }
  readonly recorder: { stop(): void }
}): Promise<void> {
  table.recorder.stop()
  await table.orm.dropTable({ wait: false })
}
