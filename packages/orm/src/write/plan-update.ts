import type { Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import type { CompiledEntity } from '../storage/compiled-entity'
import { indexKeyApplies, keyOf } from '../storage/to-item'
import { diffValue, type PathChange, sameValue } from './diff'
import { WriteExpressionBuilder } from './expression'
import { hasValue, planGuardDelete, planGuardPut } from './guards'
import { addToPlan, emptyPlan, type WritePlan } from './plan'

export interface PlanUpdateOptions {
  /** Versioned entities: the version read with `before`; the write fails with VersionConflictError otherwise. */
  readonly expectedVersion?: number | null
  /** Extra condition ANDed with the existence (and version) check. */
  readonly condition?: Condition
  /** Replace changed maps whole instead of updating their changed fields. */
  readonly replaceMaps?: boolean
}

type Attributes = Readonly<Record<string, unknown>>

/**
 * Plans an UpdateItem of the changed attributes only (`changes` in storage form; `undefined` removes).
 * Index keys that read a changed field are re-rendered (or removed when a sparse key loses a field),
 * unique guards move when a unique attribute changes, and versioned entities get `_v = :expected` as a
 * condition and `_v + 1` as the new version. The item must exist (`attribute_exists(pk)`).
 */
export function planUpdate(
  ctx: OrmContext,
  entityOrName: CompiledEntity | string,
  before: Attributes,
  changes: Attributes,
  options: PlanUpdateOptions = {},
): WritePlan {
  const entity = typeof entityOrName === 'string' ? ctx.entity(entityOrName) : entityOrName
  assertKeyUnchanged(entity, before, changes)
  const after = { ...before, ...changes }
  const builder = new WriteExpressionBuilder()
  for (const change of attributeChanges(before, changes, options.replaceMaps === true)) {
    if (change.op === 'set') builder.set(change.path, change.value)
    else builder.remove(change.path)
  }
  applyIndexKeys(entity, before, after, changes, builder)
  const expected = entity.versionAttribute ? (options.expectedVersion ?? null) : null
  builder.exists(entity.partitionAttribute)
  if (entity.versionAttribute && expected !== null) {
    if (expected === 0) builder.notExists(entity.versionAttribute)
    else builder.equals(entity.versionAttribute, expected)
    builder.set([entity.versionAttribute], expected + 1)
  }
  if (options.condition) builder.condition(options.condition)
  const key = keyOf(entity, before)
  const plan = emptyPlan()
  const names = Object.keys(changes).join(', ')
  addToPlan(
    plan,
    {
      Update: {
        TableName: ctx.tableName,
        Key: key,
        ...(builder.build() as { UpdateExpression: string }),
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
    `update ${entity.name} ${key[entity.partitionAttribute]} (${names})`,
    {
      kind: 'entity',
      entity: entity.name,
      operation: 'update',
      key,
      expectedVersion: expected,
      versionAttribute: entity.versionAttribute,
    },
  )
  moveGuards(ctx, entity, before, changes, key[entity.partitionAttribute] ?? '', plan)
  return plan
}

function attributeChanges(before: Attributes, changes: Attributes, replaceMaps: boolean): PathChange[] {
  const out: PathChange[] = []
  for (const name of Object.keys(changes)) {
    const value = changes[name]
    if (replaceMaps) {
      if (sameValue(before[name], value)) continue
      out.push(value === undefined ? { op: 'remove', path: [name] } : { op: 'set', path: [name], value })
    } else diffValue([name], before[name], value, out)
  }
  return out
}

function applyIndexKeys(
  entity: CompiledEntity,
  before: Attributes,
  after: Attributes,
  changes: Attributes,
  builder: WriteExpressionBuilder,
): void {
  for (const keys of entity.indexKeys) {
    const touched =
      keys.fields.some((field) => field in changes) ||
      (keys.excludeSoftDeleted &&
        entity.softDeleteAttribute !== null &&
        entity.softDeleteAttribute in changes)
    if (!touched) continue
    if (indexKeyApplies(entity, keys, after)) {
      builder.set([keys.partitionAttribute], keys.partition.render(after))
      builder.set([keys.sortAttribute], keys.sort.render(after))
    } else if (indexKeyApplies(entity, keys, before) || !keys.sparse) {
      builder.remove([keys.partitionAttribute])
      builder.remove([keys.sortAttribute])
    }
  }
}

function moveGuards(
  ctx: OrmContext,
  entity: CompiledEntity,
  before: Attributes,
  changes: Attributes,
  owner: string,
  plan: WritePlan,
): void {
  for (const guard of entity.guards) {
    if (!(guard.attribute in changes)) continue
    const previous = before[guard.attribute]
    const next = changes[guard.attribute]
    if (sameValue(previous, next)) continue
    if (hasValue(previous)) planGuardDelete(ctx, entity, guard, previous, plan)
    if (hasValue(next)) planGuardPut(ctx, entity, guard, next, owner, plan)
  }
}

function assertKeyUnchanged(entity: CompiledEntity, before: Attributes, changes: Attributes): void {
  for (const field of entity.primaryKey) {
    if (field in changes && !sameValue(before[field], changes[field])) {
      throw new TypeError(
        `${entity.name}.${field} is part of the primary key and cannot be updated; create a new item and delete the old one`,
      )
    }
  }
}
