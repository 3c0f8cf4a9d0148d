import type * as W from '../../types/index'
import type { DocumentCodec, DocumentInput, DocumentMap, Replace } from './codec'

/**
 * What `DocumentClient.get` takes: GetItem's input with a plain JS key.
 *
 * @example
 * ```ts
 * const input: GetCommandInput = { TableName: 'app', Key: { pk: 'USER#1', sk: 'USER#1' }, ConsistentRead: true }
 * const { Item } = await db.get(input)
 * ```
 */
export type GetCommandInput = Replace<W.GetItemInput, { Key: DocumentInput }>
/**
 * What `DocumentClient.get` resolves to: the item as plain JS (or none).
 *
 * @example
 * ```ts
 * const output: GetCommandOutput<{ name: string }> = await db.get({ TableName: 'app', Key: key })
 * console.log(output.Item?.name)
 * ```
 */
export type GetCommandOutput<T> = Replace<W.GetItemOutput, { Item?: T }>

/**
 * What `DocumentClient.put` takes: PutItem's input with a plain JS item and values.
 *
 * @example
 * ```ts
 * const input: PutCommandInput = { TableName: 'app', Item: { pk: 'USER#1', sk: 'USER#1', name: 'Ada' } }
 * await db.put(input)
 * ```
 */
export type PutCommandInput<T extends object = DocumentMap> = Replace<
  W.PutItemInput,
  { Item: T; ExpressionAttributeValues?: DocumentInput }
>
/**
 * What `DocumentClient.update` takes: UpdateItem's input with a plain JS key and values.
 *
 * @example
 * ```ts
 * const input: UpdateCommandInput = { TableName: 'app', Key: key, ...buildExpressions({ update: set('name', 'Ada') }) }
 * await db.update(input)
 * ```
 */
export type UpdateCommandInput = Replace<
  W.UpdateItemInput,
  { Key: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>
/**
 * What `DocumentClient.delete` takes: DeleteItem's input with a plain JS key and values.
 *
 * @example
 * ```ts
 * const input: DeleteCommandInput = { TableName: 'app', Key: { pk: 'USER#1', sk: 'USER#1' } }
 * await db.delete(input)
 * ```
 */
export type DeleteCommandInput = Replace<
  W.DeleteItemInput,
  { Key: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>

/**
 * Output of put/update/delete: `Attributes` per ReturnValues, `ItemCollectionMetrics` key as plain JS.
 *
 * @example
 * ```ts
 * const { Attributes }: WriteCommandOutput<{ views: number }> = await db.update({
 *   TableName: 'app',
 *   Key: key,
 *   ReturnValues: 'ALL_NEW',
 *   ...buildExpressions({ update: add('views', 1) }),
 * })
 * ```
 */
export type WriteCommandOutput<T> = Replace<
  W.WriteItemOutput,
  { Attributes?: T; ItemCollectionMetrics?: DocumentItemCollectionMetrics }
>

/**
 * Item collection metrics of a write, with the collection key as plain JS.
 *
 * @example
 * ```ts
 * const { ItemCollectionMetrics } = await db.put({ TableName: 'app', Item: item, ReturnItemCollectionMetrics: 'SIZE' })
 * const metrics: DocumentItemCollectionMetrics | undefined = ItemCollectionMetrics
 * ```
 */
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
