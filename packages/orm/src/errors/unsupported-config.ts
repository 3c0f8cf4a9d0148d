import { OrmError } from './orm-error'

/**
 * A config option `createOrm` cannot honour: refused at startup instead of silently ignored.
 *
 * @example
 * ```ts
 * try {
 *   createOrm({ models, config: { ...config, returnItemCollectionMetrics: 'SIZE' } })
 * } catch (error) {
 *   if (error instanceof OrmError && error.code === 'UNSUPPORTED_CONFIG_OPTION') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class UnsupportedConfigError extends OrmError {
  declare readonly code: 'UNSUPPORTED_CONFIG_OPTION'
  /** Dotted path of the option, e.g. `singleTableDesign.dataAttribute`. */
  readonly key: string

  constructor(key: string, message: string, hint: string) {
    super('UNSUPPORTED_CONFIG_OPTION', { message: `config ${key}: ${message}`, hint })
    this.key = key
  }
}

/**
 * True when `error` is an `UnsupportedConfigError` (a config option `createOrm` cannot honour).
 *
 * @example
 * ```ts
 * try {
 *   createOrm({ models, config })
 * } catch (error) {
 *   if (isUnsupportedConfigError(error)) console.error(`config ${error.key}:`, error.hint)
 *   else throw error
 * }
 * ```
 */
export function isUnsupportedConfigError(value: unknown): value is UnsupportedConfigError {
  return value instanceof UnsupportedConfigError
}
