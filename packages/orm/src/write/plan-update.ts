import type { Condition } from '@dbtooling/dynamo-client'
import type { OrmContext } from '../context'
import type { CompiledEntity } from '../storage/compiled-entity'
import { indexKeyApplies, keyOf } from '../storage/to-item'
import { diffValue, isPlainObject, type PathChange, sameValue } from './diff'
import { WriteExpressionBuilder, type WriteExpressions } from './expression'
import { hasValue, planGuardDelete, planGuardPut } from './guards'
import { addToPlan, emptyPlan, type WritePlan } from './plan'
import { assertMovable, movedKeyField, planMove } from './plan-move'

/**
 * Options of `planUpdate`: the version read with `before`, and an extra condition.
 *
 * @example
 * ```ts
 * const options: PlanUpdateOptions = { expectedVersion: 3 }
 * const plan = planUpdate(orm.ctx, 'Post', stored, { title: 'New' }, options)
 * ```
 */
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
 * condition and `_v + 1` as the new version. The item must exist (`attribute_exists(pk)`). A change
 * of an attribute the table key is rendered from moves the item instead (see `planMove`): `before` must
 * then be the whole stored item.
 *
 * @example
 * ```ts
 * const plan = planUpdate(orm.ctx, 'User', stored, { email: 'new@example.com' }) // moves the email guard too
 * await executePlan(orm.ctx, plan)
 * ```
 */
export function planUpdate(
  ctx: OrmContext,
  entityOrName: CompiledEntity | string,
  before: Attributes,
  changes: Attributes,
  options: PlanUpdateOptions = {},
): WritePlan {
  const entity = typeof entityOrName === 'string' ? ctx.entity(entityOrName) : entityOrName
  const moved = movedKeyField(entity, before, changes)
  if (moved !== null) {
    assertMovable(ctx, entity, moved)
    return planMove(ctx, entity, before, changes, options)
  }
  const builder = new WriteExpressionBuilder()
  const names = addChanges(builder, before, changes, options.replaceMaps === true, entity)
  applyIndexKeys(entity, before, changes, builder)
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
  const update = builder.buildInto({ TableName: ctx.tableName, Key: key } as UpdateRequest)
  update.ReturnValuesOnConditionCheckFailure = 'ALL_OLD'
  addToPlan(plan, { Update: update }, `update ${entity.name} ${key[entity.partitionAttribute]} (${names})`, {
    kind: 'entity',
    entity: entity.name,
    operation: 'update',
    key,
    expectedVersion: expected,
    versionAttribute: entity.versionAttribute,
    ...(expected !== null ? { written: changes } : {}),
  })
  moveGuards(ctx, entity, before, changes, key, plan)
  return plan
}

type UpdateRequest = WriteExpressions & {
  TableName: string
  Key: Record<string, string>
  UpdateExpression: string
  ReturnValuesOnConditionCheckFailure?: 'ALL_OLD'
}

/**
 * SET/REMOVE clauses for the changed attributes; returns their names (`a, b`) for the plan's description.
 * Maps that existed before are updated field by field (see diffValue); a top-level value that is not a
 * map on both sides is set or removed whole, without building path changes (the usual save).
 */
function addChanges(
  builder: WriteExpressionBuilder,
  before: Attributes,
  changes: Attributes,
  replaceMaps: boolean,
  entity: CompiledEntity,
): string {
  let names = ''
  for (const name in changes) {
    names = names === '' ? name : `${names}, ${name}`
    const value = changes[name]
    const prior = before[name]
    // An encrypted map is one ciphertext: it is replaced whole, never updated by path.
    const whole = replaceMaps || entity.design.attributes[name]?.encrypted === true
    if (!whole && isPlainObject(prior) && isPlainObject(value)) {
      const paths: PathChange[] = []
      diffValue([name], prior, value, paths)
      for (const change of paths) {
        if (change.op === 'set') builder.set(change.path, change.value)
        else builder.remove(change.path)
      }
    } else if (sameValue(prior, value)) {
      // Unchanged after all (a value set back to what is stored).
    } else if (value !== undefined) builder.setAttribute(name, value)
    else if (replaceMaps || prior !== undefined) builder.removeAttribute(name)
  }
  return names
}

function applyIndexKeys(
  entity: CompiledEntity,
  before: Attributes,
  changes: Attributes,
  builder: WriteExpressionBuilder,
): void {
  // The item as it will be, made only when a change touches an index key.
  let after: Attributes | undefined
  for (const keys of entity.indexKeys) {
    const touched =
      readsAny(keys.fields, changes) ||
      (keys.excludeSoftDeleted &&
        entity.softDeleteAttribute !== null &&
        entity.softDeleteAttribute in changes)
    if (!touched) continue
    after ??= { ...before, ...changes }
    if (indexKeyApplies(entity, keys, after)) {
      builder.set([keys.partitionAttribute], keys.partition.render(after))
      builder.set([keys.sortAttribute], keys.sort.render(after))
    } else if (indexKeyApplies(entity, keys, before) || !keys.sparse) {
      builder.remove([keys.partitionAttribute])
      builder.remove([keys.sortAttribute])
    }
  }
}

function readsAny(fields: readonly string[], changes: Attributes): boolean {
  for (const field of fields) if (field in changes) return true
  return false
}

function moveGuards(
  ctx: OrmContext,
  entity: CompiledEntity,
  before: Attributes,
  changes: Attributes,
  owner: Readonly<Record<string, string>>,
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
