import { and, eq, remove } from '@dbtooling/dynamo-client'
import { getItem } from '../model/read'
import type { CompiledEntity } from '../storage/compiled-entity'
import { planGuardDelete } from '../write/guards'
import type { WritePlan } from '../write/plan'
import type { AtomicWriteOptions } from './conditions'
import { type AtomicChange, KeyFieldWriteError, planAtomic } from './plan-atomic'
import { resolveTarget, type WriteTarget } from './resolve-target'
import { sendPlan, settle } from './send-write'
import type { AttributeNames, InstanceOf, KeyOf, ModelCtor, ModelLike } from './types'

/**
 * Removes attributes from the stored item (`REMOVE`). Sparse index keys built from a removed attribute
 * are removed along (the item leaves that index); a removed unique attribute frees its guard item in
 * the same transaction. Primary key attributes and attributes a non-sparse index needs are refused.
 *
 * @example
 * ```ts
 * await removeAttribute(task, 'dueAt') // the task leaves the sparse byDue index
 * ```
 */
export function removeAttribute<M extends ModelLike, K extends AttributeNames<M>>(
  model: M,
  fields: K | readonly K[],
  options?: AtomicWriteOptions,
): Promise<M>
export function removeAttribute<C extends ModelCtor, K extends AttributeNames<InstanceOf<C>>>(
  model: C,
  key: KeyOf<C>,
  fields: K | readonly K[],
  options?: AtomicWriteOptions,
): Promise<InstanceOf<C>>
export async function removeAttribute(first: unknown, ...rest: unknown[]): Promise<unknown> {
  const { target, args } = resolveTarget(first, rest, 'removeAttribute')
  const [fieldArg, options] = args as [string | readonly string[], AtomicWriteOptions | undefined]
  const fields = [...new Set(typeof fieldArg === 'string' ? [fieldArg] : fieldArg)]
  if (fields.length === 0) return target.model
  const change = removal(target.entity, fields)
  const guarded = target.entity.guards.filter((guard) => fields.includes(guard.attribute))
  if (guarded.length === 0) {
    const plan = planAtomic(target.ctx, target.entity, target.keyAttributes, change, options)
    return settle(target, await sendPlan(target, plan, { idempotent: options?.idempotent === true }), fields)
  }
  const before = await storedBefore(target)
  if (before === null) return settle(target, null, fields)
  const held = guarded.filter(
    (guard) => before[guard.attribute] !== undefined && before[guard.attribute] !== null,
  )
  // The guards freed must be the ones the item holds when the write lands: condition on their values.
  const unchanged = held.map((guard) => eq([guard.attribute], before[guard.attribute]))
  const condition = and(options?.condition, ...unchanged)
  const plan: WritePlan = planAtomic(target.ctx, target.entity, target.keyAttributes, change, {
    ...options,
    ...(unchanged.length > 0 ? { condition } : {}),
  })
  for (const guard of held) planGuardDelete(target.ctx, target.entity, guard, before[guard.attribute], plan)
  // Several items: one transaction, whose token makes it idempotent whatever `idempotent` says.
  await sendPlan(target, plan)
  if (target.model) return settle(target, null, fields)
  const after = { ...before }
  for (const name of [...fields, ...(change.alsoRemove ?? [])]) delete after[name]
  return settle(target, after, fields)
}

function removal(entity: CompiledEntity, fields: readonly string[]): AtomicChange {
  const alsoRemove: string[] = []
  const handled: string[] = []
  const base = new Set([...entity.design.partitionKey.fields, ...entity.design.sortKey.fields])
  for (const field of fields) {
    // Base key fields stay unhandled, so planAtomic refuses them.
    if (base.has(field) || !entity.keyFields.has(field)) continue
    for (const keys of entity.indexKeys) {
      if (!keys.fields.includes(field)) continue
      if (!keys.sparse) throw new KeyFieldWriteError(entity.name, field, 'removeAttribute')
      alsoRemove.push(keys.partitionAttribute, keys.sortAttribute)
    }
    handled.push(field)
  }
  return {
    operation: 'removeAttribute',
    fields,
    actions: fields.map((field) => remove([field])),
    alsoRemove: [...new Set(alsoRemove)],
    keyFieldsHandled: handled,
  }
}

/** The stored attributes the guards are read from: the instance's clean state, or a consistent read. */
async function storedBefore(target: WriteTarget): Promise<Record<string, unknown> | null> {
  if (target.model) return target.model.$state.original
  return getItem(target.ctx, target.entity, target.keyAttributes, true)
}
