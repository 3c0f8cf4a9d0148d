import type * as W from '../../types/index'
import type { DocumentCodec, DocumentInput, DocumentMap, Replace } from './codec'

export type QueryCommandInput = Replace<
  W.QueryInput,
  { ExclusiveStartKey?: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>
export type ScanCommandInput = Replace<
  W.ScanInput,
  { ExclusiveStartKey?: DocumentInput; ExpressionAttributeValues?: DocumentInput }
>
export type QueryCommandOutput<T> = Replace<W.QueryOutput, { Items?: T[]; LastEvaluatedKey?: DocumentMap }>
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
