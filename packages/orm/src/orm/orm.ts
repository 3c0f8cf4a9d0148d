import type {
  DeleteCommandInput,
  DocumentClient,
  DocumentMap,
  DocumentWriteRequest,
  DynamoClient,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
  UpdateCommandInput,
  WriteCommandOutput,
} from '@dbtooling/dynamo-client'
import type { TableDesign } from '@dbtooling/schema'
import { type BatchGetOptions, type BatchGetRequest, batchGet } from '../batch/batch-get'
import type { BatchWriteEntry, BatchWriteOutput } from '../batch/batch-write'
import type { BatchRunOptions } from '../batch/options'
import type { BatchGetResult, BatchGetRunOptions } from '../batch/run-batch-get'
import type { BatchWriteResult } from '../batch/run-batch-write'
import { batchWrite } from '../batch/runners'
import { resultCacheOf } from '../coalescing/read-path'
import type { OrmContext } from '../context'
import type { ModelClass } from '../model/instance-types'
import type { CostReport } from '../observability/cost-ledger'
import { costsNotEnabled } from '../observability/errors'
import { type PartiqlOptions, type PartiqlResult, partiql } from '../raw/partiql'
import { rawBatchGet, rawBatchWrite } from '../raw/raw-batch'
import { rawDelete, rawGet, rawPut, rawUpdate } from '../raw/raw-item'
import { rawQuery, rawScan } from '../raw/raw-read'
import { type RawTransactWriteItem, rawTransactWrite } from '../raw/raw-transact'
import type { WithoutTable } from '../raw/target'
import type { ResultCacheControl } from '../result-cache/result-cache'
import { createTableInput } from '../table/create-table-input'
import { type CreateTableOptions, createTable, dropTable, tableExists } from '../table/table-operations'
import type { TransactionOptions } from '../transaction/run-transaction'
import { transaction } from '../transaction/runners'
import type { TransactWriteOptions, TransactWriteResult } from '../transaction/send-transaction'
import { type TransactGetRef, transactGet } from '../transaction/transact-get'
import type { Transaction } from '../transaction/transaction'
import type { InstanceOf, ModelCtor } from '../write-ops/types'
import type { OrmHandle } from './default-orm'
import type { DefinitionNamed, ModelNamesOf, ModelSources } from './orm-types'

/**
 * An ORM over one table design: typed model classes, table management, the shared context.
 * `createOrm()` builds one.
 *
 * @example
 * ```ts
 * const orm = createOrm({ models: [User, Post], clientConfig: { endpoint: 'http://localhost:8000' } })
 * const User = orm.model('User') // typed from the definition
 * console.log(orm.tableName, orm.design.globalIndexes.map((index) => index.name))
 * ```
 */
export class Orm<M extends ModelSources = ModelSources> implements OrmHandle {
  constructor(readonly ctx: OrmContext) {}

  get design(): TableDesign {
    return this.ctx.design
  }

  get client(): DynamoClient {
    return this.ctx.client
  }

  get doc(): DocumentClient {
    return this.ctx.doc
  }

  get tableName(): string {
    return this.ctx.tableName
  }

  /** The result cache (`queryBuilder.caching`): `stats()`, `clear()`; a disabled one when caching is off. */
  get cache(): ResultCacheControl {
    return resultCacheOf(this.ctx)
  }

  /**
   * Consumed capacity per model and access pattern since the ORM was created (or `resetCosts()`), with the
   * on-demand price estimate for the region. Needs `observability: { costs: true }`.
   */
  costs(): Promise<CostReport> {
    const observer = this.ctx.options.observer
    if (!observer) return Promise.reject(costsNotEnabled())
    return observer.costs()
  }

  /** Starts the cost totals again from zero. */
  resetCosts(): void {
    this.ctx.options.observer?.resetCosts()
  }

  /** The model class of a model name, typed from its definition; throws `UnknownModelError`. */
  model<N extends ModelNamesOf<M>>(name: N): ModelClass<DefinitionNamed<M, N>> {
    this.ctx.entity(name)
    return this.ctx.models.classFor(name) as unknown as ModelClass<DefinitionNamed<M, N>>
  }

