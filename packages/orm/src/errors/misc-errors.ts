import { OrmError } from './orm-error'

/**
 * `fill()`/`create()` got an attribute that is not mass assignable while `massAssignment: 'throw'` is set.
 *
 * @example
 * ```ts
 * const orm = createOrm({ models, client, options: { massAssignment: 'throw' } })
 * try {
 *   await User.create(request.body) // body carries isAdmin, which is not fillable
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MASS_ASSIGNMENT') return badRequest(error.message)
 *   throw error
 * }
 * ```
 */
export class MassAssignmentError extends OrmError {
  declare readonly code: 'MASS_ASSIGNMENT'
  readonly model: string
  readonly fields: readonly string[]

  constructor(model: string, fields: readonly string[]) {
    super('MASS_ASSIGNMENT', {
      message: `${model}: ${fields.join(', ')} cannot be mass assigned`,
      hint: `Mark them fillable in the model, or set them one by one (model.${fields[0] ?? 'field'} = value) or with forceFill().`,
    })
    this.model = model
    this.fields = fields
  }
}

/**
 * A `creating`/`saving`/`deleting`... hook returned false, so a static call that must return a model stopped.
 *
 * @example
 * ```ts
 * User.on('creating', () => false)
 * try {
 *   await User.create({ email: 'ada@example.com' })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'OPERATION_CANCELLED') console.log(error.message)
 *   else throw error
 * }
 * ```
 */
export class OperationCancelledError extends OrmError {
  declare readonly code: 'OPERATION_CANCELLED'
  readonly model: string
  readonly event: string

  constructor(model: string, event: string) {
    super('OPERATION_CANCELLED', {
      message: `${model}: the '${event}' hook cancelled the operation`,
      hint: 'A hook returned false on purpose; instance methods (save, delete) resolve false instead of throwing.',
    })
    this.model = model
    this.event = event
  }
}

/**
 * A model class was used before any ORM was created or bound.
 *
 * @example
 * ```ts
 * try {
 *   await User.find(id) // before createOrm()
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'MISSING_ORM') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class MissingOrmError extends OrmError {
  declare readonly code: 'MISSING_ORM'

  constructor(model: string) {
    super('MISSING_ORM', {
      message: `${model} is not bound to an ORM`,
      hint: 'Call createOrm({ models, ... }) first (the last one becomes the default), or setDefaultOrm(orm).',
    })
  }
}

/**
 * True when `error` is a `MassAssignmentError` (an attribute that is not fillable, under `massAssignment: 'throw'`).
 *
 * @example
 * ```ts
 * try {
 *   await User.create(request.body)
 * } catch (error) {
 *   if (isMassAssignmentError(error)) return badRequest(`not allowed: ${error.fields.join(', ')}`)
 *   throw error
 * }
 * ```
 */
export function isMassAssignmentError(value: unknown): value is MassAssignmentError {
  return value instanceof MassAssignmentError
}

/**
 * True when `error` is an `OperationCancelledError` (a hook returned false).
 *
 * @example
 * ```ts
 * try {
 *   await User.create({ email: 'ada@example.com' })
 * } catch (error) {
 *   if (isOperationCancelledError(error)) console.log(`${error.model}: cancelled by the ${error.event} hook`)
 *   else throw error
 * }
 * ```
 */
export function isOperationCancelledError(value: unknown): value is OperationCancelledError {
  return value instanceof OperationCancelledError
}

/**
 * `Model.hydrate(item)` got an item whose entity-type attribute names another model.
 *
 * @example
 * ```ts
 * try {
 *   User.hydrate(postItem) // its _et is 'Post'
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'WRONG_ENTITY_TYPE') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class WrongEntityTypeError extends OrmError {
  declare readonly code: 'WRONG_ENTITY_TYPE'
  readonly model: string
  readonly found: unknown

  constructor(model: string, attribute: string, found: unknown) {
    super('WRONG_ENTITY_TYPE', {
      message: `${model}.hydrate(): the item's ${attribute} is ${JSON.stringify(found)}, not "${model}"`,
      hint: `Hydrate it with the model it belongs to (orm.model(${JSON.stringify(found)}).hydrate(item)), or drop ${attribute} from an item you built yourself.`,
    })
    this.model = model
    this.found = found
  }
}

/**
 * True when `error` is a `WrongEntityTypeError` (`hydrate` got an item of another model).
 *
 * @example
 * ```ts
 * try {
 *   User.hydrate(item)
 * } catch (error) {
 *   if (isWrongEntityTypeError(error)) console.error(error.found, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isWrongEntityTypeError(value: unknown): value is WrongEntityTypeError {
  return value instanceof WrongEntityTypeError
}
