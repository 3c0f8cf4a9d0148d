import type {
  DeleteCommandInput,
  DocumentMap,
  GetCommandInput,
  GetCommandOutput,
  PutCommandInput,
  UpdateCommandInput,
  WriteCommandOutput,
} from '@dbtooling/dynamo-client'
import { type TableTarget, type WithoutTable, withTable } from './target'

/** GetItem with a plain-object key; nothing about models (no hydration, no hidden attributes). */
export function rawGet<T = DocumentMap>(
  target: TableTarget,
  input: WithoutTable<GetCommandInput>,
): Promise<GetCommandOutput<T>> {
  return target.doc.get<T>(withTable(target, input))
}

/** PutItem of an item exactly as given: no keys derived, no guards, no timestamps. */
export function rawPut<T extends object = DocumentMap>(
  target: TableTarget,
  input: WithoutTable<PutCommandInput<T>>,
): Promise<WriteCommandOutput<T>> {
  return target.doc.put<T>(withTable(target, input) as PutCommandInput<T>)
}

export function rawUpdate<T = DocumentMap>(
  target: TableTarget,
  input: WithoutTable<UpdateCommandInput>,
): Promise<WriteCommandOutput<T>> {
  return target.doc.update<T>(withTable(target, input))
}

export function rawDelete<T = DocumentMap>(
  target: TableTarget,
  input: WithoutTable<DeleteCommandInput>,
): Promise<WriteCommandOutput<T>> {
  return target.doc.delete<T>(withTable(target, input))
}
