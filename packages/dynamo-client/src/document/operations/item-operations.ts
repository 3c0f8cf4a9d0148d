import type * as W from '../../types/index'
import type { DocumentCodec, DocumentInput, DocumentMap, Replace } from './codec'

export type GetCommandInput = Replace<W.GetItemInput, { Key: DocumentInput }>
export type GetCommandOutput<T> = Replace<W.GetItemOutput, { Item?: T }>

export type PutCommandInput<T extends object = DocumentMap> = Replace<
  W.PutItemInput,
  { Item: T; ExpressionAttributeValues?: DocumentInput }
>
export type UpdateCommandInput = Replace<
  W.UpdateItemInput,
  { Key: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>
export type DeleteCommandInput = Replace<
  W.DeleteItemInput,
  { Key: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>

/** Output of put/update/delete: `Attributes` per ReturnValues, `ItemCollectionMetrics` key as plain JS. */
export type WriteCommandOutput<T> = Replace<
  W.WriteItemOutput,
  { Attributes?: T; ItemCollectionMetrics?: DocumentItemCollectionMetrics }
>

export type DocumentItemCollectionMetrics = Replace<
  W.ItemCollectionMetrics,
  { ItemCollectionKey?: DocumentMap }
>

export function getToWire(input: GetCommandInput, codec: DocumentCodec): W.GetItemInput {
  return { ...input, Key: codec.key(input.Key) }
}

export function getFromWire<T>(output: W.GetItemOutput, codec: DocumentCodec): GetCommandOutput<T> {
  const { Item, ...rest } = output
  const out: GetCommandOutput<T> = rest
  if (Item !== undefined) out.Item = codec.read<T>(Item)
  return out
}

export function putToWire(input: PutCommandInput<object>, codec: DocumentCodec): W.PutItemInput {
  const wire = codec.expressions(input)
  return { ...wire, Item: codec.item(input.Item, `item for ${input.TableName}`) }
}

export function updateToWire(input: UpdateCommandInput, codec: DocumentCodec): W.UpdateItemInput {
  const wire = codec.expressions(input)
  return { ...wire, Key: codec.key(input.Key) }
}

export function deleteToWire(input: DeleteCommandInput, codec: DocumentCodec): W.DeleteItemInput {
  const wire = codec.expressions(input)
  return { ...wire, Key: codec.key(input.Key) }
}

export function writeFromWire<T>(output: W.WriteItemOutput, codec: DocumentCodec): WriteCommandOutput<T> {
  const { Attributes, ItemCollectionMetrics, ...rest } = output
  const out: WriteCommandOutput<T> = rest
  if (Attributes !== undefined) out.Attributes = codec.read<T>(Attributes)
  if (ItemCollectionMetrics !== undefined)
    out.ItemCollectionMetrics = metricsFromWire(ItemCollectionMetrics, codec)
  return out
}

export function metricsFromWire(
  metrics: W.ItemCollectionMetrics,
  codec: DocumentCodec,
): DocumentItemCollectionMetrics {
  const { ItemCollectionKey, ...rest } = metrics
  const out: DocumentItemCollectionMetrics = rest
  if (ItemCollectionKey !== undefined) out.ItemCollectionKey = codec.read<DocumentMap>(ItemCollectionKey)
  return out
}
