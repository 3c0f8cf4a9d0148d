import type {
  DocumentMap,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
} from '@dbtooling/dynamo-client'
import { type TableTarget, type WithoutTable, withTable } from './target'

/** One Query page, document-level; follow `LastEvaluatedKey` yourself or use the query builder. */
export function rawQuery<T = DocumentMap>(
  target: TableTarget,
  input: WithoutTable<QueryCommandInput>,
): Promise<QueryCommandOutput<T>> {
  return target.doc.query<T>(withTable(target, input))
}

/** One Scan page, document-level. */
export function rawScan<T = DocumentMap>(
  target: TableTarget,
  input: WithoutTable<ScanCommandInput>,
): Promise<ScanCommandOutput<T>> {
  return target.doc.scan<T>(withTable(target, input))
}
