import {
  add,
  and,
  buildExpressions,
  type Condition,
  set,
  setIfNotExists,
  type UpdateAction,
} from '@dbtooling/dynamo-client'
import { resolveModel } from '../batch/model-keys'
import type { OrmContext } from '../context'
import { ConditionalCheckFailedError } from '../errors/conditional-check-failed'
import type { UpsertAttributes } from '../model/attribute-types'
import type { ModelBase } from '../model/model-base'
import { getItem } from '../model/read'
import type { CompiledEntity } from '../storage/compiled-entity'
import { fromItem, versionOf } from '../storage/from-item'
import { indexKeyApplies, keyOf } from '../storage/to-item'
import { executePlan } from '../write/execute-plan'
import { addToPlan, emptyPlan, type WritePlan } from '../write/plan'
import { planCreate } from '../write/plan-create'
import { planUpdate } from '../write/plan-update'
import { conditionsFor, expectedVersionOf, type WriteConditions } from './conditions'
import { fillAutoManaged } from './prepare'
import { sendPlan } from './send-write'
import type { InstanceOf, ModelCtor } from './types'

type Item = Record<string, unknown>

/**
 * Creates the item or updates the given attributes of the existing one, in one UpdateItem: attributes
 * not given keep their stored values (defaults and `createdAt` apply only when the item is new). Models
 * with unique attributes read the item first so their guards move in the same transaction. Accepts
 * `ifExists` / `expectVersion` / `condition`. Resolves to the stored item as an instance.
 *
 * @example
 * ```ts
 * const user = await upsert(User, { id: 'u1', name: 'Ada' }) // creates u1, or updates only its name
 * ```
 */
export async function upsert<C extends ModelCtor>(
  model: C,
  attributes: UpsertAttributes<C['definition']>,
  options: WriteConditions = {},
): Promise<InstanceOf<C>> {
  const { ctx, entity, ctor } = resolveModel(model)
  const instance = new ctor().forceFill(attributes as Item)
  fillAutoManaged(instance)
  const given = storedGiven(instance, Object.keys(attributes as Item))
  if (entity.guards.length > 0)
    return (await upsertGuarded(ctx, entity, instance, given, options)) as InstanceOf<C>
  const plan = planUpsert(ctx, entity, instance, given, options)
  const item = await sendPlan({ ctx, entity, keyAttributes: given, model: null }, plan)
  return ctx.hydrate(entity.name, item ?? {}) as InstanceOf<C>
}

/** Storage form of the given attributes plus the key and what `fillAutoManaged` set. */
function storedGiven(instance: ModelBase, names: readonly string[]): Item {
  const meta = instance.$meta
  const wanted = new Set([...names, ...meta.entity.primaryKey])
  if (meta.timestamps) wanted.add(meta.timestamps.updatedAt)
  const out: Item = {}
  for (const name of wanted) {
    const value = instance.$state.stored(name)
    if (value !== undefined) out[name] = value
  }
  return out
}

function planUpsert(
  ctx: OrmContext,
  entity: CompiledEntity,
  instance: ModelBase,
  given: Item,
  options: WriteConditions,
) {
  const meta = instance.$meta
  const actions: UpdateAction[] = []
  // The model's key fields are stored as plain attributes too (as create() stores them), so a later
  // find() hydrates them; only the table's own key attributes cannot be SET by an UpdateItem.
  const tableKeys = new Set([ctx.design.partitionKey, ctx.design.sortKey])
  for (const [name, value] of Object.entries(given)) {
    if (!tableKeys.has(name)) actions.push(set([name], value))
  }
  for (const [name, value] of Object.entries(meta.defaults))
    if (!(name in given)) actions.push(setIfNotExists([name], value))
  if (meta.timestamps)
    actions.push(setIfNotExists([meta.timestamps.createdAt], given[meta.timestamps.updatedAt]))
  for (const keys of entity.indexKeys) {
    if (!indexKeyApplies(entity, keys, given)) continue
    actions.push(set([keys.partitionAttribute], keys.partition.render(given)))
    actions.push(set([keys.sortAttribute], keys.sort.render(given)))
  }
  actions.push(set([entity.entityTypeAttribute], entity.name))
  if (entity.versionAttribute) actions.push(add([entity.versionAttribute], 1))
  const conditions: Condition[] = conditionsFor(entity, options, false)
  const { UpdateExpression, ...expressions } = buildExpressions({
    update: actions,
    ...(conditions.length > 0 ? { condition: and(...conditions) } : {}),
  })
  const key = keyOf(entity, given)
  const plan: WritePlan = emptyPlan()
  addToPlan(
    plan,
    {
      Update: {
        TableName: ctx.tableName,
        Key: key,
        UpdateExpression: UpdateExpression as string,
        ...expressions,
        ...(options.returnItemOnFailure === false
          ? {}
          : { ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const }),
      },
    },
    `upsert ${entity.name} ${key[entity.partitionAttribute]}`,
    {
      kind: 'entity',
      entity: entity.name,
      operation: 'update',
      key,
      expectedVersion: expectedVersionOf(entity, options),
      versionAttribute: entity.versionAttribute,
    },
  )
  return plan
}

async function upsertGuarded(
  ctx: OrmContext,
  entity: CompiledEntity,
  instance: ModelBase,
  given: Item,
  options: WriteConditions,
): Promise<ModelBase> {
  const stored = await getItem(ctx, entity, given, true)
  if (stored === null) {
    if (options.ifExists) {
      throw new ConditionalCheckFailedError({
        model: entity.name,
        message: `${entity.name} ${JSON.stringify(keyOf(entity, given))} does not exist (upsert with ifExists)`,
        hint: 'Drop ifExists to create it, or check the key.',
        item: null,
      })
    }
    const all = instance.$state.storage()
    await executePlan(
      ctx,
      planCreate(ctx, entity, all, options.condition ? { condition: options.condition } : {}),
    )
    const version = entity.versionAttribute ? { [entity.versionAttribute]: 1 } : {}
    return ctx.hydrate(entity.name, { ...all, ...keyOf(entity, all), ...version })
  }
  const before = fromItem(entity, stored)
  const version = options.expectVersion ?? versionOf(entity, stored)
  const plan = planUpdate(ctx, entity, before, given, {
    expectedVersion: entity.versionAttribute ? version : null,
    ...(options.condition ? { condition: options.condition } : {}),
  })
  await executePlan(ctx, plan)
  const next = entity.versionAttribute ? { [entity.versionAttribute]: version + 1 } : {}
  return ctx.hydrate(entity.name, { ...stored, ...given, ...next })
}
