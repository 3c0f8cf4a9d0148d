import { OrmError } from './orm-error'

/**
 * A relation shares its name with an attribute or a model method. Relations are methods on instances
 * (`user.team()`), so the same name cannot also be an attribute (`user.team`) or a built-in method;
 * raised when the model class is made, before any instance exists.
 *
 * @example
 * ```ts
 * try {
 *   class User extends Model(definitionWithTeamAttributeAndTeamRelation) {}
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'RELATION_NAME_CONFLICT') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class RelationNameConflictError extends OrmError {
  declare readonly code: 'RELATION_NAME_CONFLICT'
  readonly model: string
  readonly relation: string
  readonly conflictsWith: 'attribute' | 'method'

  constructor(model: string, relation: string, conflictsWith: 'attribute' | 'method') {
    super('RELATION_NAME_CONFLICT', {
      message: `${model}: relation '${relation}' has the name of ${conflictsWith === 'attribute' ? 'an attribute' : 'a model method'}`,
      hint: `Name the relation differently, e.g. { model: 'Target', relationName: '${relation}Relation' }${conflictsWith === 'attribute' ? `, or rename the attribute '${relation}'` : ''}.`,
    })
    this.model = model
    this.relation = relation
    this.conflictsWith = conflictsWith
  }
}

/**
 * True when `error` is a `RelationNameConflictError` (a relation named like an attribute or a model method).
 *
 * @example
 * ```ts
 * try {
 *   class User extends Model(userDefinition) {}
 * } catch (error) {
 *   if (isRelationNameConflictError(error)) console.error(`${error.model}.${error.relation}`, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isRelationNameConflictError(value: unknown): value is RelationNameConflictError {
  return value instanceof RelationNameConflictError
}
