import { OrmError } from './orm-error'

/**
 * Optimistic locking: the item changed since it was read (its version is not the one this write expected).
 *
 * @example
 * ```ts
 * try {
 *   await post.save({ expectVersion: 3 })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'VERSION_CONFLICT') await post.refresh() // then re-apply
 *   else throw error
 * }
 * ```
 */
export class VersionConflictError extends OrmError {
  declare readonly code: 'VERSION_CONFLICT'
  readonly model: string
  readonly expectedVersion: number
  /** The stored version when DynamoDB returned the item, else null. */
  readonly actualVersion: number | null

  constructor(init: {
    model: string
    expectedVersion: number
    actualVersion: number | null
    requestId?: string | undefined
    cause?: unknown
  }) {
    const actual = init.actualVersion === null ? '' : `, stored version is ${init.actualVersion}`
    super('VERSION_CONFLICT', {
      message: `${init.model} was modified by someone else (expected version ${init.expectedVersion}${actual})`,
      hint: 'Reload the model with refresh(), re-apply your change and save again.',
      requestId: init.requestId,
      cause: init.cause,
    })
    this.model = init.model
    this.expectedVersion = init.expectedVersion
    this.actualVersion = init.actualVersion
  }
}

/**
 * True when `error` is a `VersionConflictError` (the item changed since it was read).
 *
 * @example
 * ```ts
 * try {
 *   await post.save()
 * } catch (error) {
 *   if (isVersionConflictError(error)) console.log(`expected ${error.expectedVersion}, stored ${error.actualVersion}`)
 *   else throw error
 * }
 * ```
 */
export function isVersionConflictError(value: unknown): value is VersionConflictError {
  return value instanceof VersionConflictError
}
