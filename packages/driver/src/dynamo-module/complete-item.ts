import { toItem } from '@dbtooling/orm'
import { DriverError } from '../errors'
import type { DriverOrm, EntityOf } from '../orm-handle'
import type { WireItem } from './module-types'

/** Converts between wire items and plain attributes (the module's own marshaller). */
export interface ItemCodec {
  marshall(item: Record<string, unknown>): WireItem
  unmarshall(item: WireItem): Record<string, unknown>
}

/**
 * An item the module puts, with every key our design derives for its entity type (`_et`): the table key
 * and each index key, rendered by the ORM from the item's attributes, so the ORM's queries find it. Keys
 * the caller set must equal the derived ones; items of no known entity type pass unchanged.
 */
export function completeItem(orm: DriverOrm, codec: ItemCodec, item: WireItem): WireItem {
  const typeValue = item[orm.design.entityTypeAttribute]
  const entityType = isString(typeValue) ? typeValue.S : null
  const entity = entityType ? orm.design.entities[entityType] : undefined
  if (!entity) return item
  const attributes = codec.unmarshall(item)
  const keyNames = keyAttributes(orm, entity)
  const given: Record<string, unknown> = {}
  for (const name of keyNames) {
    if (name in attributes) given[name] = attributes[name]
    delete attributes[name]
  }
  const stored = toItem(orm.ctx, entity.name, attributes)
  for (const [name, value] of Object.entries(given)) {
    if (stored[name] !== value) throw keyMismatch(entity, name, value, stored[name])
  }
  return codec.marshall(stored)
}

function keyAttributes(orm: DriverOrm, entity: EntityOf): string[] {
  const names = [orm.design.partitionKey, orm.design.sortKey, orm.design.entityTypeAttribute]
  for (const keys of entity.indexKeys) names.push(keys.partitionKey.attribute, keys.sortKey.attribute)
  return names
}

function isString(value: unknown): value is { S: string } {
  return typeof value === 'object' && value !== null && typeof (value as { S?: unknown }).S === 'string'
}

function keyMismatch(entity: EntityOf, name: string, given: unknown, derived: unknown): DriverError {
  return new DriverError(
    'ENTITY_KEY_MISMATCH',
    `${entity.name} item has ${name} = ${String(given)}, but the design stores it at ${String(derived)}`,
    {
      hint: `leave ${name} out (the driver derives every key from the design) or build it with dynamo.getDriver().buildPrimaryKey('${entity.name}', attributes)`,
    },
  )
}
