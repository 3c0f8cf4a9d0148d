/** What a CLI failure is: a usage mistake (exit 2) or a failed operation (exit 1). */
export type CliErrorCode =
  | 'USAGE'
  | 'NOT_FOUND'
  | 'REFUSED'
  | 'LOCAL_NOT_RUNNING'
  | 'LOCAL_ALREADY_RUNNING'
  | 'VALIDATION_FAILED'
  | 'FILE_EXISTS'

/** A typed CLI error: `code` to branch on, `hint` to print under the message. */
export class CliError extends Error {
  readonly code: CliErrorCode
  readonly hint: string
  constructor(code: CliErrorCode, message: string, hint: string) {
    super(message)
    this.name = 'CliError'
    this.code = code
    this.hint = hint
  }

  get exitCode(): number {
    return this.code === 'USAGE' ? 2 : 1
  }
}

export function usageError(message: string, hint: string): CliError {
  return new CliError('USAGE', message, hint)
}
