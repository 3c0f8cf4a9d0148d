/**
 * Why a key could not be rendered or parsed: a missing field, a delimiter in a value (under `reject`), a key that does not match its template, or a bad value.
 *
 * @example
 * ```ts
 * function keyCode(error: unknown): KeyErrorCode | null {
 *   return error instanceof KeyError ? error.code : null
 * }
 * ```
 */
export type KeyErrorCode = 'KEY_FIELD_MISSING' | 'KEY_DELIMITER_IN_VALUE' | 'KEY_MISMATCH' | 'KEY_BAD_VALUE'

/**
 * Rendering or parsing one key value failed; thrown on the ORM's write path, so it stays cheap to build.
 *
 * @example
 * ```ts
 * try {
 *   renderKey('USER#{id}', { id: '' })
 * } catch (error) {
 *   if (error instanceof KeyError) console.error(error.code, error.field, error.hint)
 *   else throw error
 * }
 * ```
 */
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