  /** The CreateTable request for the design (pure). */
  createTableInput() {
    return createTableInput(this.ctx.design, this.ctx.tableName)
  }

  /** Creates the table (unless it exists) and waits until it is active. */
  createTable(options?: CreateTableOptions): Promise<boolean> {
    return createTable(this.ctx, options)
  }

  dropTable(options?: { wait?: boolean }): Promise<boolean> {
    return dropTable(this.ctx, options)
  }

  tableExists(): Promise<boolean> {
    return tableExists(this.ctx)
  }

  // Transactions, batches and raw access: the standalone functions, bound to this ORM.

  /** Gathers the callback's writes into one TransactWriteItems; see `transaction()`. */
  transaction<R>(callback: (trx: Transaction) => R | Promise<R>, options?: TransactionOptions): Promise<R> {
    return transaction(this, callback, options) as never
  }

  /** Reads items of any models as one snapshot; see `transactGet()`. */
  transactGet<const R extends readonly ModelCtor[]>(
    refs: {
      readonly [K in keyof R]: TransactGetRef<R[K]>
    },
  ): Promise<{ -readonly [K in keyof R]: InstanceOf<R[K]> | null }> {
    return transactGet(this, refs as never) as never
  }

  /** BatchGetItem across models with progress; see `batchGet()`. */
  batchGet<R extends Record<string, ModelCtor>>(
    requests: { readonly [K in keyof R]: BatchGetRequest<R[K]> },
    options?: BatchGetOptions,
  ): Promise<{ -readonly [K in keyof R]: InstanceOf<R[K]>[] }> {
    return batchGet(this, requests as never, options) as never
  }

  /** BatchWriteItem across models with progress; see `batchWrite()`. */
  batchWrite(entries: readonly BatchWriteEntry[], options?: BatchRunOptions): Promise<BatchWriteOutput> {
    return batchWrite(this, entries, options) as never
  }

  rawGet<T = DocumentMap>(input: WithoutTable<GetCommandInput>): Promise<GetCommandOutput<T>> {
    return rawGet(this, input) as never
  }

  rawPut<T extends object = DocumentMap>(
    input: WithoutTable<PutCommandInput<T>>,
  ): Promise<WriteCommandOutput<T>> {
    return rawPut(this, input) as never
  }

  rawUpdate<T = DocumentMap>(input: WithoutTable<UpdateCommandInput>): Promise<WriteCommandOutput<T>> {
    return rawUpdate(this, input) as never
  }

  rawDelete<T = DocumentMap>(input: WithoutTable<DeleteCommandInput>): Promise<WriteCommandOutput<T>> {
    return rawDelete(this, input) as never
  }

  rawQuery<T = DocumentMap>(input: WithoutTable<QueryCommandInput>): Promise<QueryCommandOutput<T>> {
    return rawQuery(this, input) as never
  }

  rawScan<T = DocumentMap>(input: WithoutTable<ScanCommandInput>): Promise<ScanCommandOutput<T>> {
    return rawScan(this, input) as never
  }

  rawBatchGet<T = DocumentMap>(
    keys: readonly DocumentMap[],
    options?: BatchGetRunOptions,
  ): Promise<BatchGetResult<T>> {
    return rawBatchGet(this, keys, options) as never
  }

  rawBatchWrite(
    writes: readonly DocumentWriteRequest[],
    options?: BatchRunOptions,
  ): Promise<BatchWriteResult> {
    return rawBatchWrite(this, writes, options) as never
  }

  rawTransactWrite(
    items: readonly RawTransactWriteItem[],
    options?: TransactWriteOptions,
  ): Promise<TransactWriteResult> {
    return rawTransactWrite(this, items, options) as never
  }

  partiql<T = DocumentMap>(
    statement: string,
    params?: readonly unknown[],
    options?: PartiqlOptions,
  ): Promise<PartiqlResult<T>> {
    return partiql(this, statement, params, options) as never
  }
}
