import { ConditionalCheckFailedError as ClientConditionalCheckFailed } from '@dbtooling/dynamo-client'
import { cloneValue } from '../model/casts'
import type { ModelBase } from '../model/model-base'
import { auditedPlan } from '../security/audit/audit-context'
import { versionOf } from '../storage/from-item'
import { sendTransaction } from '../transaction/send-transaction'
import { provenOwnUpdate } from '../write/ambiguous-proof'
import { mapCancellation, mapConditionFailure } from '../write/map-write-error'
import type { WritePlan } from '../write/plan'
import type { WriteTarget } from './resolve-target'

type Item = Record<string, unknown>

/**
 * Sends a plan built for one target. A single Update goes out as UpdateItem returning the new item
 * (ALL_NEW, so the caller sees values computed server side, e.g. a counter after ADD); several entries
 * (an update plus guard moves) go out as one transaction and return null.
 */
export async function sendPlan(
  target: WriteTarget,
  plan: WritePlan,
  options: { idempotent?: boolean } = {},
): Promise<Item | null> {
  const only = plan.items.length === 1 ? plan.items[0] : undefined
  const sent = auditedPlan(target.ctx, plan)
  if (only && 'Update' in only && sent !== plan) {
    // Audited: the update and its record are one transaction, which returns no attributes; read them.
    await sendTransaction(target.ctx, sent.items, sent.describe, {}, (error) => mapCancellation(sent, error))
    return storedItem(target, only.Update)
  }
  if (only && 'Update' in only) {
    try {
      if (options.idempotent) return await sendIdempotentUpdate(target, only.Update)
      const output = await target.ctx.doc.update({ ...only.Update, ReturnValues: 'ALL_NEW' })
      return (output.Attributes as Item | undefined) ?? null
    } catch (error) {
      // Our own lost first attempt was applied: the stored item is the one this write produced.
      const proven = provenOwnUpdate(plan.roles[0], error)
      if (proven) return proven
      if (error instanceof ClientConditionalCheckFailed) throw mapConditionFailure(plan, 0, error.item, error)
      throw error
    }
  }
  await sendTransaction(target.ctx, sent.items, sent.describe, {}, (error) => mapCancellation(sent, error))
  return null
}

type UpdateInput = Parameters<WriteTarget['ctx']['doc']['update']>[0]

/**
 * The update as a one-item transaction with a token (the client's `idempotent`), then a consistent read of
 * the stored item, since a transaction returns no attributes.
 */
async function sendIdempotentUpdate(target: WriteTarget, update: UpdateInput): Promise<Item | null> {
  await target.ctx.doc.update(update, { idempotent: true })
  return storedItem(target, update)
}

async function storedItem(target: WriteTarget, update: UpdateInput): Promise<Item | null> {
  const { Item } = await target.ctx.doc.get({
    TableName: update.TableName,
    Key: update.Key,
    ConsistentRead: true,
  })
  return (Item as Item | undefined) ?? null
}

/**
 * Brings an instance in step with what was stored for `fields` (plus updatedAt and the version), leaving
 * its other unsaved edits alone. `item` null means the fields were removed.
 */
export function applyStored(model: ModelBase, item: Item | null, fields: readonly string[]): void {
  const state = model.$state
  const meta = state.meta
  const names = meta.timestamps ? [...fields, meta.timestamps.updatedAt] : fields
  for (const name of names) {
    const value = item?.[name]
    if (value === undefined) {
      delete state.attributes[name]
      delete state.original[name]
      continue
    }
    const caster = meta.casters.get(name)
    state.attributes[name] = caster ? caster.load(value, item ?? {}) : value
    state.original[name] = cloneValue(value)
  }
  if (item && meta.entity.versionAttribute !== null) state.version = versionOf(meta.entity, item)
}

/** The write's result: the instance brought in step, or a fresh instance hydrated from the new item. */
export function settle<R>(target: WriteTarget, item: Item | null, fields: readonly string[]): R {
  if (target.model) {
    applyStored(target.model, item, fields)
    return target.model as R
  }
  if (item === null) return null as R
  return target.ctx.hydrate(target.entity.name, item) as R
}
