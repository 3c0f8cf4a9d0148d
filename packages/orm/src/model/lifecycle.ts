import { executePlan } from '../write/execute-plan'
import { planDelete } from '../write/plan-delete'
import { fireAll } from './fire'
import type { ModelEvent } from './hooks'
import type { ModelBase } from './model-base'
import { writeChanges } from './persist'
import { nowIn } from './timestamps'
import { type ConditionOptions, expectedVersionFor, writeCondition } from './write-condition'

/**
 * Soft delete (sets the soft-delete attribute, drops the item from live-only indexes) when the model uses
 * soft deletes, else a real delete with its unique guards. Resolves false when a `deleting` hook cancels.
 */
export async function deleteModel(model: ModelBase, options: ConditionOptions<never> = {}): Promise<boolean> {
  const meta = model.$meta
  if (meta.softDelete === null) return forceDeleteModel(model, options, ['deleting'], ['deleted'])
  if (!model.exists) return false
  if (!(await fireAll(model, ['deleting']))) return false
  const now = nowIn(meta.timestamps?.format ?? 'iso')
  model.$state.attributes[meta.softDelete] = now
  const changes: Record<string, unknown> = { [meta.softDelete]: now }
  if (meta.timestamps) {
    model.$state.attributes[meta.timestamps.updatedAt] = now
    changes[meta.timestamps.updatedAt] = now
  }
  await writeChanges(model, changes, options)
  await fireAll(model, ['deleted'])
  return true
}

/** Deletes the item for good (and its unique guards), soft deletes or not. */
export async function forceDeleteModel(
  model: ModelBase,
  options: ConditionOptions<never> = {},
  before: readonly ModelEvent[] = ['forceDeleting', 'deleting'],
  after: readonly ModelEvent[] = ['deleted', 'forceDeleted'],
): Promise<boolean> {
  if (!model.exists) return false
  const condition = writeCondition(model, options.condition)
  const expectedVersion = expectedVersionFor(model, options)
  if (!(await fireAll(model, before))) return false
  const state = model.$state
  const plan = planDelete(model.$ctx, state.meta.entity, state.original, {
    expectedVersion,
    ...(condition ? { condition } : {}),
  })
  await executePlan(model.$ctx, plan)
  state.exists = false
  await fireAll(model, after)
  return true
}

/** Clears the soft-delete attribute; the item reappears in queries and live-only indexes. */
export async function restoreModel(model: ModelBase): Promise<boolean> {
  const meta = model.$meta
  if (meta.softDelete === null || !model.exists || !model.trashed()) return false
  if (!(await fireAll(model, ['restoring']))) return false
  delete model.$state.attributes[meta.softDelete]
  const changes: Record<string, unknown> = { [meta.softDelete]: undefined }
  if (meta.timestamps) {
    const now = nowIn(meta.timestamps.format)
    model.$state.attributes[meta.timestamps.updatedAt] = now
    changes[meta.timestamps.updatedAt] = now
  }
  await writeChanges(model, changes)
  await fireAll(model, ['restored'])
  return true
}
