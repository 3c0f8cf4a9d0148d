import { ItemNotFoundError } from '../errors/item-not-found'
import { versionOf } from '../storage/from-item'
import type { ModelBase } from './model-base'
import { getItem } from './read'

function keyOfModel(model: ModelBase): Record<string, unknown> {
  const key: Record<string, unknown> = {}
  for (const field of model.$meta.entity.primaryKey) key[field] = model.$state.stored(field)
  return key
}

/** Re-reads the item (strongly consistent) and replaces the attributes; unsaved changes are discarded. */
export async function refreshModel<M extends ModelBase>(model: M): Promise<M> {
  const entity = model.$meta.entity
  const key = keyOfModel(model)
  const item = await getItem(model.$ctx, entity, key, true)
  if (!item) throw new ItemNotFoundError(entity.name, key)
  model.$state.loadItem(item)
  model.$state.version = versionOf(entity, item)
  model.$state.exists = true
  return model
}
