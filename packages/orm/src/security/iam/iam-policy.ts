import type { TableDesign } from '@dbtooling/schema'
import { SecurityError } from '../errors'
import {
  INDEX_ACTIONS,
  OPERATION_ACTIONS,
  type PolicyOperation,
  TABLE_ACTIONS,
  UNPINNABLE_ACTIONS,
} from './operation-actions'

/**
 * Options of `iamPolicy`: the operations the service runs, an optional tenant to pin item access to, the ARN
 * parts (account, region, partition; `*` by default) and a KMS key for field encryption.
 *
 * @example
 * ```ts
 * const options: IamPolicyOptions = { operations: ['read', 'write'], tenant: { id: '${aws:PrincipalTag/tenant}' }, region: 'eu-west-1' }
 * const policy = iamPolicy(orm.design, options)
 * ```
 */
export interface IamPolicyOptions {
  /** The code paths the service uses; only their actions are granted. */
  readonly operations: readonly PolicyOperation[]
  /**
   * Pins item access to one tenant's partitions under the `prefix` strategy: `{ id: 'acme' }` or a policy
   * variable (`{ id: '${aws:PrincipalTag/tenant}' }`); `keyPrefix` as in enableTenancy (default `TENANT`).
   */
  readonly tenant?: { readonly id: string; readonly keyPrefix?: string }
  /** ARN parts; `*` by default, so the policy is valid in any account and region. */
  readonly region?: string
  readonly account?: string
  readonly partition?: string
  /** Also allow kms:GenerateDataKey and kms:Decrypt on this key (field encryption). */
  readonly kmsKeyArn?: string
}

/**
 * One statement of an `IamPolicy`: allowed actions on resources, with the `dynamodb:LeadingKeys` condition when
 * a tenant is pinned.
 *
 * @example
 * ```ts
 * const statement: IamStatement = {
 *   Sid: 'Items',
 *   Effect: 'Allow',
 *   Action: ['dynamodb:GetItem', 'dynamodb:Query'],
 *   Resource: ['arn:aws:dynamodb:*:*:table/app', 'arn:aws:dynamodb:*:*:table/app/index/GSI1'],
 * }
 * ```
 */
export interface IamStatement {
  Sid: string
  Effect: 'Allow'
  Action: string[]
  Resource: string[]
  Condition?: Record<string, Record<string, string[]>>
}

/**
 * An IAM policy document as `iamPolicy` returns it: `JSON.stringify` it into a role's inline policy or an IaC
 * template.
 *
 * @example
 * ```ts
 * const policy: IamPolicy = iamPolicy(orm.design, { operations: ['read'] })
 * writeFileSync('policy.json', JSON.stringify(policy, null, 2))
 * ```
 */
export interface IamPolicy {
  Version: '2012-10-17'
  Statement: IamStatement[]
}

/**
 * The least-privilege IAM policy for a service that runs the given operations on a design: the actions
 * those operations send (see OPERATION_ACTIONS), on the table ARN, and on its index ARNs only for the
 * actions that read indexes. With `tenant`, item actions carry `ForAllValues:StringLike` on
 * `dynamodb:LeadingKeys` = `TENANT#<id>#*`; operations whose requests carry no partition key (Scan,
 * PartiQL, streams) would pass such a condition vacuously, so they are refused with a tenant.
 *
 * @example
 * ```ts
 * const policy = iamPolicy(orm.design, { operations: ['read', 'write', 'transaction'], account: '123456789012' })
 * // { Version: '2012-10-17', Statement: [{ Sid: 'Items', Effect: 'Allow', Action: ['dynamodb:BatchGetItem', ...], Resource: [...] }] }
 * ```
 */
