import {
  type AttributeMap,
  type BatchWriteItemInput,
  type BatchWriteItemOutput,
  ConditionalCheckFailedError,
  type DynamoClient,
  type SendOptions,
  type WriteRequest,
} from '@dbtooling/dynamo-client'
import { type AttributeScope, assertScopable, isOwned, stampItem } from './attribute-scope'

function keyOf(scope: AttributeScope, request: WriteRequest): AttributeMap {
  const item = 'PutRequest' in request ? request.PutRequest.Item : request.DeleteRequest.Key
  const key: AttributeMap = {}
  for (const name of [scope.partitionKey, scope.sortKey]) {
    const value = item[name]
    if (value !== undefined) key[name] = value
  }
  return key
}

function keyId(scope: AttributeScope, key: AttributeMap): string {
  return JSON.stringify([key[scope.partitionKey], key[scope.sortKey]])
}

/** Ids of the keys whose stored item exists and belongs to someone else (one consistent BatchGetItem). */
async function foreignKeys(
  scope: AttributeScope,
  inner: DynamoClient,
  keys: readonly AttributeMap[],
  options: SendOptions | undefined,
): Promise<Set<string>> {
  const output = await inner.batchGetAll(
    {
      RequestItems: {
        [scope.table]: {
          Keys: [...keys],
          ConsistentRead: true,
          ProjectionExpression: '#k0, #k1, #k2',
          ExpressionAttributeNames: {
            '#k0': scope.partitionKey,
            '#k1': scope.sortKey,
            '#k2': scope.attribute,
          },
        },
      },
    },
    options?.signal ? { signal: options.signal } : {},
  )
  const foreign = new Set<string>()
  for (const item of output.Responses[scope.table] ?? []) {
    if (!isOwned(scope, item)) foreign.add(keyId(scope, item))
  }
  return foreign
}

/**
 * BatchWriteItem takes no conditions, so ownership is checked by reading the chunk's keys first (one
 * strongly consistent BatchGetItem per chunk of at most 25): deletes of another tenant's items are dropped,
 * as deleting a missing item would be; a put over another tenant's item fails the chunk before anything
 * of it is written. Puts are stamped with the tenant. (A key another tenant creates between the read and
 * the write can still be replaced; with generated ids that cannot be aimed at.)
 */
export async function scopedBatchWrite(
  scope: AttributeScope,
  inner: DynamoClient,
  input: BatchWriteItemInput,
  options: SendOptions | undefined,
): Promise<BatchWriteItemOutput> {
  for (const TableName of Object.keys(input.RequestItems))
    assertScopable(scope, 'BatchWriteItem', { TableName })
  const requests = (input.RequestItems[scope.table] ?? []).map(
    (request): WriteRequest =>
      'PutRequest' in request ? { PutRequest: { Item: stampItem(scope, request.PutRequest.Item) } } : request,
  )
  if (requests.length === 0) return inner.send('BatchWriteItem', input, options)
  const foreign = await foreignKeys(
    scope,
    inner,
    requests.map((request) => keyOf(scope, request)),
    options,
  )
  const blocked = requests.filter(
    (request) => 'PutRequest' in request && foreign.has(keyId(scope, keyOf(scope, request))),
  )
  if (blocked.length > 0) {
    throw new ConditionalCheckFailedError({
      message: `BatchWriteItem: ${blocked.length} put(s) address keys that are taken; none of the writes of this request (at most 25) was sent`,
      operation: 'BatchWriteItem',
    })
  }
  const kept = requests.filter((request) => !foreign.has(keyId(scope, keyOf(scope, request))))
  if (kept.length === 0) return {}
  return inner.send('BatchWriteItem', { ...input, RequestItems: { [scope.table]: kept } }, options)
}
