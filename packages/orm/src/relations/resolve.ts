import type { RelationDesign, RelationKind } from '@dbtooling/schema'
import type { OrmContext } from '../context'
import type { ModelBase } from '../model/model-base'
import { RelationError } from './errors'

/**
 * The design of relation `name` on `entity`. Throws `RelationError('RELATION_NOT_IN_DESIGN')` when the model
 * declares it but the design left it out (its target model was not loaded), else `UNKNOWN_RELATION` with
 * the known names.
 *
 * @example
 * ```ts
 * const design = relationOf(orm.ctx, 'User', 'posts')
 * console.log(design.kind, design.target)
 * ```
 */
export function relationOf(ctx: OrmContext, entity: string, name: string): RelationDesign {
  const design = ctx.entity(entity).design
  const relations = design.relations
  const relation = relations[name]
  if (relation) return relation
  const omitted = design.omittedRelations?.[name]
  if (omitted) {
    throw new RelationError('RELATION_NOT_IN_DESIGN', `${entity}.${name} cannot be used: ${omitted.reason}`, {
      hint: `load the model '${omitted.target}' too (modelsPath accepts a list of folders), or remove ${entity}.${omitted.key}`,
      entity,
      relation: name,
    })
  }
  const known = Object.keys(relations)
  throw new RelationError('UNKNOWN_RELATION', `${entity} has no relation '${name}'`, {
    hint: known.length > 0 ? `known relations: ${known.join(', ')}` : `declare it on the ${entity} model`,
    entity,
    relation: name,
  })
}

export function expectKind(entity: string, relation: RelationDesign, kinds: readonly RelationKind[]): void {
  if (kinds.includes(relation.kind)) return
  throw new RelationError(
    'WRONG_RELATION_KIND',
    `${entity}.${relation.name} is a ${relation.kind} relation, expected ${kinds.join(' or ')}`,
    { hint: 'use the loader that matches the relation kind', entity, relation: relation.name },
  )
}

/** Stored attributes of a model instance (keys are rendered from these). */
export function attributesOf(model: ModelBase): Readonly<Record<string, unknown>> {
  return model.$state.attributes
}

/** The parent's value the children point at (`user.id` for `posts`); throws when the parent has none. */
export function localValue(model: ModelBase, relation: RelationDesign): unknown {
  const value = attributesOf(model)[relation.localKey]
  if (value !== undefined && value !== null) return value
  const entity = model.$meta.name
  throw new RelationError(
    'MISSING_PARENT_KEY',
    `${entity}.${relation.name}: the ${entity} has no '${relation.localKey}' yet`,
    {
      hint: `save the ${entity} (or set ${relation.localKey}) before using its relations`,
      entity,
      relation: relation.name,
    },
  )
}

/** The model class that hydrates `entity`. */
export function classOf(ctx: OrmContext, entity: string): typeof ModelBase {
  return ctx.models.classFor(entity)
}
