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

/** GetItem with a plain-object key; nothing about models (no hydration, no hidden attributes). */
export function rawGet<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<GetCommandInput>,
): Promise<GetCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.get<T>(withTable(target, input))
}

/** PutItem of an item exactly as given: no keys derived, no guards, no timestamps. */
export function rawPut<T extends object = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<PutCommandInput<T>>,
): Promise<WriteCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.put<T>(withTable(target, input) as PutCommandInput<T>)
}

export function rawUpdate<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<UpdateCommandInput>,
): Promise<WriteCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.update<T>(withTable(target, input))
}

export function rawDelete<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<DeleteCommandInput>,
): Promise<WriteCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.delete<T>(withTable(target, input))
}
