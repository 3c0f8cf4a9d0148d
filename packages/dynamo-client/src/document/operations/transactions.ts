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

export type DocumentTransactGetItem = { Get: Replace<W.TransactGetItem['Get'], { Key: DocumentInput }> }
export type DocumentTransactWriteItem =
  | { ConditionCheck: WriteCommon & { Key: DocumentInput; ConditionExpression: string } }
  | { Put: WriteCommon & { Item: object } }
  | { Delete: WriteCommon & { Key: DocumentInput } }
  | { Update: WriteCommon & { Key: DocumentInput; UpdateExpression: string } }

export type TransactGetCommandInput = Replace<
  W.TransactGetItemsInput,
  { TransactItems: DocumentTransactGetItem[] }
>
export type TransactGetCommandOutput<T> = Replace<W.TransactGetItemsOutput, { Responses?: { Item?: T }[] }>
export type TransactWriteCommandInput = Replace<
  W.TransactWriteItemsInput,
  { TransactItems: DocumentTransactWriteItem[] }
>
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
