import type { DocumentTransactWriteItem } from '@dbtooling/dynamo-client'
import { sendTransaction } from '../transaction/runners'
import type { TransactWriteOptions, TransactWriteResult } from '../transaction/send-transaction'
import { type RawTarget, type TableTarget, tableTargetOf, type WithoutTable, withTable } from './target'

type RawTransactItem =
  | {
      readonly ConditionCheck: WithoutTable<
        Extract<DocumentTransactWriteItem, { ConditionCheck: unknown }>['ConditionCheck']
      >
    }
  | { readonly Put: WithoutTable<Extract<DocumentTransactWriteItem, { Put: unknown }>['Put']> }
  | { readonly Delete: WithoutTable<Extract<DocumentTransactWriteItem, { Delete: unknown }>['Delete']> }
  | { readonly Update: WithoutTable<Extract<DocumentTransactWriteItem, { Update: unknown }>['Update']> }

/**
 * One document-level action of `rawTransactWrite` (Put, Update, Delete or ConditionCheck); `TableName` may be left out.
 *
 * @example
 * ```ts
 * const item: RawTransactWriteItem = { Put: { Item: { pk: 'CFG#theme', sk: 'CFG#theme', value: 'dark' } } }
 * await rawTransactWrite(orm, [item])
 * ```
 */
export type RawTransactWriteItem = RawTransactItem

/**
 * TransactWriteItems of document-level actions with the table filled in. The 100-action limit and
 * duplicate targets are checked before sending; conflicts are retried with the same ClientRequestToken.
 * Other cancellations throw the client's TransactionCanceledError (reasons per action, items unmarshalled
 * by `error.reasons[i].item` in wire form).
 *
 * @example
 * ```ts
 * await rawTransactWrite(orm, [
 *   { Put: { Item: { pk: 'CFG#a', sk: 'CFG#a' }, ConditionExpression: 'attribute_not_exists(pk)' } },
 *   { Delete: { Key: { pk: 'CFG#b', sk: 'CFG#b' } } },
 * ])
 * ```
 */
export function rawTransactWrite(
  on: RawTarget,
  items: readonly RawTransactWriteItem[],
  options?: TransactWriteOptions,
): Promise<TransactWriteResult> {
  const target = tableTargetOf(on)
  const full = items.map((item) => fill(target, item))
  return sendTransaction(target, full, [], options)
}

function fill(target: TableTarget, item: RawTransactWriteItem): DocumentTransactWriteItem {
  if ('Put' in item) return { Put: withTable(target, item.Put) }
  if ('Update' in item) return { Update: withTable(target, item.Update) }
  if ('Delete' in item) return { Delete: withTable(target, item.Delete) }
  return { ConditionCheck: withTable(target, item.ConditionCheck) }
}
