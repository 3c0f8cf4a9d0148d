export type KeyErrorCode = 'KEY_FIELD_MISSING' | 'KEY_DELIMITER_IN_VALUE' | 'KEY_MISMATCH' | 'KEY_BAD_VALUE'

/** Rendering or parsing one key value failed; thrown on the ORM's write path, so it stays cheap to build. */
export class KeyError extends Error {
  override readonly name = 'KeyError'
  readonly code: KeyErrorCode
  readonly hint: string
  readonly template: string
  readonly field: string | null

  constructor(code: KeyErrorCode, message: string, template: string, field: string | null, hint: string) {
    super(`${message} (template ${template}). Hint: ${hint}`)
    this.code = code
    this.hint = hint
    this.template = template
    this.field = field
  }
}
