import type * as W from '../../types/index'
import type { AttributeValue } from '../attribute-value'
import type { DocumentCodec, DocumentMap, Replace } from './codec'

/**
 * What `DocumentClient.executeStatement` takes: one PartiQL statement with plain JS parameters.
 *
 * @example
 * ```ts
 * const input: ExecuteStatementCommandInput = { Statement: 'SELECT * FROM "app" WHERE pk = ?', Parameters: ['USER#1'] }
 * const { Items } = await db.executeStatement(input)
 * ```
 */
export type ExecuteStatementCommandInput = Replace<W.ExecuteStatementInput, { Parameters?: unknown[] }>
/**
 * What `DocumentClient.executeStatement` resolves to: the items as plain JS and the token of the next page.
 *
 * @example
 * ```ts
 * const output: ExecuteStatementCommandOutput<{ name: string }> = await db.executeStatement({ Statement: 'SELECT * FROM "app"' })
 * console.log(output.Items?.length, output.NextToken)
 * ```
 */
export type ExecuteStatementCommandOutput<T> = Replace<
  W.ExecuteStatementOutput,
  { Items?: T[]; LastEvaluatedKey?: DocumentMap }
>

/**
 * One PartiQL statement of a batch, with plain JS parameters.
 *
 * @example
 * ```ts
 * const statement: DocumentBatchStatementRequest = { Statement: 'DELETE FROM "app" WHERE pk = ? AND sk = ?', Parameters: ['A', 'A'] }
 * ```
 */
export type DocumentBatchStatementRequest = Replace<W.BatchStatementRequest, { Parameters?: unknown[] }>
/**
 * The answer to one statement of a batch: its item, or its error, as plain JS.
 *
 * @example
 * ```ts
 * const [first]: DocumentBatchStatementResponse<DocumentMap>[] = (await db.batchExecuteStatement({ Statements: statements })).Responses ?? []
 * ```
 */
export type DocumentBatchStatementResponse<T> = Replace<
  W.BatchStatementResponse,
  { Item?: T; Error?: { Code?: string; Message?: string; Item?: DocumentMap } }
>
/**
 * What `DocumentClient.batchExecuteStatement` takes: PartiQL statements with plain JS parameters.
 *
 * @example
 * ```ts
 * const input: BatchExecuteStatementCommandInput = {
 *   Statements: [{ Statement: 'SELECT * FROM "app" WHERE pk = ? AND sk = ?', Parameters: ['USER#1', 'USER#1'] }],
 * }
 * const { Responses } = await db.batchExecuteStatement(input)
 * ```
 */
export type BatchExecuteStatementCommandInput = Replace<
  W.BatchExecuteStatementInput,
  { Statements: DocumentBatchStatementRequest[] }
>
/**
 * What `DocumentClient.batchExecuteStatement` resolves to: one response per statement, items as plain JS.
 *
 * @example
 * ```ts
 * const output: BatchExecuteStatementCommandOutput<{ name: string }> = await db.batchExecuteStatement({ Statements: statements })
 * for (const response of output.Responses ?? []) console.log(response.Item?.name ?? response.Error?.Code)
 * ```
 */
export type BatchExecuteStatementCommandOutput<T> = Replace<
  W.BatchExecuteStatementOutput,
  { Responses?: DocumentBatchStatementResponse<T>[] }
>

/**
 * What `DocumentClient.executeTransaction` takes: PartiQL statements run as one transaction, with plain JS parameters.
 *
 * @example
 * ```ts
 * const input: ExecuteTransactionCommandInput = {
 *   TransactStatements: [{ Statement: 'UPDATE "app" SET n = ? WHERE pk = ? AND sk = ?', Parameters: [1, 'A', 'A'] }],
 * }
 * await db.executeTransaction(input)
 * ```
 */
export type ExecuteTransactionCommandInput = Replace<
  W.ExecuteTransactionInput,
  { TransactStatements: { Statement: string; Parameters?: unknown[] }[] }
>
/**
 * What `DocumentClient.executeTransaction` resolves to: one response per statement, items as plain JS.
 *
 * @example
 * ```ts
 * const output: ExecuteTransactionCommandOutput<DocumentMap> = await db.executeTransaction({ TransactStatements: statements })
 * ```
 */
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
