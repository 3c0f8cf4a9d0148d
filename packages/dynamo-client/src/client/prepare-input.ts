import type { OperationSpec } from '../operations/operation-spec'

const IDEMPOTENT_BY_TOKEN = new Set(['TransactWriteItems', 'ExecuteTransaction'])

function newToken(): string {
  return globalThis.crypto.randomUUID()
}

/**
 * Adds what the client promises to add, without touching the caller's object: ReturnConsumedCapacity
 * when accounting is on, and a ClientRequestToken on transactions so a retried attempt is the same
 * transaction to DynamoDB (no double write when the first attempt's response was lost).
 */
export function prepareInput(
  spec: OperationSpec,
  input: object,
  capacityMode: 'TOTAL' | 'INDEXES' | undefined,
): object {
  const record = input as Record<string, unknown>
  const addCapacity =
    capacityMode !== undefined && spec.reportsCapacity && record.ReturnConsumedCapacity === undefined
  const addToken = IDEMPOTENT_BY_TOKEN.has(spec.name) && record.ClientRequestToken === undefined
  if (!addCapacity && !addToken) return input
  const prepared: Record<string, unknown> = { ...record }
  if (addCapacity) prepared.ReturnConsumedCapacity = capacityMode
  if (addToken) prepared.ClientRequestToken = newToken()
  return prepared
}
