import type { AttributeMap } from '@dbtooling/dynamo-client'

/**
 * Identity of a stored item by its table key, from wire form. Used to drop duplicate keys (DynamoDB
 * rejects a batch that names one key twice) and to match unprocessed entries back to the caller's.
 */
export function wireKeyId(item: AttributeMap, partitionKey: string, sortKey: string): string {
  return `${JSON.stringify(item[partitionKey])}\u0000${JSON.stringify(item[sortKey])}`
}
