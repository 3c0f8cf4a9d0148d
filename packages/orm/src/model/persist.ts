import { executePlan } from '../write/execute-plan'
import { planCreate } from '../write/plan-create'
import { planUpdate } from '../write/plan-update'
import { fire } from './fire'
import { generateId } from './generate-id'
import type { ModelBase } from './model-base'
import { nowIn } from './timestamps'
import { validateModel } from './validate'

/** Options of `save()`. */
export interface SaveOptions {
  /** Skip the model's validation rules. */
  readonly validate?: boolean
  /** Skip lifecycle hooks. */
  readonly quiet?: boolean
  /** Leave `updatedAt` alone. */
  readonly touch?: boolean
}

async function fireAll(
  model: ModelBase,
  events: Parameters<typeof fire>[1][],
  quiet: boolean,
): Promise<boolean> {
  if (quiet) return true
  for (const event of events) if ((await fire(model, event)) === false) return false
  return true
}

/** Inserts a new model: PutItem with `attribute_not_exists(pk)` (plus unique guards in one transaction). */
export async function insertModel(model: ModelBase, options: SaveOptions = {}): Promise<boolean> {
  const quiet = options.quiet === true
  const state = model.$state
  const meta = state.meta
  if (!(await fireAll(model, ['saving', 'creating'], quiet))) return false
  const id = meta.generatedId
  if (id && (state.attributes[id.attribute] === undefined || state.attributes[id.attribute] === '')) {
    state.attributes[id.attribute] = generateId(id.kind)
  }
  if (meta.timestamps) {
    const now = nowIn(meta.timestamps.format)
    state.attributes[meta.timestamps.createdAt] ??= now
    if (options.touch !== false || state.attributes[meta.timestamps.updatedAt] === undefined) {
      state.attributes[meta.timestamps.updatedAt] = now
    }
  }
  if (options.validate !== false) await validateModel(model, 'create')
  const stored = state.storage()
  await executePlan(model.$ctx, planCreate(model.$ctx, meta.entity, stored))
  state.exists = true
  state.version = meta.entity.versionAttribute ? 1 : 0
  state.syncOriginal(stored)
  await fireAll(model, ['created', 'saved'], quiet)
  return true
}

/** Updates a stored model: UpdateItem of the dirty attributes only; no request when nothing changed. */
export async function updateModel(model: ModelBase, options: SaveOptions = {}): Promise<boolean> {
  const quiet = options.quiet === true
  const state = model.$state
  const meta = state.meta
  if (!(await fireAll(model, ['saving'], quiet))) return false
  if (Object.keys(state.dirty()).length === 0) {
    state.changes = {}
    await fireAll(model, ['saved'], quiet)
    return true
  }
  if (!(await fireAll(model, ['updating'], quiet))) return false
  if (meta.timestamps && options.touch !== false) {
    state.attributes[meta.timestamps.updatedAt] = nowIn(meta.timestamps.format)
  }
  if (options.validate !== false) await validateModel(model, 'update')
  await writeChanges(model, state.dirty())
  await fireAll(model, ['updated', 'saved'], quiet)
  return true
}

/** Sends an UpdateItem for storage-form changes and marks them clean (shared with delete/restore). */
export async function writeChanges(
  model: ModelBase,
  changes: Readonly<Record<string, unknown>>,
): Promise<void> {
  const state = model.$state
  const entity = state.meta.entity
  const versioned = entity.versionAttribute !== null
  const plan = planUpdate(model.$ctx, entity, state.original, changes, {
    expectedVersion: versioned ? state.version : null,
  })
  await executePlan(model.$ctx, plan)
  if (versioned) state.version += 1
  state.syncOriginal(changes)
}
