import { assertTransactionLimits } from '../../limits/transaction-limits'
import type * as W from '../../types/index'
import type { DocumentCodec, DocumentInput, Replace } from './codec'
import { type DocumentItemCollectionMetrics, metricsFromWire } from './item-operations'

type WriteCommon = {
  TableName: string
  ConditionExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: DocumentInput
  ReturnValuesOnConditionCheckFailure?: W.ReturnValuesOnConditionCheckFailure
}

/**
 * One read of `DocumentClient.transactGet`, with a plain JS key.
 *
 * @example
 * ```ts
 * const read: DocumentTransactGetItem = { Get: { TableName: 'app', Key: { pk: 'USER#1', sk: 'USER#1' } } }
 * const { Responses } = await db.transactGet({ TransactItems: [read] })
 * ```
 */
export type DocumentTransactGetItem = { Get: Replace<W.TransactGetItem['Get'], { Key: DocumentInput }> }
/**
 * One action of `DocumentClient.transactWrite` (ConditionCheck, Put, Delete or Update), with plain JS keys, items and values.
 *
 * @example
 * ```ts
 * const actions: DocumentTransactWriteItem[] = [
 *   { Put: { TableName: 'app', Item: { pk: 'ORDER#1', sk: 'ORDER#1' }, ConditionExpression: 'attribute_not_exists(pk)' } },
 *   { Delete: { TableName: 'app', Key: { pk: 'CART#1', sk: 'CART#1' } } },
 * ]
 * await db.transactWrite({ TransactItems: actions })
 * ```
 */
export type DocumentTransactWriteItem =
  | { ConditionCheck: WriteCommon & { Key: DocumentInput; ConditionExpression: string } }
  | { Put: WriteCommon & { Item: object } }
  | { Delete: WriteCommon & { Key: DocumentInput } }
  | { Update: WriteCommon & { Key: DocumentInput; UpdateExpression: string } }

/**
 * What `DocumentClient.transactGet` takes: up to 100 reads with plain JS keys.
 *
 * @example
 * ```ts
 * const input: TransactGetCommandInput = { TransactItems: [{ Get: { TableName: 'app', Key: key } }] }
 * const { Responses } = await db.transactGet(input)
 * ```
 */
export type TransactGetCommandInput = Replace<
  W.TransactGetItemsInput,
  { TransactItems: DocumentTransactGetItem[] }
>
/**
 * What `DocumentClient.transactGet` resolves to: one response per read, items as plain JS.
 *
 * @example
 * ```ts
 * const output: TransactGetCommandOutput<{ name: string }> = await db.transactGet({ TransactItems: reads })
 * console.log(output.Responses?.map((response) => response.Item?.name))
 * ```
 */
export type TransactGetCommandOutput<T> = Replace<W.TransactGetItemsOutput, { Responses?: { Item?: T }[] }>
/**
 * What `DocumentClient.transactWrite` takes: up to 100 actions with plain JS keys, items and values.
 *
 * @example
 * ```ts
 * const input: TransactWriteCommandInput = { TransactItems: actions, ClientRequestToken: 'order-1' }
 * await db.transactWrite(input)
 * ```
 */
export type TransactWriteCommandInput = Replace<
  W.TransactWriteItemsInput,
  { TransactItems: DocumentTransactWriteItem[] }
>
/**
 * What `DocumentClient.transactWrite` resolves to: consumed capacity and item collection metrics (keys as plain JS).
 *
 * @example
 * ```ts
 * const output: TransactWriteCommandOutput = await db.transactWrite({ TransactItems: actions, ReturnConsumedCapacity: 'TOTAL' })
 * console.log(output.ConsumedCapacity)
 * ```
 */
export type TransactWriteCommandOutput = Replace<
  W.TransactWriteItemsOutput,
  { ItemCollectionMetrics?: Record<string, DocumentItemCollectionMetrics[]> }
>

export function transactGetToWire(
  input: TransactGetCommandInput,
  codec: DocumentCodec,
): W.TransactGetItemsInput {
  const items = input.TransactItems.map(({ Get }, index) => ({
    Get: { ...Get, Key: codec.key(Get.Key, `transaction item #${index}`) },
  }))
  if (codec.validate) assertTransactionLimits(items)
  return { ...input, TransactItems: items }
}

export function transactGetFromWire<T>(
  output: W.TransactGetItemsOutput,
  codec: DocumentCodec,
): TransactGetCommandOutput<T> {
  const { Responses, ...rest } = output
  const out: TransactGetCommandOutput<T> = rest
  if (Responses !== undefined) {
    out.Responses = Responses.map((response) =>
      response.Item === undefined ? {} : { Item: codec.read<T>(response.Item) },
    )
  }
  return out
}

export function transactWriteToWire(
  input: TransactWriteCommandInput,
  codec: DocumentCodec,
): W.TransactWriteItemsInput {
  const items = input.TransactItems.map((item, index) => writeItemToWire(item, index, codec))
  if (codec.validate) assertTransactionLimits(items)
  return { ...input, TransactItems: items }
}

function writeItemToWire(
  item: DocumentTransactWriteItem,
  index: number,
  codec: DocumentCodec,
): W.TransactWriteItem {
  const subject = `transaction item #${index}`
  if ('Put' in item) {
    const put = codec.expressions(item.Put)
    return { Put: { ...put, Item: codec.item(item.Put.Item, subject) } }
  }
  if ('Update' in item) {
    const update = codec.expressions(item.Update)
    return { Update: { ...update, Key: codec.key(item.Update.Key, subject) } }
  }
  if ('Delete' in item) {
    const remove = codec.expressions(item.Delete)
    return { Delete: { ...remove, Key: codec.key(item.Delete.Key, subject) } }
  }
  const check = codec.expressions(item.ConditionCheck)
  return { ConditionCheck: { ...check, Key: codec.key(item.ConditionCheck.Key, subject) } }
}

export function transactWriteFromWire(
  output: W.TransactWriteItemsOutput,
  codec: DocumentCodec,
): TransactWriteCommandOutput {
  const { ItemCollectionMetrics, ...rest } = output
  const out: TransactWriteCommandOutput = rest
  if (ItemCollectionMetrics !== undefined) {
    const metrics: Record<string, DocumentItemCollectionMetrics[]> = {}
    for (const table in ItemCollectionMetrics) {
      metrics[table] = ItemCollectionMetrics[table]!.map((entry) => metricsFromWire(entry, codec))
    }
    out.ItemCollectionMetrics = metrics
  }
  return out
}
