import type * as W from '../../types/index'
import type { AttributeValue } from '../attribute-value'
import type { DocumentCodec, DocumentMap, Replace } from './codec'

export type ExecuteStatementCommandInput = Replace<W.ExecuteStatementInput, { Parameters?: unknown[] }>
export type ExecuteStatementCommandOutput<T> = Replace<
  W.ExecuteStatementOutput,
  { Items?: T[]; LastEvaluatedKey?: DocumentMap }
>

export type DocumentBatchStatementRequest = Replace<W.BatchStatementRequest, { Parameters?: unknown[] }>
export type DocumentBatchStatementResponse<T> = Replace<
  W.BatchStatementResponse,
  { Item?: T; Error?: { Code?: string; Message?: string; Item?: DocumentMap } }
>
export type BatchExecuteStatementCommandInput = Replace<
  W.BatchExecuteStatementInput,
  { Statements: DocumentBatchStatementRequest[] }
>
export type BatchExecuteStatementCommandOutput<T> = Replace<
  W.BatchExecuteStatementOutput,
  { Responses?: DocumentBatchStatementResponse<T>[] }
>

export type ExecuteTransactionCommandInput = Replace<
  W.ExecuteTransactionInput,
  { TransactStatements: { Statement: string; Parameters?: unknown[] }[] }
>
export type ExecuteTransactionCommandOutput<T> = Replace<
  W.ExecuteTransactionOutput,
  { Responses?: { Item?: T }[] }
>

function withParameters<S extends { Parameters?: unknown[] }>(
  statement: S,
  codec: DocumentCodec,
): Replace<S, { Parameters?: AttributeValue[] }> {
  const { Parameters, ...rest } = statement
  const out = rest as Replace<S, { Parameters?: AttributeValue[] }>
  if (Parameters !== undefined) out.Parameters = codec.values(Parameters)
  return out
}

export function executeStatementToWire(
  input: ExecuteStatementCommandInput,
  codec: DocumentCodec,
): W.ExecuteStatementInput {
  return withParameters(input, codec)
}

export function executeStatementFromWire<T>(
  output: W.ExecuteStatementOutput,
  codec: DocumentCodec,
): ExecuteStatementCommandOutput<T> {
  const { Items, LastEvaluatedKey, ...rest } = output
  const out: ExecuteStatementCommandOutput<T> = rest
  if (Items !== undefined) out.Items = codec.readList<T>(Items)
  if (LastEvaluatedKey !== undefined) out.LastEvaluatedKey = codec.read<DocumentMap>(LastEvaluatedKey)
  return out
}

export function batchExecuteToWire(
  input: BatchExecuteStatementCommandInput,
  codec: DocumentCodec,
): W.BatchExecuteStatementInput {
  return { ...input, Statements: input.Statements.map((statement) => withParameters(statement, codec)) }
}

export function batchExecuteFromWire<T>(
  output: W.BatchExecuteStatementOutput,
  codec: DocumentCodec,
): BatchExecuteStatementCommandOutput<T> {
  const { Responses, ...rest } = output
  const out: BatchExecuteStatementCommandOutput<T> = rest
  if (Responses !== undefined) {
    out.Responses = Responses.map(({ Item, Error: error, ...response }) => {
      const converted: DocumentBatchStatementResponse<T> = response
      if (Item !== undefined) converted.Item = codec.read<T>(Item)
      if (error !== undefined) {
        const { Item: errorItem, ...detail } = error
        converted.Error =
          errorItem === undefined ? detail : { ...detail, Item: codec.read<DocumentMap>(errorItem) }
      }
      return converted
    })
  }
  return out
}

export function executeTransactionToWire(
  input: ExecuteTransactionCommandInput,
  codec: DocumentCodec,
): W.ExecuteTransactionInput {
  return {
    ...input,
    TransactStatements: input.TransactStatements.map((statement) => withParameters(statement, codec)),
  }
}

export function executeTransactionFromWire<T>(
  output: W.ExecuteTransactionOutput,
  codec: DocumentCodec,
): ExecuteTransactionCommandOutput<T> {
  const { Responses, ...rest } = output
  const out: ExecuteTransactionCommandOutput<T> = rest
  if (Responses !== undefined) {
    out.Responses = Responses.map((response) =>
      response.Item === undefined ? {} : { Item: codec.read<T>(response.Item) },
    )
  }
  return out
}
