import type { BatchOptions } from '../batch/batch-options'
import type * as W from '../types/index'
import type { OperationName } from '../types/operation-map'
import { assertInputShape } from '../validation/assert-input-shape'
import { BINARY_FREE, type BinaryFreeMark } from './binary-free'
import type * as B from './operations/batch'
import { batchGetFromWire, batchGetToWire, batchWriteFromWire, batchWriteToWire } from './operations/batch'
import * as BA from './operations/batch-all'
import { type DocumentClientOptions, DocumentCodec, type DocumentMap } from './operations/codec'
import * as I from './operations/item-operations'
import * as P from './operations/partiql'
import * as Q from './operations/query-scan'
import * as X from './operations/transactions'
import { type PageOptions, paginate } from './paginate-pages'

/**
 * The only thing the document client needs from a low-level client. `DynamoClient` satisfies it; so does
 * any object with a compatible `send`, which keeps this layer testable and free of transport imports.
 *
 * @example
 * ```ts
 * const sender: LowLevelSender = new DynamoClient({ endpoint: 'http://localhost:8000' })
 * const db = new DocumentClient(sender)
 * ```
 */
export interface LowLevelSender {
  /** `options` (abort signal, ...) is passed through untouched by the batch helpers. */
  send(operation: string, input: object, options?: object): Promise<unknown>
}

/**
 * Options of put/update/delete; see SendOptions.
 *
 * @example
 * ```ts
 * const options: WriteOptions = { idempotent: true }
 * await db.update({ TableName: 'app', Key: key, ...buildExpressions({ update: add('views', 1) }) }, options)
 * ```
 */
export interface WriteOptions {
  signal?: AbortSignal
  /**
   * Send the write as a one-item transaction with a ClientRequestToken, so a retry after a lost response
   * is not applied twice (ADD, list_append, counters, conditional writes). 2x write units. Default false.
   */
  idempotent?: boolean
}

/**
 * DynamoDB with plain JS values: the request and response shapes of AWS lib-dynamodb's commands, with
 * items, keys, expression values and start keys as ordinary objects. Items are checked against DynamoDB
 * limits before anything is sent.
 *
 * @example
 * ```ts
 * const doc = new DocumentClient(new DynamoClient({ endpoint: 'http://localhost:8000' }))
 * await doc.put({ TableName: 'app', Item: { pk: 'USER#1', sk: 'USER#1', name: 'Ada' } })
 * const { Item } = await doc.get({ TableName: 'app', Key: { pk: 'USER#1', sk: 'USER#1' } })
 * ```
 */
export class DocumentClient {
  readonly codec: DocumentCodec

  constructor(
    readonly client: LowLevelSender,
    options: DocumentClientOptions = {},
  ) {
    this.codec = new DocumentCodec(options)
  }

  async get<T = DocumentMap>(input: I.GetCommandInput): Promise<I.GetCommandOutput<T>> {
    const output = await this.call<W.GetItemOutput>(
      'GetItem',
      I.getToWire(checked('GetItem', input, 'get'), this.codec),
    )
    return I.getFromWire<T>(output, this.codec)
  }

  async put<T extends object = DocumentMap>(
    input: I.PutCommandInput<T>,
    options?: WriteOptions,
  ): Promise<I.WriteCommandOutput<T>> {
    const output = await this.call<W.PutItemOutput>(
      'PutItem',
      I.putToWire(checked('PutItem', input, 'put'), this.codec),
      options,
    )
    return I.writeFromWire<T>(output, this.codec)
  }

  async update<T = DocumentMap>(
    input: I.UpdateCommandInput,
    options?: WriteOptions,
  ): Promise<I.WriteCommandOutput<T>> {
    const output = await this.call<W.UpdateItemOutput>(
      'UpdateItem',
      I.updateToWire(checked('UpdateItem', input, 'update'), this.codec),
      options,
    )
    return I.writeFromWire<T>(output, this.codec)
  }

  async delete<T = DocumentMap>(
    input: I.DeleteCommandInput,
    options?: WriteOptions,
  ): Promise<I.WriteCommandOutput<T>> {
    const output = await this.call<W.DeleteItemOutput>(
      'DeleteItem',
      I.deleteToWire(checked('DeleteItem', input, 'delete'), this.codec),
      options,
    )
    return I.writeFromWire<T>(output, this.codec)
  }

  async query<T = DocumentMap>(input: Q.QueryCommandInput): Promise<Q.QueryCommandOutput<T>> {
    const output = await this.call<W.QueryOutput>(
      'Query',
      Q.readToWire(checked('Query', input, 'query'), this.codec),
    )
    return Q.readFromWire<T>(output, this.codec)
  }

  async scan<T = DocumentMap>(input: Q.ScanCommandInput): Promise<Q.ScanCommandOutput<T>> {
    const output = await this.call<W.ScanOutput>(
      'Scan',
      Q.readToWire(checked('Scan', input, 'scan'), this.codec),
    )
    return Q.readFromWire<T>(output, this.codec)
  }

  /** Every page of a query, following LastEvaluatedKey. */
  paginateQuery<T = DocumentMap>(
    input: Q.QueryCommandInput,
    options?: PageOptions,
  ): AsyncGenerator<Q.QueryCommandOutput<T>> {
    return paginate((page: Q.QueryCommandInput) => this.query<T>(page), input, options)
  }

