import type { DocumentWriteRequest } from '@dbtooling/dynamo-client'
import { OrmError } from '../errors/orm-error'
import type { WritableAttributes } from '../model/attribute-types'
import type { ModelBase } from '../model/model-base'
import { validateModel } from '../model/validate'
import type { CompiledEntity } from '../storage/compiled-entity'
import { toItem } from '../storage/to-item'
import { contextOf, type OrmLike } from '../transaction/run-transaction'
import { fillAutoManaged } from '../write-ops/prepare'
import type { KeyOf, ModelCtor } from '../write-ops/types'
import { resolveModel, tableKeyOf } from './model-keys'
import type { BatchRunOptions } from './options'
import { type BatchWriteResult, runBatchWrite } from './run-batch-write'

/**
 * One write of a `batchWrite`: build it with `batchPut` / `batchDelete` so attributes are type-checked.
 *
 * @example
 * ```ts
 * const entries: BatchWriteEntry[] = [batchPut(User, { email: 'ada@example.com' }), batchDelete(Post, 'p1')]
 * await batchWrite(orm, entries)
 * ```
 */
export type BatchWriteEntry =
  | { readonly model: ModelCtor; readonly put: Readonly<Record<string, unknown>> }
  | { readonly model: ModelCtor; readonly delete: unknown }

/**
 * A put (create or replace) of a model's item in a `batchWrite`.
 *
 * @example
 * ```ts
 * await batchWrite(orm, [batchPut(Post, { title: 'One' }), batchPut(Post, { title: 'Two' })])
 * ```
 */
export function batchPut<C extends ModelCtor>(
  model: C,
  attributes: WritableAttributes<C['definition']>,
): BatchWriteEntry {
  return { model, put: attributes as Readonly<Record<string, unknown>> }
}

/**
 * A delete of a model's item by key in a `batchWrite`.
 *
 * @example
 * ```ts
 * await batchWrite(orm, [batchDelete(Post, 'p1'), batchDelete(Post, 'p2')])
 * ```
 */
export function batchDelete<C extends ModelCtor>(model: C, key: KeyOf<C>): BatchWriteEntry {
  return { model, delete: key }
}

/**
 * Raised before sending: `batchWrite` got a model with unique attributes, whose guard items need a transaction.
 *
 * @example
 * ```ts
 * try {
 *   await batchWrite(orm, [batchPut(User, { email: 'ada@example.com' })]) // email is unique
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'BATCH_WRITE_UNIQUE_GUARDS') await insertMany(User, rows)
 *   else throw error
 * }
 * ```
 */
export class BatchWriteGuardError extends OrmError {
  override readonly name = 'BatchWriteGuardError'
  override readonly code = 'BATCH_WRITE_UNIQUE_GUARDS' as const
  override readonly hint: string
  override readonly requestId: string | undefined = undefined

  constructor(entity: string, fields: readonly string[]) {
    super('BATCH_WRITE_UNIQUE_GUARDS', {
      message: `${entity} has unique attributes (${fields.join(', ')}); BatchWriteItem cannot keep their guard items right`,
      hint: '',
    })
    this.hint = `BatchWriteItem has no conditions: use insertMany(${entity}, rows) (transactions with guards), model.delete(), or a transaction.`
  }
}

/**
 * What `batchWrite` resolves to: writes applied, requests sent, and the stored instances of the puts.
 *
 * @example
 * ```ts
 * const output: BatchWriteOutput = await batchWrite(orm, [batchPut(Post, { title: 'Hello' })])
 * console.log(output.written, output.requests, output.models[0]?.id)
 * ```
 */
export interface BatchWriteOutput extends BatchWriteResult {
  /** The instances stored by the puts, in entry order (marked as existing). */
  readonly models: ModelBase[]
}

/**
 * Puts and deletes items of any models with BatchWriteItem: 25 per request, unprocessed writes retried
 * with backoff, `onProgress` after every response. Puts replace existing items (no conditions exist in a
 * batch) and get ids, timestamps and validation like `save()`, without hooks. Writes still unprocessed
 * after the last retry raise UnprocessedWritesError with exactly those entries. Models with unique
 * attributes are refused (their guard items need transactions).
 *
 * @example
 * ```ts
 * const { written, models } = await batchWrite(orm, [
 *   batchPut(Post, { title: 'Hello', authorId: 'u1' }),
 *   batchDelete(Post, 'p-old'),
 * ], { onProgress: (p) => console.log(p.processed, '/', p.total) })
 * ```
 */
export async function batchWrite(
  orm: OrmLike,
  entries: readonly BatchWriteEntry[],
  options: BatchRunOptions = {},
): Promise<BatchWriteOutput> {
  const ctx = contextOf(orm)
  const writes: DocumentWriteRequest[] = []
  const models: ModelBase[] = []
  for (const entry of entries) {
    const { entity, ctor } = resolveModel(entry.model)
    assertNoGuards(entity)
    if ('put' in entry) {
      const { model, item } = await preparePut(ctor, entry.put)
      models.push(model)
      writes.push({ PutRequest: { Item: item } })
    } else writes.push({ DeleteRequest: { Key: tableKeyOf(entity, entry.delete) } })
  }
  const result = await runBatchWrite(ctx, writes, entries, options)
  for (const model of models) markStored(model)
  return { ...result, models }
}

export function assertNoGuards(entity: CompiledEntity): void {
  if (entity.guards.length > 0)
    throw new BatchWriteGuardError(
      entity.name,
      entity.guards.map((guard) => guard.attribute),
    )
}

/** A new instance from raw attributes (no mass-assignment filter), ids/timestamps filled, validated. */
export async function preparePut(
  ctor: typeof ModelBase,
  attributes: Readonly<Record<string, unknown>>,
): Promise<{ model: ModelBase; item: Record<string, unknown> }> {
  const model = new ctor().forceFill(attributes)
  fillAutoManaged(model)
  await validateModel(model, 'create')
  const entity = model.$meta.entity
  const version = entity.versionAttribute ? { [entity.versionAttribute]: 1 } : undefined
  return { model, item: toItem(model.$ctx, entity, model.$state.storage(), version) }
}

export function markStored(model: ModelBase): void {
  const state = model.$state
  state.exists = true
  state.version = state.meta.entity.versionAttribute ? 1 : 0
  state.syncOriginal(state.storage())
}
