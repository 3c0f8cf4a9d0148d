import { type DocumentTransactWriteItem, DYNAMODB_LIMITS } from '@dbtooling/dynamo-client'
import type { TableTarget } from '../raw/target'
import { DuplicateTransactionItemError, TransactionTooLargeError } from './limits-errors'

/**
 * Checks what DynamoDB would reject about a transaction's shape before anything is sent: more than 100
 * actions, or two actions on one item. `labels[i]` names action `i` in the error.
 *
 * @example
 * ```ts
 * assertTransactionShape(orm.ctx, items, items.map((_, i) => `action ${i}`)) // throws TransactionTooLargeError over 100
 * ```
 */
export function assertTransactionShape(
  target: TableTarget,
  items: readonly DocumentTransactWriteItem[],
  labels: readonly string[],
): void {
  const limit = DYNAMODB_LIMITS.transactionItems
  if (items.length > limit) throw new TransactionTooLargeError(items.length, limit, labelsFor(items, labels))
  const seen = new Map<string, number>()
  for (let index = 0; index < items.length; index++) {
    const id = targetId(target, items[index] as DocumentTransactWriteItem)
    const first = seen.get(id)
    if (first !== undefined) {
      const all = labelsFor(items, labels)
      throw new DuplicateTransactionItemError([first, index], [all[first] ?? '', all[index] ?? ''])
    }
    seen.set(id, index)
  }
}

/** Table plus key values of the item an action addresses. */
export function targetId(target: TableTarget, item: DocumentTransactWriteItem): string {
  const { partitionKey, sortKey } = target.design
  const action = actionOf(item)
  const key = ('Item' in action ? action.Item : action.Key) as Readonly<Record<string, unknown>>
  return `${action.TableName}\u0000${text(key[partitionKey])}\u0000${text(key[sortKey])}`
}

export function actionOf(item: DocumentTransactWriteItem) {
  if ('Put' in item) return item.Put
  if ('Update' in item) return item.Update
  if ('Delete' in item) return item.Delete
  return item.ConditionCheck
}

export function actionKind(item: DocumentTransactWriteItem): 'Put' | 'Update' | 'Delete' | 'ConditionCheck' {
  if ('Put' in item) return 'Put'
  if ('Update' in item) return 'Update'
  if ('Delete' in item) return 'Delete'
  return 'ConditionCheck'
}

function labelsFor(items: readonly DocumentTransactWriteItem[], labels: readonly string[]): string[] {
  return items.map((item, index) => labels[index] ?? `${actionKind(item)} #${index}`)
}

function text(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`
  return JSON.stringify(value) ?? 'undefined'
}