  /** Every page of a scan, following LastEvaluatedKey. */
  paginateScan<T = DocumentMap>(
    input: Q.ScanCommandInput,
    options?: PageOptions,
  ): AsyncGenerator<Q.ScanCommandOutput<T>> {
    return paginate((page: Q.ScanCommandInput) => this.scan<T>(page), input, options)
  }

  /** Every item of a query across pages. */
  async *queryAll<T = DocumentMap>(input: Q.QueryCommandInput, options?: PageOptions): AsyncGenerator<T> {
    for await (const page of this.paginateQuery<T>(input, options)) yield* page.Items ?? []
  }

  /** Every item of a scan across pages. */
  async *scanAll<T = DocumentMap>(input: Q.ScanCommandInput, options?: PageOptions): AsyncGenerator<T> {
    for await (const page of this.paginateScan<T>(input, options)) yield* page.Items ?? []
  }

  async batchGet<T = DocumentMap>(input: B.BatchGetCommandInput): Promise<B.BatchGetCommandOutput<T>> {
    const output = await this.call<W.BatchGetItemOutput>(
      'BatchGetItem',
      batchGetToWire(checked('BatchGetItem', input, 'batchGet'), this.codec),
    )
    return batchGetFromWire<T>(output, this.codec)
  }

  async batchWrite<T extends object = DocumentMap>(
    input: B.BatchWriteCommandInput<NoInfer<T>>,
  ): Promise<B.BatchWriteCommandOutput<T>> {
    const output = await this.call<W.BatchWriteItemOutput>(
      'BatchWriteItem',
      batchWriteToWire(checked('BatchWriteItem', input, 'batchWrite'), this.codec),
    )
    return batchWriteFromWire<T>(output, this.codec)
  }

  /**
   * BatchGetItem for any number of keys: chunks of 100, unprocessed keys retried with backoff. Keys still
   * unread after `maxAttempts` raise DocumentUnprocessedItemsError with them (and what was read).
   */
  batchGetAll<T = DocumentMap>(
    input: BA.BatchGetAllCommandInput,
    options?: BatchOptions,
  ): Promise<BA.BatchGetAllCommandOutput<T>> {
    return BA.runBatchGetAll<T>(this.client, input, this.codec, options)
  }

  /**
   * BatchWriteItem for any number of writes: chunks of 25, unprocessed items retried with backoff. Writes
   * still unapplied after `maxAttempts` raise DocumentUnprocessedItemsError with exactly those writes.
   */
  batchWriteAll<T extends object = DocumentMap>(
    input: BA.BatchWriteAllCommandInput<NoInfer<T>>,
    options?: BatchOptions,
  ): Promise<BA.BatchWriteAllCommandOutput> {
    return BA.runBatchWriteAll(this.client, input, this.codec, options)
  }

  async transactGet<T = DocumentMap>(
    input: X.TransactGetCommandInput,
  ): Promise<X.TransactGetCommandOutput<T>> {
    const output = await this.call<W.TransactGetItemsOutput>(
      'TransactGetItems',
      X.transactGetToWire(checked('TransactGetItems', input, 'transactGet'), this.codec),
    )
    return X.transactGetFromWire<T>(output, this.codec)
  }

  async transactWrite(input: X.TransactWriteCommandInput): Promise<X.TransactWriteCommandOutput> {
    const wire = X.transactWriteToWire(checked('TransactWriteItems', input, 'transactWrite'), this.codec)
    const output = await this.call<W.TransactWriteItemsOutput>('TransactWriteItems', wire)
    return X.transactWriteFromWire(output, this.codec)
  }

  async executeStatement<T = DocumentMap>(
    input: P.ExecuteStatementCommandInput,
  ): Promise<P.ExecuteStatementCommandOutput<T>> {
    const output = await this.call<W.ExecuteStatementOutput>(
      'ExecuteStatement',
      P.executeStatementToWire(checked('ExecuteStatement', input, 'executeStatement'), this.codec),
    )
    return P.executeStatementFromWire<T>(output, this.codec)
  }

  async batchExecuteStatement<T = DocumentMap>(
    input: P.BatchExecuteStatementCommandInput,
  ): Promise<P.BatchExecuteStatementCommandOutput<T>> {
    const wire = P.batchExecuteToWire(
      checked('BatchExecuteStatement', input, 'batchExecuteStatement'),
      this.codec,
    )
    const output = await this.call<W.BatchExecuteStatementOutput>('BatchExecuteStatement', wire)
    return P.batchExecuteFromWire<T>(output, this.codec)
  }

  async executeTransaction<T = DocumentMap>(
    input: P.ExecuteTransactionCommandInput,
  ): Promise<P.ExecuteTransactionCommandOutput<T>> {
    const wire = P.executeTransactionToWire(
      checked('ExecuteTransaction', input, 'executeTransaction'),
      this.codec,
    )
    const output = await this.call<W.ExecuteTransactionOutput>('ExecuteTransaction', wire)
    return P.executeTransactionFromWire<T>(output, this.codec)
  }

  private async call<O>(operation: string, input: object, options?: WriteOptions): Promise<O> {
    // Marshalling turned binaries into base64 text: the client need not look for binary objects.
    ;(input as BinaryFreeMark)[BINARY_FREE] = true
    return ((await this.client.send(operation, input, options)) ?? {}) as O
  }
}

/** Checks the caller's input before marshalling, which would otherwise turn a missing map into an empty one. */
function checked<T>(operation: OperationName, input: T, method: string): T {
  assertInputShape(operation, input, `DocumentClient.${method}`)
  return input
}
