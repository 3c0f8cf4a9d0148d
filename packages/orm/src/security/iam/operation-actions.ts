/**
 * What each ORM / CLI operation sends, as IAM actions (`dynamodb:` left off). Transactions need no action
 * of their own: IAM checks the PutItem/UpdateItem/DeleteItem/GetItem of each entry and
 * ConditionCheckItem for condition checks. PartiQL has its own actions (PartiQLSelect, ...).
 *
 * @example
 * ```ts
 * OPERATION_ACTIONS.read // ['GetItem', 'BatchGetItem', 'Query']
 * const actions = new Set(Object.values(OPERATION_ACTIONS).flat())
 * ```
 */
export const OPERATION_ACTIONS = {
  /** find, first, query builder reads, relation and eager loads, unique lookups (guard GetItem). */
  read: ['GetItem', 'BatchGetItem', 'Query'],
  /** create, save, update, delete, restore, upsert, counters (unique guards are Put/Delete too). */
  write: ['PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  /** Model.insertMany / createMany, factories and seeders (BatchWriteItem). */
  batchWrite: ['BatchWriteItem'],
  /** orm.transaction(): the item actions its entries use, plus condition checks. */
  transaction: ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'ConditionCheckItem'],
  /** query().forceScan(), whole-table exports and backfills (parallel scan). */
  scan: ['Scan'],
  /** orm.partiql(). */
  partiql: ['PartiQLSelect', 'PartiQLInsert', 'PartiQLUpdate', 'PartiQLDelete'],
  /** `dbtooling migrate`: table and index changes, TTL, the `_migrations` items. */
  migrate: [
    'DescribeTable',
    'CreateTable',
    'UpdateTable',
    'DescribeTimeToLive',
    'UpdateTimeToLive',
    'UpdateContributorInsights',
    'GetItem',
    'PutItem',
    'UpdateItem',
    'Query',
  ],
  /** orm.createTable() / dropTable() (tests, `dbtooling` dev commands). */
  createTable: ['DescribeTable', 'CreateTable'],
  dropTable: ['DescribeTable', 'DeleteTable'],
  /** exportTable / importTable in `@dbtooling/orm` transfer. */
  export: ['DescribeTable', 'Scan'],
  import: ['DescribeTable', 'BatchWriteItem', 'PutItem'],
  /** Point-in-time recovery and on-demand backups. */
  backup: [
    'DescribeContinuousBackups',
    'UpdateContinuousBackups',
    'CreateBackup',
    'DescribeBackup',
    'ListBackups',
  ],
  /** Stream consumers (e.g. an audit trail read from the stream). */
  streams: ['DescribeStream', 'GetShardIterator', 'GetRecords', 'ListStreams'],
} as const satisfies Record<string, readonly string[]>

/**
 * An operation `iamPolicy` grants: a key of `OPERATION_ACTIONS` (`read`, `write`, `batchWrite`, `transaction`,
 * `scan`, `partiql`, `migrate`, `export`, `import`, `backup`, ...).
 *
 * @example
 * ```ts
 * const operations: PolicyOperation[] = ['read', 'write', 'batchWrite']
 * iamPolicy(orm.design, { operations })
 * ```
 */
export type PolicyOperation = keyof typeof OPERATION_ACTIONS

/** Actions that read through a secondary index too (their resources include the index ARNs). */
export const INDEX_ACTIONS: ReadonlySet<string> = new Set(['Query', 'Scan'])

/** Actions on the table itself, not on items: a `dynamodb:LeadingKeys` condition cannot apply to them. */
export const TABLE_ACTIONS: ReadonlySet<string> = new Set([
  'DescribeTable',
  'CreateTable',
  'UpdateTable',
  'DeleteTable',
  'DescribeTimeToLive',
  'UpdateTimeToLive',
  'UpdateContributorInsights',
  'DescribeContinuousBackups',
  'UpdateContinuousBackups',
  'CreateBackup',
  'DescribeBackup',
  'ListBackups',
])

/** Actions whose requests carry no partition key, so a tenant cannot be pinned by LeadingKeys. */
export const UNPINNABLE_ACTIONS: ReadonlySet<string> = new Set([
  'Scan',
  'PartiQLSelect',
  'PartiQLInsert',
  'PartiQLUpdate',
  'PartiQLDelete',
  'DescribeStream',
  'GetShardIterator',
  'GetRecords',
  'ListStreams',
])
