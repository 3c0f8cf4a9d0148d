/** Codes a relation error can carry; narrow on `code`. */
export type RelationErrorCode =
  | 'UNKNOWN_RELATION'
  | 'WRONG_RELATION_KIND'
  | 'MISSING_PARENT_KEY'
  | 'PIVOT_NOT_FOUND'
  | 'UNSUPPORTED_CONSTRAINT'

/** A relation was used in a way the design does not allow (unknown name, wrong kind, missing key). */
export class RelationError extends Error {
  readonly code: RelationErrorCode
  readonly hint: string
  readonly entity: string
  readonly relation: string

  constructor(
    code: RelationErrorCode,
    message: string,
    init: { hint: string; entity: string; relation: string; cause?: unknown },
  ) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause })
    this.name = 'RelationError'
    this.code = code
    this.hint = init.hint
    this.entity = init.entity
    this.relation = init.relation
  }
}

export function isRelationError(value: unknown): value is RelationError {
  return value instanceof RelationError
}