export function iamPolicy(design: TableDesign, options: IamPolicyOptions): IamPolicy {
  if (options.tenant) checkTenantOperations(options.operations)
  const actions = actionsFor(options.operations)
  const arn = tableArn(design.tableName, options)
  const indexArns = [...design.globalIndexes, ...design.localIndexes].map(
    (index) => `${arn}/index/${index.name}`,
  )
  const table = actions.filter((action) => TABLE_ACTIONS.has(action))
  const items = actions.filter((action) => !TABLE_ACTIONS.has(action) && !action.startsWith('streams:'))
  const statements: IamStatement[] = []
  if (items.length > 0) {
    const reads = items.some((action) => INDEX_ACTIONS.has(action)) ? indexArns : []
    const statement: IamStatement = {
      Sid: 'Items',
      Effect: 'Allow',
      Action: items.map((action) => `dynamodb:${action}`),
      Resource: [arn, ...reads],
    }
    if (options.tenant) statement.Condition = tenantCondition(design, items, options.tenant)
    statements.push(statement)
  }
  if (table.length > 0) {
    statements.push({
      Sid: 'Table',
      Effect: 'Allow',
      Action: table.map((a) => `dynamodb:${a}`),
      Resource: [arn],
    })
  }
  const streams = actions.filter((action) => action.startsWith('streams:'))
  if (streams.length > 0) {
    const Action = streams.map((action) => `dynamodb:${action.slice('streams:'.length)}`)
    statements.push({ Sid: 'Streams', Effect: 'Allow', Action, Resource: [`${arn}/stream/*`] })
  }
  if (options.kmsKeyArn) {
    const Action = ['kms:Decrypt', 'kms:GenerateDataKey']
    statements.push({ Sid: 'FieldEncryption', Effect: 'Allow', Action, Resource: [options.kmsKeyArn] })
  }
  return { Version: '2012-10-17', Statement: statements }
}

function actionsFor(operations: readonly PolicyOperation[]): string[] {
  const out = new Set<string>()
  for (const operation of operations) {
    const actions: readonly string[] | undefined = OPERATION_ACTIONS[operation]
    if (!actions) {
      throw new SecurityError(
        'UNKNOWN_OPERATION',
        `iamPolicy does not know the operation '${String(operation)}'`,
        `use some of: ${Object.keys(OPERATION_ACTIONS).join(', ')}`,
      )
    }
    for (const action of actions) out.add(operation === 'streams' ? `streams:${action}` : action)
  }
  return [...out].sort()
}

function tenantCondition(
  design: TableDesign,
  items: readonly string[],
  tenant: NonNullable<IamPolicyOptions['tenant']>,
): NonNullable<IamStatement['Condition']> {
  const unpinnable = items.filter((action) => UNPINNABLE_ACTIONS.has(action))
  if (unpinnable.length > 0) throw notPinnable(unpinnable.join(', '))
  const delimiter = design.delimiter
  const prefix = `${tenant.keyPrefix ?? 'TENANT'}${delimiter}${tenant.id}${delimiter}*`
  return { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [prefix] } }
}

/** Admin operations touch items outside any tenant's prefix (`_migrations`, whole-table copies). */
const ADMIN_OPERATIONS: ReadonlySet<string> = new Set([
  'scan',
  'partiql',
  'migrate',
  'export',
  'import',
  'backup',
  'streams',
  'createTable',
  'dropTable',
])

function checkTenantOperations(operations: readonly PolicyOperation[]): void {
  const admin = operations.filter((operation) => ADMIN_OPERATIONS.has(operation))
  if (admin.length > 0) throw notPinnable(admin.join(', '))
}

function notPinnable(what: string): SecurityError {
  return new SecurityError(
    'INVALID_SECURITY_OPTIONS',
    `${what} cannot be pinned to a tenant: these requests carry no tenant partition key (a LeadingKeys condition would pass vacuously or block them)`,
    'give a tenant role read / write / batchWrite / transaction only, and run admin operations under a separate role',
  )
}

function tableArn(table: string, options: IamPolicyOptions): string {
  const partition = options.partition ?? 'aws'
  return `arn:${partition}:dynamodb:${options.region ?? '*'}:${options.account ?? '*'}:table/${table}`
}
