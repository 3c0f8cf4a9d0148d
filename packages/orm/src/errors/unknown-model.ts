import { OrmError } from './orm-error'

/**
 * A model name the ORM's design does not contain.
 *
 * @example
 * ```ts
 * try {
 *   orm.model('Usr')
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNKNOWN_MODEL') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class UnknownModelError extends OrmError {
  declare readonly code: 'UNKNOWN_MODEL'
  readonly model: string
  readonly known: readonly string[]

  constructor(model: string, known: readonly string[]) {
    const close = known.find((name) => name.toLowerCase() === model.toLowerCase())
    super('UNKNOWN_MODEL', {
      message: `Unknown model '${model}'`,
      hint: close
        ? `Did you mean '${close}'?`
        : `Pass it to createOrm({ models }); known models: ${known.join(', ') || 'none'}.`,
    })
    this.model = model
    this.known = known
  }
}

/**
 * True when `error` is an `UnknownModelError` (a model name the ORM's design does not contain).
 *
 * @example
 * ```ts
 * try {
 *   orm.model('Usr')
 * } catch (error) {
 *   if (isUnknownModelError(error)) console.error(error.hint) // "Did you mean ..." or the known models
 *   else throw error
 * }
 * ```
 */
export function isUnknownModelError(value: unknown): value is UnknownModelError {
  return value instanceof UnknownModelError
}
