import type { TableDesign } from '@dbtooling/schema'
import type { CompiledQuery, PointRead } from '../compile/compile-query'
import { fieldInfo, storedValue } from '../compile/field-values'
import type { QueryContext } from '../context'
import { QueryError } from '../errors'
import { matchesPredicate, type StoredForm } from './match-item'
import type { StoredItem } from './read-pages'
import type { QueryStats } from './stats'

interface ReadOutput {
  readonly ConsumedCapacity?: { readonly CapacityUnits?: number | undefined } | undefined
}

/**
 * Answers a unique equality with point reads: GetItem on the guard item, then GetItem on the entity by the
 * key the guard holds (`owner`, `ownerSk`). Guards written before they held the sort key name only the
 * partition: the entity is then found with one Query on that partition (a bounded read, never the type).
 * The item is returned only if it is of the entity and passes every where clause of the query.
 */
export async function readPoint(
  ctx: QueryContext,
  compiled: CompiledQuery,
  read: PointRead,
  stats: QueryStats,
): Promise<StoredItem[]> {
  const { design } = ctx
  const tableName = compiled.request.TableName
  const consistent = read.consistentRead ? { ConsistentRead: true } : {}
  const guard = await ctx.doc.get<StoredItem>({
    TableName: tableName,
    Key: read.guardKey,
    ReturnConsumedCapacity: 'TOTAL',
    ...consistent,
  })
  book(stats, guard, guard.Item !== undefined)
  if (guard.Item === undefined) return []
  const item = await ownerOf(ctx, tableName, read, guard.Item, stats)
  if (item === undefined || item[design.entityTypeAttribute] !== read.entity) return []
  const entity = design.entities[read.entity]!
  const stored: StoredForm = (field, value) => storedValue(fieldInfo(entity, field), value)
  for (const predicate of read.residual) if (!matchesPredicate(item, predicate, stored)) return []
  stats.count += 1
  return [read.select ? project(item, read.select, compiled.keyAttributes, design) : item]
}

async function ownerOf(
  ctx: QueryContext,
  tableName: string,
  read: PointRead,
  guard: StoredItem,
  stats: QueryStats,
): Promise<StoredItem | undefined> {
  const { design } = ctx
  const owner = guard.owner
  if (typeof owner !== 'string' || owner === '') throw brokenGuard(read, guard)
  const consistent = read.consistentRead ? { ConsistentRead: true } : {}
  if (typeof guard.ownerSk === 'string') {
    const key = { [design.partitionKey]: owner, [design.sortKey]: guard.ownerSk }
    const output = await ctx.doc.get<StoredItem>({
      TableName: tableName,
      Key: key,
      ReturnConsumedCapacity: 'TOTAL',
      ...consistent,
    })
    book(stats, output, output.Item !== undefined)
    return output.Item
  }
  let start: Record<string, unknown> | undefined
  do {
    const output = await ctx.doc.query<StoredItem>({
      TableName: tableName,
      KeyConditionExpression: '#pk = :pk',
      FilterExpression: '#attribute = :value AND #et = :et',
      ExpressionAttributeNames: {
        '#pk': design.partitionKey,
        '#attribute': read.attribute,
        '#et': design.entityTypeAttribute,
      },
      ExpressionAttributeValues: { ':pk': owner, ':value': read.value, ':et': read.entity },
      ReturnConsumedCapacity: 'TOTAL',
      ...consistent,
      ...(start ? { ExclusiveStartKey: start } : {}),
    })
    stats.pages += 1
    stats.scannedCount += output.ScannedCount ?? 0
    stats.capacityUnits += output.ConsumedCapacity?.CapacityUnits ?? 0
    if (output.Items?.[0]) return output.Items[0]
    start = output.LastEvaluatedKey
  } while (start)
  return undefined
}

function book(stats: QueryStats, output: ReadOutput, found: boolean): void {
  stats.pages += 1
  if (found) stats.scannedCount += 1
  stats.capacityUnits += output.ConsumedCapacity?.CapacityUnits ?? 0
}

function project(
  item: StoredItem,
  select: readonly string[],
  keyAttributes: readonly string[],
  design: TableDesign,
): StoredItem {
  const out: StoredItem = {}
  for (const field of [...select, ...keyAttributes, design.entityTypeAttribute]) {
    if (field in item) out[field] = item[field]
  }
  return out
}

function brokenGuard(read: PointRead, guard: StoredItem): QueryError {
  const key = JSON.stringify(read.guardKey)
  return new QueryError(
    'UNIQUE_GUARD_BROKEN',
    `the unique guard ${key} names no owner (${JSON.stringify(guard.owner)})`,
    {
      hint: `the guard item was not written by this ORM or was edited: delete it and save the ${read.entity} again to rewrite it, or query with useIndex() to bypass the guard`,
      entity: read.entity,
    },
  )
}
