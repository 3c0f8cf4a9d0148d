import { attributeExists, attributeNotExists, type Condition, eq } from '@dbtooling/dynamo-client'
import { InvalidWriteOptionError } from '../errors/invalid-write-option'
import { OrmError } from '../errors/orm-error'
import type { CompiledEntity } from '../storage/compiled-entity'

/**
 * Conditions every single-item write accepts. They are ANDed together (and with the write's own checks)
 * into one ConditionExpression; a false condition raises the ORM's ConditionalCheckFailedError (or
 * VersionConflictError for `expectVersion`).
 *
 * @example
 * ```ts
 * const conditions: WriteConditions = { ifExists: true, condition: eq('status', 'draft') }
 * await upsert(Post, { id: 'p1', title: 'New title' }, conditions)
 * ```
 */
export interface WriteConditions {
  /** Write only when the item does not exist yet. */
  readonly ifNotExists?: boolean
  /** Write only when the item exists (the default for updates and atomic operations). */
  readonly ifExists?: boolean
  /** Versioned models: write only when the stored version is this one (refused on other models). */
  readonly expectVersion?: number
  /** Any condition from the dynamo-client builders: `eq('status', 'draft')`, `and(...)`, `attributeExists(...)`. */
  readonly condition?: Condition
  /** Attach the stored item to the ConditionalCheckFailedError (`error.item`) when a condition fails. */
  readonly returnItemOnFailure?: boolean
}

/**
 * Options of the atomic writes (increment, decrement, list and set updates, removeAttribute): the
 * conditions, plus `idempotent`.
 *
 * @example
 * ```ts
 * const options: AtomicWriteOptions = { idempotent: true }
 * await increment(Account, 'a1', 'balance', 30, options) // a retried ADD is not applied twice
 * ```
 */
export interface AtomicWriteOptions extends WriteConditions {
  /**
   * Send the write as a one-item transaction with a ClientRequestToken reused across retries, so a retry
   * after a lost answer is not applied twice (an `ADD` or `list_append` otherwise can be). Costs 2x write
   * units, and one consistent GetItem to return the stored values (transactions return none). Default false.
   */
  readonly idempotent?: boolean
}

/**
 * Raised before sending: a write got both `ifExists` and `ifNotExists`.
 *
 * @example
 * ```ts
 * try {
 *   await upsert(User, { id: 'u1', name: 'Ada' }, { ifExists: true, ifNotExists: true })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'CONFLICTING_CONDITIONS') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class ConflictingConditionsError extends OrmError {
  override readonly name = 'ConflictingConditionsError'
  override readonly code = 'CONFLICTING_CONDITIONS' as const
  override readonly hint = 'Pass either ifExists or ifNotExists, not both.'
  override readonly requestId: string | undefined = undefined

  constructor(model: string) {
    super('CONFLICTING_CONDITIONS', {
      message: `A write to ${model} asked for both ifExists and ifNotExists; it could never succeed`,
      hint: '',
    })
  }
}

/** `expectVersion` on a model without versioning is refused rather than silently dropped. */
export function checkExpectVersion(entity: CompiledEntity, conditions: WriteConditions): void {
  if (conditions.expectVersion !== undefined && entity.versionAttribute === null) {
    throw new InvalidWriteOptionError(
      entity.name,
      'expectVersion',
      'expectVersion was given but the model has no version attribute',
      'Enable traits.useVersioning on the model, or pass a condition instead.',
    )
  }
}

/**
 * The requested conditions as condition trees, to be ANDed into one ConditionExpression. `mustExist` is
 * the write's own default (true for updates), overridden by `ifNotExists`.
 */
export function conditionsFor(
  entity: CompiledEntity,
  conditions: WriteConditions,
  mustExist: boolean,
): Condition[] {
  if (conditions.ifExists && conditions.ifNotExists) throw new ConflictingConditionsError(entity.name)
  checkExpectVersion(entity, conditions)
  const out: Condition[] = []
  if (conditions.ifNotExists) out.push(attributeNotExists([entity.partitionAttribute]))
  else if (conditions.ifExists || mustExist) out.push(attributeExists([entity.partitionAttribute]))
  if (conditions.expectVersion !== undefined && entity.versionAttribute !== null) {
    const version = entity.versionAttribute
    out.push(
      conditions.expectVersion === 0
        ? attributeNotExists([version])
        : eq([version], conditions.expectVersion),
    )
  }
  if (conditions.condition) out.push(conditions.condition)
  return out
}

/** The version a write expects, when the entity is versioned and the caller said so. */
export function expectedVersionOf(entity: CompiledEntity, conditions: WriteConditions): number | null {
  return entity.versionAttribute !== null && conditions.expectVersion !== undefined
    ? conditions.expectVersion
    : null
}
