import { OrmError } from './orm-error'

/** A save/update/delete option that cannot be honoured for this model or this write. */
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

export function isInvalidWriteOptionError(value: unknown): value is InvalidWriteOptionError {
  return value instanceof InvalidWriteOptionError
}
