import { OrmError } from '../errors/orm-error'

/** Codes a relation error can carry; narrow on `code`. */
export type RelationErrorCode =
  | 'UNKNOWN_RELATION'
  | 'RELATION_NOT_IN_DESIGN'
  | 'WRONG_RELATION_KIND'
  | 'MISSING_PARENT_KEY'
  | 'PIVOT_NOT_FOUND'
  | 'UNSUPPORTED_CONSTRAINT'

/** A relation was used in a way the design does not allow (unknown name, wrong kind, missing key). */
export class RelationError extends OrmError {
  declare readonly code: RelationErrorCode
  readonly entity: string
  readonly relation: string

  constructor(
    code: RelationErrorCode,
    message: string,
    init: { hint: string; entity: string; relation: string; cause?: unknown },
  ) {
    super(code, { message, hint: init.hint, cause: init.cause })
    this.name = 'RelationError'
    this.entity = init.entity
    this.relation = init.relation
  }
}

export function isRelationError(value: unknown): value is RelationError {
  return value instanceof RelationError
}
