import type { DocumentWriteRequest } from '@dbtooling/dynamo-client'
import type { ModelBase } from '../model/model-base'
import { validateModel } from '../model/validate'
import type { CompiledEntity } from '../storage/compiled-entity'
import { toItem } from '../storage/to-item'
import { contextOf, type OrmLike } from '../transaction/orm-context'
import { fillAutoManaged } from '../write-ops/prepare'
import { type BatchWriteEntry, BatchWriteGuardError, type BatchWriteOutput } from './batch-write'
import { resolveModel, tableKeyOf } from './model-keys'
import type { BatchRunOptions } from './options'
import { runBatchWrite } from './run-batch-write'

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
