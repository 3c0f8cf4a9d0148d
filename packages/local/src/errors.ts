/**
 * Every failure of the launcher is one of these, with a `code` to switch on and a hint that says what to do.
 *
 * @example
 * ```ts
 * function canFallBackToDocker(error: unknown): boolean {
 *   const codes: LocalErrorCode[] = ['JAVA_NOT_FOUND', 'JAR_NOT_FOUND']
 *   return isDynamoDBLocalError(error) && codes.includes(error.code)
 * }
 * ```
 */
export type LocalErrorCode =
  | 'JAVA_NOT_FOUND'
  | 'JAR_NOT_FOUND'
  | 'PORT_IN_USE'
  | 'START_TIMEOUT'
  | 'PROCESS_EXITED'
  | 'DOCKER_UNAVAILABLE'

/**
 * Every failure of the DynamoDB Local launcher: a `code` to switch on and a `hint` saying what to do.
 *
 * @example
 * ```ts
 * try {
 *   await startDynamoDBLocal({ port: 8000 })
 * } catch (error) {
 *   if (error instanceof DynamoDBLocalError && error.code === 'PORT_IN_USE') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class DynamoDBLocalError extends Error {
  override readonly name = 'DynamoDBLocalError'
  readonly code: LocalErrorCode
  readonly hint: string

  constructor(code: LocalErrorCode, message: string, hint: string, options?: { cause?: unknown }) {
    super(`${message}\nHint: ${hint}`, options)
    this.code = code
    this.hint = hint
  }
}

/**
 * True when `value` is a `DynamoDBLocalError`.
 *
 * @example
 * ```ts
 * try {
 *   await startDynamoDBLocal()
 * } catch (error) {
 *   if (isDynamoDBLocalError(error) && error.code === 'JAVA_NOT_FOUND') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export function isDynamoDBLocalError(value: unknown): value is DynamoDBLocalError {
  return value instanceof DynamoDBLocalError
}
