import type { Condition } from '@dbtooling/dynamo-client'
import { fireAll } from '../model/fire'
import { generateId } from '../model/generate-id'
import type { ModelEvent } from '../model/hooks'
import type { ModelBase } from '../model/model-base'
import { nowIn } from '../model/timestamps'
import { validateModel } from '../model/validate'
import type { WritePlan } from '../write/plan'
import { planCreate } from '../write/plan-create'
import { planDelete } from '../write/plan-delete'
import { planUpdate } from '../write/plan-update'

/**
 * A model write split in two: the plan to send, and what to do once DynamoDB applied it (mark the
 * instance stored/clean, fire the after-hooks). Transactions gather plans and run every `commit` only
 * after the whole TransactWriteItems succeeded, so a rolled-back write leaves its instance untouched.
 *
 * @example
 * ```ts
 * const prepared: PreparedWrite | null = await prepareInsert(new Post({ title: 'Hi' }))
 * if (prepared) {
 *   await executePlan(orm.ctx, prepared.plan)
 *   await prepared.commit() // marks the instance stored and fires `created`/`saved`
 * }
 * ```
 */
export interface PreparedWrite {
  readonly plan: WritePlan
  commit(): Promise<void>
}

export interface PrepareOptions {
  /** Fire lifecycle hooks (default true; bulk inserts turn them off, as Eloquent's `insert` does). */
  readonly hooks?: boolean
  readonly validate?: boolean
  readonly condition?: Condition
}

/** Lifecycle hooks unless bulk work turned them off. */
function fireHooks(
  model: ModelBase,
  events: readonly ModelEvent[],
  hooks: boolean,
): Promise<boolean> | boolean {
  return hooks ? fireAll(model, events) : true
}

/** Fills generated ids and timestamps the way `save()` does for a new model. */
export function fillAutoManaged(model: ModelBase): void {
  const state = model.$state
  const meta = state.meta
  const id = meta.generatedId
  if (id && (state.attributes[id.attribute] === undefined || state.attributes[id.attribute] === '')) {
    state.attributes[id.attribute] = generateId(id.kind)
  }
  if (meta.timestamps) {
    const now = nowIn(meta.timestamps.format)
    state.attributes[meta.timestamps.createdAt] ??= now
    state.attributes[meta.timestamps.updatedAt] ??= now
  }
}

/**
 * Insert of a new model; null when a `saving`/`creating` hook cancelled it.
 *
 * @example
 * ```ts
 * const prepared = await prepareInsert(new User({ email: 'ada@example.com' }))
 * if (prepared) console.log(prepared.plan.describe)
 * ```
 */
export async function prepareInsert(
  model: ModelBase,
  options: PrepareOptions = {},
): Promise<PreparedWrite | null> {
  const hooks = options.hooks !== false
  if (!(await fireHooks(model, ['saving', 'creating'], hooks))) return null
  fillAutoManaged(model)
  if (options.validate !== false) await validateModel(model, 'create')
  const state = model.$state
  const stored = state.storage()
  const plan = planCreate(
    model.$ctx,
    state.meta.entity,
    stored,
    options.condition ? { condition: options.condition } : {},
  )
  return {
    plan,
    async commit() {
      state.exists = true
      state.version = state.meta.entity.versionAttribute ? 1 : 0
      state.syncOriginal(stored)
      await fireHooks(model, ['created', 'saved'], hooks)
    },
  }
}

/**
 * Update of a stored model's dirty attributes; null when cancelled, an empty plan when nothing changed.
 *
 * @example
 * ```ts
 * user.name = 'Ada Lovelace'
 * const prepared = await prepareUpdate(user)
 * if (prepared) console.log(prepared.plan.describe) // one UpdateItem of name and updatedAt
 * ```
 */
export async function prepareUpdate(
  model: ModelBase,
  options: PrepareOptions = {},
): Promise<PreparedWrite | null> {
  const hooks = options.hooks !== false
  const state = model.$state
  const meta = state.meta
  if (!(await fireHooks(model, ['saving'], hooks))) return null
  if (Object.keys(state.dirty()).length === 0) {
    return {
      plan: { items: [], describe: [], roles: [] },
      commit: async () => void (await fireHooks(model, ['saved'], hooks)),
    }
  }
  if (!(await fireHooks(model, ['updating'], hooks))) return null
  if (meta.timestamps) state.attributes[meta.timestamps.updatedAt] = nowIn(meta.timestamps.format)
  if (options.validate !== false) await validateModel(model, 'update')
  return changesWrite(model, state.dirty(), ['updated', 'saved'], hooks, options.condition)
}

/**
 * Soft delete (models with soft deletes) or delete with guards; null when a hook cancelled it.
 *
 * @example
 * ```ts
 * const prepared = await prepareDelete(post, { force: true })
 * if (prepared) {
 *   await executePlan(orm.ctx, prepared.plan)
 *   await prepared.commit()
 * }
 * ```
 */
export async function prepareDelete(model: ModelBase, options: PrepareOptions & { force?: boolean } = {}) {
  const hooks = options.hooks !== false
  const state = model.$state
  const meta = state.meta
  if (meta.softDelete !== null && !options.force) {
    if (!(await fireHooks(model, ['deleting'], hooks))) return null
    const now = nowIn(meta.timestamps?.format ?? 'iso')
    const changes: Record<string, unknown> = { [meta.softDelete]: now }
    if (meta.timestamps) changes[meta.timestamps.updatedAt] = now
    Object.assign(state.attributes, changes)
    return changesWrite(model, changes, ['deleted'], hooks, options.condition)
  }
  const before: ModelEvent[] = options.force ? ['forceDeleting', 'deleting'] : ['deleting']
  if (!(await fireHooks(model, before, hooks))) return null
  const versioned = meta.entity.versionAttribute !== null
  const plan = planDelete(model.$ctx, meta.entity, state.original, {
    expectedVersion: versioned ? state.version : null,
    ...(options.condition ? { condition: options.condition } : {}),
  })
  const after: ModelEvent[] = options.force ? ['deleted', 'forceDeleted'] : ['deleted']
  return {
    plan,
    async commit() {
      state.exists = false
      await fireHooks(model, after, hooks)
    },
  }
}

function changesWrite(
  model: ModelBase,
  changes: Readonly<Record<string, unknown>>,
  after: readonly ModelEvent[],
  hooks: boolean,
  condition: Condition | undefined,
): PreparedWrite {
  const state = model.$state
  const versioned = state.meta.entity.versionAttribute !== null
  const plan = planUpdate(model.$ctx, state.meta.entity, state.original, changes, {
    expectedVersion: versioned ? state.version : null,
    ...(condition ? { condition } : {}),
  })
  return {
    plan,
    async commit() {
      if (versioned) state.version += 1
      state.syncOriginal(changes)
      await fireHooks(model, after, hooks)
    },
  }
}
