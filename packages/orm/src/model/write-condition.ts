import type { Condition } from '@dbtooling/dynamo-client'
import { InvalidWriteOptionError } from '../errors/invalid-write-option'
import { fieldInfo, storedValue } from '../query/compile/field-values'
import { clausesToCondition } from '../query/compile/where-tree'
import type { QueryDescription } from '../query/description'
import type { ModelBase } from './model-base'

/**
 * A condition on a single-item write: a dynamo-client condition (`eq('status', 'draft')`), an object of
 * equalities (`{ status: 'draft' }`), or a where callback over the model's query builder
 * (`(q) => q.where('status', 'in', ['draft', 'review'])`), compiled to a ConditionExpression.
 *
 * @example
 * ```ts
 * const onlyDrafts: WriteCondition = eq('status', 'draft')
 * await post.update({ title: 'New' }, { condition: onlyDrafts })
 * await post.save({ condition: { status: 'draft' } })
 * ```
 */
export type WriteCondition<Q = never> = Condition | Readonly<Record<string, unknown>> | ((query: Q) => Q)

/**
 * Options every single-model write takes: `save`, `update`, `delete`, `forceDelete`.
 *
 * @example
 * ```ts
 * const options: ConditionOptions = { condition: { status: 'draft' }, expectVersion: 3 }
 * await post.delete(options)
 * ```
 */
export interface ConditionOptions<Q = never> {
  /** ANDed with the write's own checks; a false condition raises ConditionalCheckFailedError. */
  readonly condition?: WriteCondition<Q>
  /**
   * Versioned models: write only when the stored version is this one (an ETag a client sent back), else
   * VersionConflictError. Defaults to the version the model was read at.
   */
  readonly expectVersion?: number
}

// Fields each condition node carries besides `kind`, so `{ kind: 'note' }` (an attribute named kind) is
// read as an equality, not mistaken for a condition tree.
const NODE_FIELDS: Readonly<Record<string, string>> = {
  compare: 'left',
  between: 'low',
  in: 'values',
  beginsWith: 'prefix',
  contains: 'operand',
  exists: 'path',
  notExists: 'path',
  type: 'type',
  and: 'conditions',
  or: 'conditions',
  not: 'condition',
}

function isConditionTree(value: object): value is Condition {
  const kind = (value as { kind?: unknown }).kind
  if (typeof kind !== 'string') return false
  const field = NODE_FIELDS[kind]
  return field !== undefined && field in value
}

interface WhereQuery {
  readonly description: QueryDescription
  where(values: Readonly<Record<string, unknown>>): WhereQuery
}

/** The condition tree of a write option, or undefined when none was given. */
export function writeCondition(
  model: ModelBase,
  condition: WriteCondition<never> | undefined,
): Condition | undefined {
  if (condition === undefined) return undefined
  if (typeof condition === 'object' && isConditionTree(condition)) return condition
  const cls = model.constructor as typeof ModelBase
  const base = cls.query() as unknown as WhereQuery
  const built =
    typeof condition === 'function'
      ? (condition as unknown as (query: WhereQuery) => WhereQuery)(base)
      : base.where(condition as Readonly<Record<string, unknown>>)
  const entity = model.$meta.entity
  const compiled = clausesToCondition(built.description.where, {
    value: (field, value) => storedValue(fieldInfo(entity.design, field), value),
    keyAttribute: entity.partitionAttribute,
  })
  if (compiled === undefined) {
    throw new InvalidWriteOptionError(
      entity.name,
      'condition',
      'the where condition holds no clause',
      'Add a where(...) to the callback, or leave the condition out.',
    )
  }
  return compiled
}

/**
 * The version a write on a stored model expects: `expectVersion` when given, else the one it was read
 * at; null for models without versioning (where `expectVersion` is refused, not ignored).
 */
export function expectedVersionFor(model: ModelBase, options: ConditionOptions<never>): number | null {
  const entity = model.$meta.entity
  if (entity.versionAttribute === null) {
    if (options.expectVersion !== undefined) {
      throw new InvalidWriteOptionError(
        entity.name,
        'expectVersion',
        'expectVersion was given but the model has no version attribute',
        'Enable traits.useVersioning on the model, or pass a condition instead.',
      )
    }
    return null
  }
  return options.expectVersion ?? model.$state.version
}
