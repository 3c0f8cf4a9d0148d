import type { TransactWriteCommandInput } from '@dbtooling/dynamo-client'
import { type CompiledKeyTemplate, compileKeyTemplate, type TableDesign } from '@dbtooling/schema'
import { GUARD_ENTITY_TYPE, hasValue } from '../../write/guards'

type Item = Readonly<Record<string, unknown>>
type TransactItem = TransactWriteCommandInput['TransactItems'][number]

/** One changed unique attribute of an entity: its guard template before (null: not unique) and after. */
export interface GuardChange {
  readonly attribute: string
  readonly before: CompiledKeyTemplate | null
  readonly after: CompiledKeyTemplate | null
  /** Text before the first placeholder of the new template (null when not unique any more). */
  readonly afterPrefix: string | null
}

/** What a guard rewrite job does: per entity, the changed unique attributes. */
export interface GuardSpec {
  readonly tableName: string
  readonly partitionKey: string
  readonly sortKey: string
  readonly entityTypeAttribute: string
  readonly changes: ReadonlyMap<string, readonly GuardChange[]>
}

/** The job's record of a guard rewrite: entity, attributes, and the templates they had before. */
export interface GuardJobEntry {
  entity: string
  attributes: string[]
  previous: Array<{ attribute: string; template: string }>
}

export function guardSpec(
  design: TableDesign,
  tableName: string,
  entries: readonly GuardJobEntry[],
): GuardSpec {
  const compile = (template: string) => compileKeyTemplate(template, design.delimiter, design.delimiterPolicy)
  const changes = new Map<string, GuardChange[]>()
  for (const entry of entries) {
    const now = new Map(
      (design.entities[entry.entity]?.uniqueGuards ?? []).map((g) => [g.attribute, g.template]),
    )
    const old = new Map(entry.previous.map((g) => [g.attribute, g.template]))
    changes.set(
      entry.entity,
      entry.attributes.map((attribute) => {
        const after = now.get(attribute)
        const before = old.get(attribute)
        return {
          attribute,
          before: before ? compile(before) : null,
          after: after ? compile(after) : null,
          afterPrefix: after ? after.slice(0, Math.max(0, after.indexOf('{'))) : null,
        }
      }),
    )
  }
  return {
    tableName,
    partitionKey: design.partitionKey,
    sortKey: design.sortKey,
    entityTypeAttribute: design.entityTypeAttribute,
    changes,
  }
}

function guardKey(template: CompiledKeyTemplate | null, attribute: string, value: unknown): string | null {
  return template && hasValue(value) ? template.render({ [attribute]: value }) : null
}

/** The guard keys the target design gives `item` (for verification), by attribute; empty for other items. */
export function wantedGuards(spec: GuardSpec, item: Item): Array<{ key: string }> {
  const changes = spec.changes.get(String(item[spec.entityTypeAttribute]))
  if (!changes) return []
  return changes.flatMap((change) => {
    const key = guardKey(change.after, change.attribute, item[change.attribute])
    return key ? [{ key }] : []
  })
}

/** A guard item the target design no longer has: of a changed attribute that is not unique now, or at an old template. */
export function isStaleGuard(spec: GuardSpec, item: Item): boolean {
  if (item[spec.entityTypeAttribute] !== GUARD_ENTITY_TYPE) return false
  const change = spec.changes.get(String(item.entity))?.find((entry) => entry.attribute === item.field)
  if (!change) return false
  if (change.afterPrefix === null) return true
  return !String(item[spec.partitionKey]).startsWith(change.afterPrefix)
}

/** Position of the check on the entity item in the transaction, so a cancellation can be traced. */
export const GUARD_CHECK = 0

/**
 * The TransactWriteItems rewriting `item`'s changed guards: a check that the item still holds the values read
 * (a concurrent change makes the whole rewrite fail, then it is re-read), the old guard deleted and the new
 * one put, each only when free or owned by this item. Null when no guard of the item changes.
 */
export function guardTransaction(spec: GuardSpec, item: Item): TransactWriteCommandInput | null {
  const changes = spec.changes.get(String(item[spec.entityTypeAttribute]))
  if (!changes) return null
  const key = { [spec.partitionKey]: item[spec.partitionKey], [spec.sortKey]: item[spec.sortKey] }
  const owned = {
    ConditionExpression: 'attribute_not_exists(#pk) OR #owner = :owner',
    ExpressionAttributeNames: { '#pk': spec.partitionKey, '#owner': 'owner' },
    ExpressionAttributeValues: { ':owner': item[spec.partitionKey] },
  }
  const writes: TransactItem[] = []
  const names: Record<string, string> = { '#pk': spec.partitionKey }
  const values: Record<string, unknown> = {}
  const conditions = ['attribute_exists(#pk)']
  changes.forEach((change, position) => {
    const value = item[change.attribute]
    names[`#a${position}`] = change.attribute
    if (value === undefined) conditions.push(`attribute_not_exists(#a${position})`)
    else {
      values[`:a${position}`] = value
      conditions.push(`#a${position} = :a${position}`)
    }
    const before = guardKey(change.before, change.attribute, value)
    const after = guardKey(change.after, change.attribute, value)
    if (before === after) return
    if (before)
      writes.push({
        Delete: {
          TableName: spec.tableName,
          Key: { [spec.partitionKey]: before, [spec.sortKey]: before },
          ...owned,
        },
      })
    if (after)
      writes.push({
        Put: {
          TableName: spec.tableName,
          Item: {
            [spec.partitionKey]: after,
            [spec.sortKey]: after,
            [spec.entityTypeAttribute]: GUARD_ENTITY_TYPE,
            entity: item[spec.entityTypeAttribute],
            field: change.attribute,
            owner: item[spec.partitionKey],
            ownerSk: item[spec.sortKey],
          },
          ...owned,
        },
      })
  })
  if (writes.length === 0) return null
  const check: TransactItem = {
    ConditionCheck: {
      TableName: spec.tableName,
      Key: key,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    },
  }
  return { TransactItems: [check, ...writes] }
}
