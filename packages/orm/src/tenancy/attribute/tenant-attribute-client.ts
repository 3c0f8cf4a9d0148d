import type { DynamoClient, InputOf, OperationName, OutputOf, SendOptions } from '@dbtooling/dynamo-client'
import { WrappedClient } from '../../client/wrapped-client'
import { withRuntimes } from '../../load-runtimes'
import { TenantError } from '../errors'
import type { AttributeScope } from './attribute-scope'

// The item requests a tenant scope rewrites; their rewriting (scoped-send.ts) loads on the first one.
const SCOPED = [
  'GetItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'TransactGetItems',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'TransactWriteItems',
  'BatchWriteItem',
] as const
export type ScopedOperation = (typeof SCOPED)[number]
const SCOPED_OPERATIONS = new Set<string>(SCOPED)
const PARTIQL = new Set<string>(['ExecuteStatement', 'BatchExecuteStatement', 'ExecuteTransaction'])

/**
 * One tenant's view of the ORM's client under the `attribute` strategy. Every item request is rewritten
 * before it goes out through the wrapped client (its middleware, retries, coalescing and capacity):
 * writes stamp the tenant attribute and carry `attribute_not_exists(pk) OR #tenant = :tenant`; reads
 * filter on the attribute and drop any item of another tenant from the answer. No request is added,
 * except one ownership read per BatchWriteItem (which cannot carry conditions). PartiQL is refused.
 *
 * @example
 * ```ts
 * const acme = new TenantAttributeClient(orm.client, { tenant: 'acme', attribute: 'tenantId', table: 'app', partitionKey: 'pk', sortKey: 'sk', index: null })
 * await acme.putItem({ TableName: 'app', Item: { pk: { S: 'P#1' }, sk: { S: 'P#1' } } }) // stored with tenantId 'acme'
 * const { Item } = await acme.getItem({ TableName: 'app', Key: { pk: { S: 'P#9' }, sk: { S: 'P#9' } } }) // undefined if another tenant's
 * ```
 */
export class TenantAttributeClient extends WrappedClient {
  readonly scope: AttributeScope

  constructor(inner: DynamoClient, scope: AttributeScope) {
    super(inner)
    this.scope = scope
  }

  override send<Op extends OperationName>(
    operation: Op,
    input: InputOf<Op>,
    options?: SendOptions,
  ): Promise<OutputOf<Op>> {
    if (SCOPED_OPERATIONS.has(operation)) {
      const scoped = operation as ScopedOperation
      return withRuntimes(
        (runtimes) =>
          runtimes.scopedSend(this.scope, this.inner, scoped, input, options) as Promise<OutputOf<Op>>,
      )
    }
    if (PARTIQL.has(operation)) {
      return Promise.reject(
        new TenantError(
          'UNSUPPORTED_REQUEST',
          `${operation} (PartiQL) cannot be tenant-scoped`,
          'use the model API, or orm.partiql() (not tenant-scoped) with an explicit tenant condition',
        ),
      )
    }
    // Table, backup and stream operations touch no item of a tenant.
    return this.inner.send(operation, input, options)
  }

  override toJSON(): Record<string, unknown> {
    return { ...this.inner.toJSON(), tenant: this.scope.tenant }
  }
}
