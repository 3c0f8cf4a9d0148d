import type {
  DocumentMap,
  QueryCommandInput,
  QueryCommandOutput,
  ScanCommandInput,
  ScanCommandOutput,
} from '@dbtooling/dynamo-client'
import { type RawTarget, tableTargetOf, type WithoutTable, withTable } from './target'

/**
 * One Query page, document-level; follow `LastEvaluatedKey` yourself or use the query builder.
 *
 * @example
 * ```ts
 * const { Items, LastEvaluatedKey } = await rawQuery(orm, {
 *   KeyConditionExpression: 'pk = :pk',
 *   ExpressionAttributeValues: { ':pk': 'CFG#theme' },
 * })
 * ```
 */
export function rawQuery<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<QueryCommandInput>,
): Promise<QueryCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.query<T>(withTable(target, input))
}

/**
 * One Scan page, document-level.
 *
 * @example
 * ```ts
 * const { Items, LastEvaluatedKey } = await rawScan(orm, { Limit: 100 })
 * ```
 */
export function rawScan<T = DocumentMap>(
  on: RawTarget,
  input: WithoutTable<ScanCommandInput>,
): Promise<ScanCommandOutput<T>> {
  const target = tableTargetOf(on)
  return target.doc.scan<T>(withTable(target, input))
}
