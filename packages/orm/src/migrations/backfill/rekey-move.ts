import type { TransactWriteCommandInput } from '@dbtooling/dynamo-client'
import { type RekeySpec, type RekeyType, rekeyTypeOf, targetKeyOf } from './rekey-spec'

type Item = Readonly<Record<string, unknown>>
type TransactItem = TransactWriteCommandInput['TransactItems'][number]

/** Positions in the move transaction, so a cancellation reason can be traced to its cause. */
export const MOVE_PUT = 0
export const MOVE_DELETE = 1

/**
 * `item` unchanged since it was read: every attribute it had still equal, every attribute of its type it
 * lacked still absent. The old item is deleted only under this condition, so no application write is lost.
 */
function unchangedCondition(spec: RekeySpec, type: RekeyType, item: Item) {
  const names: Record<string, string> = {}
  const values: Record<string, unknown> = {}
  const parts: string[] = []
  let n = 0
  for (const name of Object.keys(item).sort()) {
    names[`#c${n}`] = name
    values[`:c${n}`] = item[name]
    parts.push(`#c${n} = :c${n}`)
    n++
  }
  for (const name of type.known) {
    if (name in item || name === spec.partitionKey || name === spec.sortKey) continue
    names[`#c${n}`] = name
    parts.push(`attribute_not_exists(#c${n})`)
    n++
  }
  return { ConditionExpression: parts.join(' AND '), names, values }
}

/** The item at its new key, its index keys computed by the target design (sparse entries removed). */
function movedItem(spec: RekeySpec, type: RekeyType, item: Item, key: { partition: string; sort: string }) {
  const moved: Record<string, unknown> = { ...item }
  moved[spec.partitionKey] = key.partition
  moved[spec.sortKey] = key.sort
  for (const writer of type.writers) {
    const keys = writer.render(item)
    if (keys) {
      moved[writer.partitionAttribute] = keys.partition
      moved[writer.sortAttribute] = keys.sort
    } else {
      delete moved[writer.partitionAttribute]
      delete moved[writer.sortAttribute]
    }
  }
  return moved
}

function guardPuts(spec: RekeySpec, type: RekeyType, item: Item, key: { partition: string; sort: string }) {
  const puts: TransactItem[] = []
  for (const guard of type.guards) {
    const value = item[guard.attribute]
    if (value === undefined || value === null || value === '') continue
    const guardKey = guard.key.render({ [guard.attribute]: value })
    puts.push({
      Put: {
        TableName: spec.tableName,
        Item: {
          [spec.partitionKey]: guardKey,
          [spec.sortKey]: guardKey,
          [spec.entityTypeAttribute]: spec.guardEntityType,
          entity: type.entity,
          field: guard.attribute,
          owner: key.partition,
          ownerSk: key.sort,
        },
        // The guard moves with its owner; one held by another item is a uniqueness clash the move must not hide.
        ConditionExpression: 'attribute_not_exists(#pk) OR #owner = :owner',
        ExpressionAttributeNames: { '#pk': spec.partitionKey, '#owner': 'owner' },
        ExpressionAttributeValues: { ':owner': item[spec.partitionKey] },
      },
    })
  }
  return puts
}

/**
 * The TransactWriteItems moving `item` to its target key: put the copy (failing if the new key is taken),
 * delete the original (failing if it changed since it was read), re-point its unique guards. Null when the
 * item is at its target key already or the job does not move its type; undefined when a key field is missing.
 */
export function moveTransaction(spec: RekeySpec, item: Item): TransactWriteCommandInput | null | undefined {
  const type = rekeyTypeOf(spec, item)
  const key = targetKeyOf(spec, item)
  if (!type || key === null) return null
  if (key === undefined) return undefined
  if (item[spec.partitionKey] === key.partition && item[spec.sortKey] === key.sort) return null
  const unchanged = unchangedCondition(spec, type, item)
  return {
    TransactItems: [
      {
        Put: {
          TableName: spec.tableName,
          Item: movedItem(spec, type, item, key),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': spec.partitionKey },
        },
      },
      {
        Delete: {
          TableName: spec.tableName,
          Key: { [spec.partitionKey]: item[spec.partitionKey], [spec.sortKey]: item[spec.sortKey] },
          ConditionExpression: unchanged.ConditionExpression,
          ExpressionAttributeNames: unchanged.names,
          ExpressionAttributeValues: unchanged.values,
        },
      },
      ...guardPuts(spec, type, item, key),
    ],
  }
}
