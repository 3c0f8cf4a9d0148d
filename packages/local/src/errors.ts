/** Every failure of the launcher is one of these, with a `code` to switch on and a hint that says what to do. */
export type LocalErrorCode =
  | 'JAVA_NOT_FOUND'
  | 'JAR_NOT_FOUND'
  | 'PORT_IN_USE'
  | 'START_TIMEOUT'
  | 'PROCESS_EXITED'
  | 'DOCKER_UNAVAILABLE'

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

export function isDynamoDBLocalError(value: unknown): value is DynamoDBLocalError {
  return value instanceof DynamoDBLocalError
}
