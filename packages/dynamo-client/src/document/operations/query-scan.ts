import type * as W from '../../types/index'
import type { DocumentCodec, DocumentInput, DocumentMap, Replace } from './codec'

/**
 * What `DocumentClient.query` takes: Query's input with plain JS values and start key.
 *
 * @example
 * ```ts
 * const input: QueryCommandInput = { TableName: 'app', ...buildExpressions({ key: eq('pk', 'USER#1') }) }
 * const { Items } = await db.query(input)
 * ```
 */
export type QueryCommandInput = Replace<
  W.QueryInput,
  { ExclusiveStartKey?: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>
/**
 * What `DocumentClient.scan` takes: Scan's input with plain JS values and start key.
 *
 * @example
 * ```ts
 * const input: ScanCommandInput = { TableName: 'app', Limit: 100 }
 * const { Items, LastEvaluatedKey } = await db.scan(input)
 * ```
 */
export type ScanCommandInput = Replace<
  W.ScanInput,
  { ExclusiveStartKey?: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>
/**
 * What `DocumentClient.query` resolves to: the items and the last evaluated key as plain JS.
 *
 * @example
 * ```ts
 * const page: QueryCommandOutput<{ title: string }> = await db.query({ TableName: 'app', ...buildExpressions({ key: eq('pk', 'USER#1') }) })
 * console.log(page.Items?.map((item) => item.title), page.LastEvaluatedKey)
 * ```
 */
export type QueryCommandOutput<T> = Replace<W.QueryOutput, { Items?: T[]; LastEvaluatedKey?: DocumentMap }>
/**
 * What `DocumentClient.scan` resolves to: the items and the last evaluated key as plain JS.
 *
 * @example
 * ```ts
 * const page: ScanCommandOutput<DocumentMap> = await db.scan({ TableName: 'app' })
 * ```
 */
export type ScanCommandOutput<T> = QueryCommandOutput<T>

export function readToWire<I extends QueryCommandInput | ScanCommandInput>(
  input: I,
  codec: DocumentCodec,
): Replace<I, { ExclusiveStartKey?: W.Key; ExpressionAttributeValues?: W.ExpressionAttributeValues }> {
  const wire = codec.expressions(input)
  const { ExclusiveStartKey: start, ...rest } = wire
  const out = rest as Replace<
    I,
    { ExclusiveStartKey?: W.Key; ExpressionAttributeValues?: W.ExpressionAttributeValues }
  >
  // The start key comes from a previous page: it is an exact key, so no size check is needed.
  if (start !== undefined) out.ExclusiveStartKey = codec.map(start)
  return out
}

export function readFromWire<T>(output: W.QueryOutput, codec: DocumentCodec): QueryCommandOutput<T> {
  const { Items, LastEvaluatedKey, ...rest } = output
  const out: QueryCommandOutput<T> = rest
  if (Items !== undefined) out.Items = codec.readList<T>(Items)
  if (LastEvaluatedKey !== undefined) out.LastEvaluatedKey = codec.read<DocumentMap>(LastEvaluatedKey)
  return out
}
