import type { OrmContext } from '../context'
import { KeyChangeError } from '../errors/key-change'
import type { CompiledEntity } from '../storage/compiled-entity'
import { keyOf, toItem } from '../storage/to-item'
import { sameValue } from './diff'
import { WriteExpressionBuilder } from './expression'
import { type GuardOwner, hasValue, planGuardDelete, planGuardPut, planGuardRehome } from './guards'
import { addToPlan, emptyPlan, type WritePlan } from './plan'
import type { PlanUpdateOptions } from './plan-update'

type Attributes = Readonly<Record<string, unknown>>

/** The first attribute of the table key (pk or sk template) that `changes` gives a new value, or null. */
export function movedKeyField(
  entity: CompiledEntity,
  before: Attributes,
  changes: Attributes,
): string | null {
  for (const template of [entity.partition, entity.sort]) {
    for (const field of template.fields) {
      if (field in changes && !sameValue(before[field], changes[field])) return field
    }
  }
  return null
}

/**
 * Refuses key changes a move cannot carry: the primary key (other items refer to it), and the key of a
 * parent whose children live in its item collection (their keys are rendered from the same fields).
 */
export function assertMovable(ctx: OrmContext, entity: CompiledEntity, field: string): void {
  if (entity.primaryKey.includes(field)) throw new KeyChangeError(entity.name, field, 'primary-key')
  const children = Object.values(ctx.design.entities)
    .filter((other) => other.collectionParent?.entity === entity.name)
    .map((other) => other.name)
  if (children.length > 0) throw new KeyChangeError(entity.name, field, 'has-collection-children', children)
}

/** The model attributes of a stored item with `changes` applied (`undefined` removes). */
function movedAttributes(entity: CompiledEntity, before: Attributes, changes: Attributes): Attributes {
  const after: Record<string, unknown> = {}
  for (const name in before) if (!entity.storageAttributes.has(name)) after[name] = before[name]
  for (const name in changes) {
    if (changes[name] === undefined) delete after[name]
    else after[name] = changes[name]
  }
  return after
}

/**
 * Plans a key move as one TransactWriteItems: delete the old item (it must exist, at the expected version,
 * meeting the caller's condition), put the item under its new key (which must be free) with every index
 * key rendered again, and move unique guards: changed values as on update, unchanged ones handed to the
 * new key. `before` must be the whole stored item: the new item is written from it.
 */
export function planMove(
  ctx: OrmContext,
  entity: CompiledEntity,
  before: Attributes,
  changes: Attributes,
  options: PlanUpdateOptions = {},
): WritePlan {
  const oldKey = keyOf(entity, before)
  const builder = new WriteExpressionBuilder()
  builder.exists(entity.partitionAttribute)
  const versionAttribute = entity.versionAttribute
  const expected = versionAttribute ? (options.expectedVersion ?? null) : null
  if (versionAttribute && expected !== null) {
    if (expected === 0) builder.notExists(versionAttribute)
    else builder.equals(versionAttribute, expected)
  }
  if (options.condition) builder.condition(options.condition)
  const plan = emptyPlan()
  const role = { kind: 'entity', entity: entity.name, expectedVersion: expected, versionAttribute } as const
  addToPlan(
    plan,
    {
      Delete: {
        TableName: ctx.tableName,
        Key: oldKey,
        ...builder.build(),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    `delete ${entity.name} ${oldKey[entity.partitionAttribute]} (moved)`,
    { ...role, operation: 'update', key: oldKey },
  )
  const version = versionAttribute
    ? { [versionAttribute]: nextVersion(before[versionAttribute], expected) }
    : undefined
  const item = toItem(ctx, entity, movedAttributes(entity, before, changes), version)
  const newKey = {
    [entity.partitionAttribute]: item[entity.partitionAttribute] as string,
    [entity.sortAttribute]: item[entity.sortAttribute] as string,
  }
  addToPlan(
    plan,
    {
      Put: {
        TableName: ctx.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(#pk)',
        ExpressionAttributeNames: { '#pk': entity.partitionAttribute },
      },
    },
    `put ${entity.name} ${newKey[entity.partitionAttribute]} (moved)`,
    { ...role, expectedVersion: null, operation: 'create', key: newKey },
  )
  moveGuards(ctx, entity, before, changes, { from: oldKey[entity.partitionAttribute]!, to: newKey }, plan)
  return plan
}

function nextVersion(stored: unknown, expected: number | null): number {
  if (expected !== null) return expected + 1
  return typeof stored === 'number' ? stored + 1 : 1
}

function moveGuards(
  ctx: OrmContext,
  entity: CompiledEntity,
  before: Attributes,
  changes: Attributes,
  owners: { readonly from: string; readonly to: GuardOwner },
  plan: WritePlan,
): void {
  for (const guard of entity.guards) {
    const previous = before[guard.attribute]
    const next = guard.attribute in changes ? changes[guard.attribute] : previous
    if (sameValue(previous, next)) {
      if (hasValue(previous)) planGuardRehome(ctx, entity, guard, previous, owners, plan)
      continue
    }
    if (hasValue(previous)) planGuardDelete(ctx, entity, guard, previous, plan)
    if (hasValue(next)) planGuardPut(ctx, entity, guard, next, owners.to, plan)
  }
}
