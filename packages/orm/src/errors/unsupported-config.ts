import { OrmError } from './orm-error'

/** A config option `createOrm` cannot honour: refused at startup instead of silently ignored. */
export class UnsupportedConfigError extends OrmError {
  declare readonly code: 'UNSUPPORTED_CONFIG_OPTION'
  /** Dotted path of the option, e.g. `singleTableDesign.dataAttribute`. */
  readonly key: string

  constructor(key: string, message: string, hint: string) {
    super('UNSUPPORTED_CONFIG_OPTION', { message: `config ${key}: ${message}`, hint })
    this.key = key
  }
}

export function isUnsupportedConfigError(value: unknown): value is UnsupportedConfigError {
  return value instanceof UnsupportedConfigError
}
