import { OrmError } from '../errors/orm-error'

/**
 * Codes a relation error can carry; narrow on `code`.
 *
 * @example
 * ```ts
 * function relationCode(error: unknown): RelationErrorCode | null {
 *   return isRelationError(error) ? error.code : null
 * }
 * ```
 */
export type RelationErrorCode =
  | 'UNKNOWN_RELATION'
  | 'RELATION_NOT_IN_DESIGN'
  | 'WRONG_RELATION_KIND'
  | 'MISSING_PARENT_KEY'
  | 'PIVOT_NOT_FOUND'
  | 'UNSUPPORTED_CONSTRAINT'

/**
 * A relation was used in a way the design does not allow (unknown name, wrong kind, missing key).
 *
 * @example
 * ```ts
 * try {
 *   await user.load('tema') // a typo
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNKNOWN_RELATION') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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

/**
 * True when `error` is a `RelationError` (a relation used in a way the design does not allow).
 *
 * @example
 * ```ts
 * try {
 *   await user.load('teams')
 * } catch (error) {
 *   if (isRelationError(error)) console.error(error.code, `${error.entity}.${error.relation}`, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isRelationError(value: unknown): value is RelationError {
  return value instanceof RelationError
}
