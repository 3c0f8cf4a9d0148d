import type { Condition } from '@dbtooling/dynamo-client'
import type { CompiledEntity } from '../storage/compiled-entity'
import type { WriteExpressionBuilder } from '../write/expression'

/**
 * Conditions every single-item write accepts. They are ANDed together (and with the write's own checks)
 * into one ConditionExpression; a false condition raises the ORM's ConditionalCheckFailedError (or
 * VersionConflictError for `expectVersion`).
 */
export interface WriteConditions {
  /** Write only when the item does not exist yet. */
  readonly ifNotExists?: boolean
  /** Write only when the item exists (the default for updates and atomic operations). */
  readonly ifExists?: boolean
  /** Versioned models: write only when the stored version is this one. */
  readonly expectVersion?: number
  /** Any condition from the dynamo-client builders: `eq('status', 'draft')`, `and(...)`, `attributeExists(...)`. */
  readonly condition?: Condition
  /** Attach the stored item to the ConditionalCheckFailedError (`error.item`) when a condition fails. */
  readonly returnItemOnFailure?: boolean
}

export class ConflictingConditionsError extends Error {
  override readonly name = 'ConflictingConditionsError'
  readonly code = 'CONFLICTING_CONDITIONS' as const
  readonly hint = 'Pass either ifExists or ifNotExists, not both.'
  readonly requestId: string | undefined = undefined

  constructor(model: string) {
    super(`A write to ${model} asked for both ifExists and ifNotExists; it could never succeed`)
  }
}

/**
 * Adds the requested conditions to a request's expressions. `mustExist` is the write's own default
 * (true for updates), overridden by `ifNotExists`.
 */
export function applyConditions(
  builder: WriteExpressionBuilder,
  entity: CompiledEntity,
  conditions: WriteConditions,
  mustExist: boolean,
): void {
  if (conditions.ifExists && conditions.ifNotExists) throw new ConflictingConditionsError(entity.name)
  if (conditions.ifNotExists) builder.notExists(entity.partitionAttribute)
  else if (conditions.ifExists || mustExist) builder.exists(entity.partitionAttribute)
  if (conditions.expectVersion !== undefined && entity.versionAttribute !== null) {
    if (conditions.expectVersion === 0) builder.notExists(entity.versionAttribute)
    else builder.equals(entity.versionAttribute, conditions.expectVersion)
  }
  if (conditions.condition) builder.condition(conditions.condition)
}

/** The version a write expects, when the entity is versioned and the caller said so. */
export function expectedVersionOf(entity: CompiledEntity, conditions: WriteConditions): number | null {
  return entity.versionAttribute !== null && conditions.expectVersion !== undefined
    ? conditions.expectVersion
    : null
}
