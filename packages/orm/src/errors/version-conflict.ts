import { OrmError } from './orm-error'

/** Optimistic locking: the item changed since it was read (its version is not the one this write expected). */
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

export function isVersionConflictError(value: unknown): value is VersionConflictError {
  return value instanceof VersionConflictError
}
