import type { ModelBase } from './model-base'

/** An unsaved copy without key (when generated), timestamps, soft-delete marker and `except`. */
export function replicateModel<M extends ModelBase>(model: M, except: readonly string[]): M {
  const meta = model.$meta
  const skip = new Set([...except, ...meta.autoManaged])
  if (!meta.generatedId) for (const key of meta.entity.primaryKey) skip.add(key)
  const copy = new (model.constructor as new () => M)()
  for (const [name, value] of Object.entries(model.$state.attributes)) {
    if (!skip.has(name)) copy.$state.attributes[name] = structuredClone(value)
  }
  return copy
}
