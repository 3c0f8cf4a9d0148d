import type {
  DeleteCommandInput,
  DocumentMap,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  UpdateCommandInput,
  WriteCommandOutput,
} from '@dbtooling/dynamo-client'
import { type RawTarget, tableTargetOf, type WithoutTable, withTable } from './target'

/**
 * GetItem with a plain-object key; nothing about models (no hydration, no hidden attributes).
 *
 * @example
 * ```ts
 * const { Item } = await rawGet(orm, { Key: { pk: 'CFG#theme', sk: 'CFG#theme' } })
 * ```
 */
export function rawGet<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<GetCommandInput>,
): Promise<GetCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.get<T>(withTable(target, input))
}

/**
 * PutItem of an item exactly as given: no keys derived, no guards, no timestamps.
 *
 * @example
 * ```ts
 * await rawPut(orm, { Item: { pk: 'CFG#theme', sk: 'CFG#theme', value: 'dark' } })
 * ```
 */
export function rawPut<T extends object = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<PutCommandInput<T>>,
): Promise<WriteCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.put<T>(withTable(target, input) as PutCommandInput<T>)
}

/**
 * UpdateItem with a plain-object key and your own expressions; nothing about models (no keys re-rendered, no guards).
 *
 * @example
 * ```ts
 * await rawUpdate(orm, {
 *   Key: { pk: 'CFG#counter', sk: 'CFG#counter' },
 *   UpdateExpression: 'ADD #n :one',
 *   ExpressionAttributeNames: { '#n': 'count' },
 *   ExpressionAttributeValues: { ':one': 1 },
 * })
 * ```
 */
export function rawUpdate<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<UpdateCommandInput>,
): Promise<WriteCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.update<T>(withTable(target, input))
}

/**
 * DeleteItem with a plain-object key; nothing about models (no hooks, no guards, no soft delete).
 *
 * @example
 * ```ts
 * await rawDelete(orm, { Key: { pk: 'CFG#theme', sk: 'CFG#theme' } })
 * ```
 */
export function rawDelete<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<DeleteCommandInput>,
): Promise<WriteCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.delete<T>(withTable(target, input))
}
