import { and, eq } from '@dbtooling/dynamo-client'
import { getItem } from '../model/read'
import { fromItem, versionOf } from '../storage/from-item'
import { executePlan } from '../write/execute-plan'
import { planDelete } from '../write/plan-delete'
import { checkExpectVersion, type WriteConditions } from './conditions'
import { targetOfKey } from './resolve-target'
import type { KeyOf, ModelCtor } from './types'

/**
 * Deletes an item by key, for good, only if the conditions hold (`ifExists` is the default;
 * `ifExists: false` makes a missing item a no-op). Models with unique attributes read the item first so
 * its guard items go in the same transaction. No hooks run (use `model.delete()` for those); soft-delete
 * models are deleted for real. A false condition raises ConditionalCheckFailedError with the stored item,
 * a wrong `expectVersion` VersionConflictError.
 *
 * @example
 * ```ts
 * await deleteByKey(Post, 'p1')
 * await deleteByKey(Post, 'p2', { ifExists: false }) // no error when it is gone already
 * ```
 */
export async function deleteByKey<C extends ModelCtor>(
  model: C,
  key: KeyOf<C>,
  options: Omit<WriteConditions, 'ifNotExists' | 'returnItemOnFailure'> = {},
): Promise<void> {
  const { ctx, entity, keyAttributes } = targetOfKey(model, key)
  checkExpectVersion(entity, options)
  let attributes: Record<string, unknown> = keyAttributes
  let condition = options.condition
  if (entity.guards.length > 0) {
    const stored = await getItem(ctx, entity, keyAttributes, true)
    if (stored === null && options.ifExists === false) return
    if (stored !== null) {
      attributes = fromItem(entity, stored)
      // The guards were read at this version: delete only if nobody changed the item since.
      if (entity.versionAttribute !== null && options.expectVersion === undefined) {
        condition = and(condition, eq([entity.versionAttribute], versionOf(entity, stored)))
      }
    }
  }
  const plan = planDelete(
    ctx,
    entity,
    { ...attributes, ...keyAttributes },
    {
      mustExist: options.ifExists !== false,
      expectedVersion: entity.versionAttribute !== null ? (options.expectVersion ?? null) : null,
      ...(condition ? { condition } : {}),
    },
  )
  await executePlan(ctx, plan)
}
