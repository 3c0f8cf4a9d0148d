import type { AttributeValue } from '@dbtooling/dynamo-client'

export interface ScanFilter {
  /** Only items whose entity type attribute is one of these. */
  readonly entityTypes?: readonly string[]
  /** Only items whose partition key begins with this text. */
  readonly keyPrefix?: string
  /** Only items whose `attribute` is greater than `after` (incremental exports). */
  readonly changedAfter?: { readonly attribute: string; readonly after: string | number }
}

export interface FilterParts {
  FilterExpression?: string
  ExpressionAttributeNames?: Record<string, string>
  ExpressionAttributeValues?: Record<string, AttributeValue>
}

/** The Scan filter for an export's selection (entity type, key prefix, changed since). */
export function scanFilter(
  filter: ScanFilter,
  names: { entityType: string; partitionKey: string },
): FilterParts {
  const clauses: string[] = []
  const attributeNames: Record<string, string> = {}
  const values: Record<string, AttributeValue> = {}
  if (filter.entityTypes && filter.entityTypes.length > 0) {
    attributeNames['#et'] = names.entityType
    const slots = filter.entityTypes.map((type, i) => {
      values[`:et${i}`] = { S: type }
      return `:et${i}`
    })
    clauses.push(`#et IN (${slots.join(', ')})`)
  }
  if (filter.keyPrefix) {
    attributeNames['#pk'] = names.partitionKey
    values[':prefix'] = { S: filter.keyPrefix }
    clauses.push('begins_with(#pk, :prefix)')
  }
  if (filter.changedAfter) {
    attributeNames['#changed'] = filter.changedAfter.attribute
    const after = filter.changedAfter.after
    values[':after'] = typeof after === 'number' ? { N: String(after) } : { S: after }
    clauses.push('#changed > :after')
  }
  if (clauses.length === 0) return {}
  return {
    FilterExpression: clauses.join(' AND '),
    ExpressionAttributeNames: attributeNames,
    ExpressionAttributeValues: values,
  }
}
