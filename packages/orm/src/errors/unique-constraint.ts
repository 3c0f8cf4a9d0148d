import { OrmError } from './orm-error'

/**
 * Another item already holds this value of a unique attribute (its guard item exists).
 *
 * @example
 * ```ts
 * try {
 *   await User.create({ email: 'ada@example.com' }) // already registered
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNIQUE_CONSTRAINT') return conflict(error.message)
 *   throw error
 * }
 * ```
 */
export class UniqueConstraintError extends OrmError {
  declare readonly code: 'UNIQUE_CONSTRAINT'
  readonly model: string
  readonly field: string
  readonly value: unknown

  constructor(model: string, field: string, value: unknown, requestId?: string, cause?: unknown) {
    super('UNIQUE_CONSTRAINT', {
      message: `${model}.${field} must be unique: ${JSON.stringify(value)} is already taken`,
      hint: `Choose another ${field}, or look the existing ${model} up with where('${field}', value).first().`,
      requestId,
      cause,
    })
    this.model = model
    this.field = field
    this.value = value
  }
}

/**
 * True when `error` is a `UniqueConstraintError` (another item holds this value of a unique attribute).
 *
 * @example
 * ```ts
 * try {
 *   await User.create({ email: 'ada@example.com' })
 * } catch (error) {
 *   if (isUniqueConstraintError(error)) return conflict(`${error.field} is taken`)
 *   throw error
 * }
 * ```
 */
export function isUniqueConstraintError(value: unknown): value is UniqueConstraintError {
  return value instanceof UniqueConstraintError
}
