import {
  ConditionalCheckFailedError,
  type DynamoClient,
  type InputOf,
  type OperationName,
  type OutputOf,
  type SendOptions,
  type WriteItemOutput,
} from '@dbtooling/dynamo-client'
import type { AttributeScope } from './attribute-scope'
import { hideForeignItems } from './hide-foreign'
import { ownedBatchGet, ownedTransactGet, scopeBatchGet, scopeTransactGet } from './scope-batch-reads'
import { scopedBatchWrite } from './scope-batch-write'
import { ownedItem, ownedPage, scopeGet, scopeQuery } from './scope-reads'
import { scopeDelete, scopePut, scopeTransactItem, scopeUpdate } from './scope-writes'
import type { ScopedOperation } from './tenant-attribute-client'

type Send = <Op extends OperationName>(
  op: Op,
  input: InputOf<Op>,
  options?: SendOptions,
) => Promise<OutputOf<Op>>
type Handler = (
  scope: AttributeScope,
  send: Send,
  inner: DynamoClient,
  input: never,
  options?: SendOptions,
) => Promise<unknown>

/** Sends a write; a failure that names another tenant's item is reported without it. */
async function write<Op extends OperationName>(
  scope: AttributeScope,
  send: Send,
  operation: Op,
  input: InputOf<Op>,
  options: SendOptions | undefined,
): Promise<OutputOf<Op>> {
  try {
    return await send(operation, input, options)
  } catch (error) {
    throw hideForeignItems(scope, error)
  }
}

const HANDLERS: Record<ScopedOperation, Handler> = {
  GetItem: async (scope, send, _inner, input: InputOf<'GetItem'>, options) => {
    const scoped = scopeGet(scope, input)
    const output = await send('GetItem', scoped.input, options)
    const item = ownedItem(scope, output.Item, scoped.added)
    if (item === output.Item) return output
    const { Item: _dropped, ...rest } = output
    return item === undefined ? rest : { ...rest, Item: item }
  },
  Query: (scope, send, _inner, input: InputOf<'Query'>, options) =>
    read(scope, send, 'Query', input, options),
  Scan: (scope, send, _inner, input: InputOf<'Scan'>, options) => read(scope, send, 'Scan', input, options),
  BatchGetItem: async (scope, send, _inner, input: InputOf<'BatchGetItem'>, options) => {
    const scoped = scopeBatchGet(scope, input)
    return ownedBatchGet(scope, input, await send('BatchGetItem', scoped.input, options), scoped.added)
  },
  TransactGetItems: async (scope, send, _inner, input: InputOf<'TransactGetItems'>, options) => {
    const scoped = scopeTransactGet(scope, input)
    return ownedTransactGet(scope, await send('TransactGetItems', scoped.input, options), scoped.added)
  },
  PutItem: (scope, send, _inner, input: InputOf<'PutItem'>, options) =>
    write(scope, send, 'PutItem', scopePut(scope, input), options),
  UpdateItem: (scope, send, _inner, input: InputOf<'UpdateItem'>, options) =>
    write(scope, send, 'UpdateItem', scopeUpdate(scope, input), options),
  DeleteItem: async (scope, send, _inner, input: InputOf<'DeleteItem'>, options) => {
    try {
      return await write(scope, send, 'DeleteItem', scopeDelete(scope, input), options)
    } catch (error) {
      // Without a condition of its own, only the tenant's failed: the item is another tenant's, and
      // deleting a missing item succeeds with nothing deleted.
      if (error instanceof ConditionalCheckFailedError && !input.ConditionExpression)
        return {} as WriteItemOutput
      throw error
    }
  },
  TransactWriteItems: (scope, send, _inner, input: InputOf<'TransactWriteItems'>, options) => {
    const TransactItems = input.TransactItems.map((item) => scopeTransactItem(scope, item))
    return write(scope, send, 'TransactWriteItems', { ...input, TransactItems }, options)
  },
  BatchWriteItem: (scope, _send, inner, input: InputOf<'BatchWriteItem'>, options) =>
    scopedBatchWrite(scope, inner, input, options),
}

async function read(
  scope: AttributeScope,
  send: Send,
  operation: 'Query' | 'Scan',
  input: InputOf<'Query'>,
  options: SendOptions | undefined,
): Promise<OutputOf<'Query'>> {
  const scoped = scopeQuery(scope, operation, input)
  if (scoped.empty) return { Items: input.Select === 'COUNT' ? undefined : [], Count: 0, ScannedCount: 0 }
  return ownedPage(scope, await send(operation, scoped.input, options), scoped.added)
}

/**
 * Sends one item request of a tenant through `inner`, rewritten for the tenant's scope (see
 * TenantAttributeClient, which loads this on its first item request).
 */
export function scopedSend(
  scope: AttributeScope,
  inner: DynamoClient,
  operation: ScopedOperation,
  input: unknown,
  options: SendOptions | undefined,
): Promise<unknown> {
  const send: Send = (op, request, sendOptions) => inner.send(op, request, sendOptions)
  return HANDLERS[operation](scope, send, inner, input as never, options)
}
