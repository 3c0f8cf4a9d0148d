import { InvalidWriteOptionError } from '../errors/invalid-write-option'
import { keyOf } from '../storage/to-item'
import { executePlan } from '../write/execute-plan'
import { planCreate } from '../write/plan-create'
import { assertMovable, movedKeyField } from '../write/plan-move'
import { planUpdate } from '../write/plan-update'
import { fireAll } from './fire'
import { generateId } from './generate-id'
import type { ModelEvent } from './hooks'
import type { ModelBase } from './model-base'
import { nowIn } from './timestamps'
import { validateModel } from './validate'
import { type ConditionOptions, expectedVersionFor, writeCondition } from './write-condition'

/**
 * Options of `save()`; `Q` is the model's query builder, which a where-callback condition receives.
 *
 * @example
 * ```ts
 * const options: SaveOptions = { validate: false, quiet: true, touch: false }
 * await user.save(options)
 * ```
 */
export interface SaveOptions<Q = never> extends ConditionOptions<Q> {
  /** Skip the model's validation rules. */
  readonly validate?: boolean
  /** Skip lifecycle hooks. */
  readonly quiet?: boolean
  /** Leave `updatedAt` alone. */
  readonly touch?: boolean
}

// The event lists each save fires, made once.
const BEFORE_CREATE: readonly ModelEvent[] = ['saving', 'creating']
const AFTER_CREATE: readonly ModelEvent[] = ['created', 'saved']
const AFTER_UPDATE: readonly ModelEvent[] = ['updated', 'saved']
const SAVING: readonly ModelEvent[] = ['saving']
const SAVED: readonly ModelEvent[] = ['saved']
const UPDATING: readonly ModelEvent[] = ['updating']

/** Hooks unless quiet; `true` synchronously when nothing is listening. */
function fireUnlessQuiet(
  model: ModelBase,
  events: readonly ModelEvent[],
  quiet: boolean,
): Promise<boolean> | boolean {
  return quiet ? true : fireAll(model, events)
}

// Hooks and validation answer synchronously when nothing async is registered; each step below awaits
// only a pending answer, so a plain save spends its time on the request, not on microtask turns.

/** Inserts a new model: PutItem with `attribute_not_exists(pk)` (plus unique guards in one transaction). */
export async function insertModel(model: ModelBase, options: SaveOptions = {}): Promise<boolean> {
  const quiet = options.quiet === true
  const state = model.$state
  const meta = state.meta
  const before = fireUnlessQuiet(model, BEFORE_CREATE, quiet)
  if (before !== true && !(await before)) return false
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
  const validating = options.validate !== false ? validateModel(model, 'create') : undefined
  if (validating) await validating
  const stored = state.storage()
  const condition = insertCondition(model, options)
  await executePlan(model.$ctx, planCreate(model.$ctx, meta.entity, stored, condition ? { condition } : {}))
  state.exists = true
  state.version = meta.entity.versionAttribute ? 1 : 0
  state.syncOriginal(stored, stored)
  const after = fireUnlessQuiet(model, AFTER_CREATE, quiet)
  if (after !== true) await after
  return true
}

/** Updates a stored model: UpdateItem of the dirty attributes only; no request when nothing changed. */
export async function updateModel(model: ModelBase, options: SaveOptions = {}): Promise<boolean> {
  const quiet = options.quiet === true
  const state = model.$state
  const meta = state.meta
  const saving = fireUnlessQuiet(model, SAVING, quiet)
  if (saving !== true && !(await saving)) return false
  let changes = state.dirty()
  if (isEmpty(changes)) {
    state.changes = {}
    const saved = fireUnlessQuiet(model, SAVED, quiet)
    if (saved !== true) await saved
    return true
  }
  const updating = fireUnlessQuiet(model, UPDATING, quiet)
  if (updating !== true && !(await updating)) return false
  if (meta.timestamps && options.touch !== false) {
    const updatedAt = meta.timestamps.updatedAt
    state.attributes[updatedAt] = nowIn(meta.timestamps.format)
    changes[updatedAt] = state.stored(updatedAt)
  }
  const validating = options.validate !== false ? validateModel(model, 'update') : undefined
  if (validating) await validating
  // Hooks or async rules ran code of the user's meanwhile: what changed is worked out again.
  if (updating !== true || validating) changes = state.dirty()
  await writeChanges(model, changes, options)
  const after = fireUnlessQuiet(model, AFTER_UPDATE, quiet)
  if (after !== true) await after
  return true
}

/** Sends an UpdateItem for storage-form changes and marks them clean (shared with delete/restore). */
export async function writeChanges(
  model: ModelBase,
  changes: Readonly<Record<string, unknown>>,
  options: ConditionOptions<never> = {},
): Promise<void> {
  const state = model.$state
  const entity = state.meta.entity
  const expectedVersion = expectedVersionFor(model, options)
  const condition = writeCondition(model, options.condition)
  const plan = planUpdate(model.$ctx, entity, await storedBefore(model, changes), changes, {
    expectedVersion,
    ...(condition ? { condition } : {}),
  })
  await executePlan(model.$ctx, plan)
  if (expectedVersion !== null) state.version = expectedVersion + 1
  state.syncWritten(changes)
}

/** A create's own condition; `expectVersion` only means "not stored yet" (0) for a new model. */
function insertCondition(model: ModelBase, options: SaveOptions<never>) {
  if (options.expectVersion !== undefined) {
    expectedVersionFor(model, options)
    if (options.expectVersion !== 0) {
      throw new InvalidWriteOptionError(
        model.$meta.entity.name,
        'expectVersion',
        `a new model has no stored version, so expectVersion ${options.expectVersion} can never hold`,
        'Leave expectVersion out (or pass 0) when saving a new model.',
      )
    }
  }
  return writeCondition(model, options.condition)
}

/**
 * What the update is planned against: the clean attributes, or, when a key attribute changes (a move
 * writes the whole item under its new key), the whole stored item read strongly consistently, so a model
 * read with a projection cannot drop the attributes it did not load. A vanished item fails the move's
 * existence check like any update.
 */
async function storedBefore(
  model: ModelBase,
  changes: Readonly<Record<string, unknown>>,
): Promise<Readonly<Record<string, unknown>>> {
  const state = model.$state
  const entity = state.meta.entity
  if (movedKeyField(entity, state.original, changes) === null) return state.original
  assertMovable(model.$ctx, entity, movedKeyField(entity, state.original, changes)!)
  const stored = await model.$ctx.doc.get({
    TableName: model.$ctx.tableName,
    Key: keyOf(entity, state.original),
    ConsistentRead: true,
  })
  return (stored.Item as Record<string, unknown> | undefined) ?? state.original
}

function isEmpty(record: Readonly<Record<string, unknown>>): boolean {
  for (const _ in record) return false
  return true
}
