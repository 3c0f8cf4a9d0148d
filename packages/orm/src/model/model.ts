import type { OrmHandle } from '../orm/default-orm'
import type { AnyDefinition } from './attribute-types'
import type { ModelClass } from './instance-types'
import { ModelBase } from './model-base'
import { defineRelationAccessors } from './relation-accessors'

/**
 * A model class for a definition, bound to `orm` or (when omitted) to the default ORM at call time.
 * Each relation becomes a method (`user.posts()`); a relation named like an attribute or a model method
 * throws `RelationNameConflictError` here.
 *
 * @example
 * ```ts
 * class User extends Model(userDefinition) {
 *   get displayName() { return `${this.name} <${this.email}>` }
 * }
 * const user = await User.create({ email: 'a@b.c', name: 'Ada' })
 * ```
 */
export function Model<const D extends AnyDefinition>(definition: D, orm?: OrmHandle): ModelClass<D> {
  const Generated = class extends ModelBase {}
  Object.defineProperty(Generated, 'name', { value: definition.name })
  Generated.definition = definition
  Generated.modelName = definition.name
  Generated.$orm = orm ?? null
  Generated.$base = Generated
  defineRelationAccessors(Generated.prototype, definition)
  return Generated as unknown as ModelClass<D>
}

/**
 * True for classes made by `Model()` (and their subclasses).
 *
 * @example
 * ```ts
 * isModelClass(User) // true
 * isModelClass(userDefinition) // false
 * ```
 */
export function isModelClass(value: unknown): value is typeof ModelBase {
  return typeof value === 'function' && value.prototype instanceof ModelBase
}
