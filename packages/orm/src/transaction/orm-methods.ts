import type {
  DeleteCommandInput,
  DocumentMap,
  DocumentWriteRequest,
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
import { type BatchGetOptions, type BatchGetRequest, batchGet } from '../batch/batch-get'
import { type BatchWriteEntry, type BatchWriteOutput, batchWrite } from '../batch/batch-write'
import type { BatchRunOptions } from '../batch/options'
import type { BatchGetResult, BatchGetRunOptions } from '../batch/run-batch-get'
import type { BatchWriteResult } from '../batch/run-batch-write'
import { Orm } from '../orm/orm'
import type { ModelSources } from '../orm/orm-types'
import { type PartiqlOptions, type PartiqlResult, partiql } from '../raw/partiql'
import { rawBatchGet, rawBatchWrite } from '../raw/raw-batch'
import { rawDelete, rawGet, rawPut, rawUpdate } from '../raw/raw-item'
import { rawQuery, rawScan } from '../raw/raw-read'
import { type RawTransactWriteItem, rawTransactWrite } from '../raw/raw-transact'
import type { WithoutTable } from '../raw/target'
import type { InstanceOf, ModelCtor } from '../write-ops/types'
import { type TransactionOptions, transaction } from './run-transaction'
import type { TransactWriteOptions, TransactWriteResult } from './send-transaction'
import { type TransactGetRef, transactGet } from './transact-get'
import type { Transaction } from './transaction'

declare module '../orm/orm' {
  interface Orm<M extends ModelSources = ModelSources> {
    /** Gathers the callback's writes into one TransactWriteItems; see `transaction()`. */
    transaction<R>(callback: (trx: Transaction) => R | Promise<R>, options?: TransactionOptions): Promise<R>
    /** Reads items of any models as one snapshot; see `transactGet()`. */
    transactGet<const R extends readonly ModelCtor[]>(
      refs: {
        readonly [K in keyof R]: TransactGetRef<R[K]>
      },
    ): Promise<{ -readonly [K in keyof R]: InstanceOf<R[K]> | null }>
    /** BatchGetItem across models with progress; see `batchGet()`. */
    batchGet<R extends Record<string, ModelCtor>>(
      requests: { readonly [K in keyof R]: BatchGetRequest<R[K]> },
      options?: BatchGetOptions,
    ): Promise<{ -readonly [K in keyof R]: InstanceOf<R[K]>[] }>
    /** BatchWriteItem across models with progress; see `batchWrite()`. */
    batchWrite(entries: readonly BatchWriteEntry[], options?: BatchRunOptions): Promise<BatchWriteOutput>
    rawGet<T = DocumentMap>(input: WithoutTable<GetCommandInput>): Promise<GetCommandOutput<T>>
    rawPut<T extends object = DocumentMap>(
      input: WithoutTable<PutCommandInput<T>>,
    ): Promise<WriteCommandOutput<T>>
    rawUpdate<T = DocumentMap>(input: WithoutTable<UpdateCommandInput>): Promise<WriteCommandOutput<T>>
    rawDelete<T = DocumentMap>(input: WithoutTable<DeleteCommandInput>): Promise<WriteCommandOutput<T>>
    rawQuery<T = DocumentMap>(input: WithoutTable<QueryCommandInput>): Promise<QueryCommandOutput<T>>
    rawScan<T = DocumentMap>(input: WithoutTable<ScanCommandInput>): Promise<ScanCommandOutput<T>>
    rawBatchGet<T = DocumentMap>(
      keys: readonly DocumentMap[],
      options?: BatchGetRunOptions,
    ): Promise<BatchGetResult<T>>
    rawBatchWrite(
      writes: readonly DocumentWriteRequest[],
      options?: BatchRunOptions,
    ): Promise<BatchWriteResult>
    rawTransactWrite(
      items: readonly RawTransactWriteItem[],
      options?: TransactWriteOptions,
    ): Promise<TransactWriteResult>
    partiql<T = DocumentMap>(
      statement: string,
      params?: readonly unknown[],
      options?: PartiqlOptions,
    ): Promise<PartiqlResult<T>>
  }
}

type Methods = Pick<
  Orm,
  | 'transaction'
  | 'transactGet'
  | 'batchGet'
  | 'batchWrite'
  | 'rawGet'
  | 'rawPut'
  | 'rawUpdate'
  | 'rawDelete'
  | 'rawQuery'
  | 'rawScan'
  | 'rawBatchGet'
  | 'rawBatchWrite'
  | 'rawTransactWrite'
  | 'partiql'
>

const methods: { [K in keyof Methods]: (this: Orm, ...args: never[]) => unknown } = {
  transaction(callback: (trx: Transaction) => unknown, options?: TransactionOptions) {
    return transaction(this, callback, options)
  },
  transactGet(refs: readonly TransactGetRef[]) {
    return transactGet(this, refs as never)
  },
  batchGet(requests: Record<string, BatchGetRequest>, options?: BatchGetOptions) {
    return batchGet(this, requests as never, options)
  },
  batchWrite(entries: readonly BatchWriteEntry[], options?: BatchRunOptions) {
    return batchWrite(this, entries, options)
  },
  rawGet(input: Parameters<typeof rawGet>[1]) {
    return rawGet(this, input)
  },
  rawPut(input: Parameters<typeof rawPut>[1]) {
    return rawPut(this, input)
  },
  rawUpdate(input: Parameters<typeof rawUpdate>[1]) {
    return rawUpdate(this, input)
  },
  rawDelete(input: Parameters<typeof rawDelete>[1]) {
    return rawDelete(this, input)
  },
  rawQuery(input: Parameters<typeof rawQuery>[1]) {
    return rawQuery(this, input)
  },
  rawScan(input: Parameters<typeof rawScan>[1]) {
    return rawScan(this, input)
  },
  rawBatchGet(keys: readonly DocumentMap[], options?: BatchGetRunOptions) {
    return rawBatchGet(this, keys, options)
  },
  rawBatchWrite(writes: readonly DocumentWriteRequest[], options?: BatchRunOptions) {
    return rawBatchWrite(this, writes, options)
  },
  rawTransactWrite(items: readonly RawTransactWriteItem[], options?: TransactWriteOptions) {
    return rawTransactWrite(this, items, options)
  },
  partiql(statement: string, params?: readonly unknown[], options?: PartiqlOptions) {
    return partiql(this, statement, params, options)
  },
}

/**
 * Adds `orm.transaction()`, `orm.batchGet()`, `orm.rawQuery()`, ... to the Orm class, delegating to the
 * standalone functions. Exported (and re-exported by the package index) so that bundlers keep this
 * module; calling it again is harmless.
 */
export function installOrmMethods(): true {
  for (const [name, method] of Object.entries(methods)) {
    if (!Object.hasOwn(Orm.prototype, name)) {
      Object.defineProperty(Orm.prototype, name, { value: method, writable: true, configurable: true })
    }
  }
  return true
}

export const ORM_METHODS_INSTALLED = installOrmMethods()
