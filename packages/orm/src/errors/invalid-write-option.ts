import { OrmError } from './orm-error'

/**
 * A save/update/delete option that cannot be honoured for this model or this write.
 *
 * @example
 * ```ts
 * try {
 *   await user.save({ expectVersion: 3 }) // User has no useVersioning
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'INVALID_WRITE_OPTION') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class InvalidWriteOptionError extends OrmError {
  declare readonly code: 'INVALID_WRITE_OPTION'
  readonly model: string
  readonly option: string

  constructor(model: string, option: string, message: string, hint: string) {
    super('INVALID_WRITE_OPTION', { message: `${model}: ${message}`, hint })
    this.model = model
    this.option = option
  }
}

/**
 * True when `error` is an `InvalidWriteOptionError` (a write option this model or write cannot honour).
 *
 * @example
 * ```ts
 * try {
 *   await user.save(options)
 * } catch (error) {
 *   if (isInvalidWriteOptionError(error)) console.error(`${error.model}: option ${error.option}`, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isInvalidWriteOptionError(value: unknown): value is InvalidWriteOptionError {
  return value instanceof InvalidWriteOptionError
}
