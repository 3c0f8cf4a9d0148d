import {
  type AttributeMap,
  type DocumentMap,
  isUnprocessedItemsError,
  type KeysAndAttributes,
} from '@dbtooling/dynamo-client'
import type { TableTarget } from '../raw/target'
import { UnprocessedKeysError } from './errors'
import { type BatchRunOptions, clientBatchOptions } from './options'

/**
 * Options of `rawBatchGet`: consistent reads, the attributes to read, and the batch retry options.
 *
 * @example
 * ```ts
 * const options: BatchGetRunOptions = { consistentRead: true, attributes: ['email'] }
 * const { items } = await rawBatchGet(orm, keys, options)
 * ```
 */
export interface BatchGetRunOptions extends BatchRunOptions {
  readonly consistentRead?: boolean
  /** Attribute names to read (the table's key attributes are always added, to match results to keys). */
  readonly attributes?: readonly string[]
}

/**
 * What `rawBatchGet` resolves to: the items found (in no particular order) and the requests sent.
 *
 * @example
 * ```ts
 * const result: BatchGetResult = await rawBatchGet(orm, [{ pk: 'USER#u1', sk: 'USER#u1' }])
 * console.log(result.items.length, result.requests)
 * ```
 */
export interface BatchGetResult<T = DocumentMap> {
  /** Items found, in no particular order (DynamoDB does not keep request order). */
  items: T[]
  /** BatchGetItem requests sent, retries included. */
  requests: number
}

/**
 * Document-level BatchGetItem for any number of keys of the ORM's table, over the client's chunking
 * (100 per request, duplicates dropped) and unprocessed-key retries. Keys still unread after every
 * retry are reported exactly, together with what was read, in an UnprocessedKeysError.
 */
export async function runBatchGet<T = DocumentMap>(
  target: TableTarget,
  keys: readonly DocumentMap[],
  options: BatchGetRunOptions = {},
): Promise<BatchGetResult<T>> {
  if (keys.length === 0) return { items: [], requests: 0 }
  const codec = target.doc.codec
  const table = target.tableName
  const spec: KeysAndAttributes = {
    Keys: keys.map((key, index) => codec.key(key, `batch get key #${index}`)),
  }
  if (options.consistentRead) spec.ConsistentRead = true
  if (options.attributes) Object.assign(spec, projection(target, options.attributes))
  try {
    const output = await target.client.batchGetAll(
      { RequestItems: { [table]: spec } },
      clientBatchOptions(options),
    )
    return { items: codec.readList<T>(output.Responses[table]), requests: output.requests }
  } catch (error) {
    if (!isUnprocessedItemsError(error)) throw error
    const read: AttributeMap[] = Object.values(error.responses).flat()
    const unread = Object.values(error.unprocessedKeys).flatMap((entry) => entry.Keys)
    throw new UnprocessedKeysError<DocumentMap, T>({
      unprocessed: codec.readList<DocumentMap>(unread),
      items: codec.readList<T>(read),
      attempts: error.attempts,
      cause: error,
    })
  }
}

function projection(target: TableTarget, attributes: readonly string[]): Partial<KeysAndAttributes> {
  const names: Record<string, string> = {}
  const wanted = new Set([target.design.partitionKey, target.design.sortKey, ...attributes])
  const parts: string[] = []
  for (const name of wanted) {
    const placeholder = `#p${parts.length}`
    names[placeholder] = name
    parts.push(placeholder)
  }
  return { ProjectionExpression: parts.join(', '), ExpressionAttributeNames: names }
}
