import { OrmError } from './orm-error'

/** `fill()`/`create()` got an attribute that is not mass assignable while `massAssignment: 'throw'` is set. */
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

/** A `creating`/`saving`/`deleting`... hook returned false, so a static call that must return a model stopped. */
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

/** A model class was used before any ORM was created or bound. */
export class MissingOrmError extends OrmError {
  declare readonly code: 'MISSING_ORM'

  constructor(model: string) {
    super('MISSING_ORM', {
      message: `${model} is not bound to an ORM`,
      hint: 'Call createOrm({ models, ... }) first (the last one becomes the default), or setDefaultOrm(orm).',
    })
  }
}

export function isMassAssignmentError(value: unknown): value is MassAssignmentError {
  return value instanceof MassAssignmentError
}

export function isOperationCancelledError(value: unknown): value is OperationCancelledError {
  return value instanceof OperationCancelledError
}

/** `Model.hydrate(item)` got an item whose entity-type attribute names another model. */
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

export function isWrongEntityTypeError(value: unknown): value is WrongEntityTypeError {
  return value instanceof WrongEntityTypeError
}
