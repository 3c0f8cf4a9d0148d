export type TestingErrorCode =
  | 'NO_ENDPOINT'
  | 'NOT_LOCAL_ENDPOINT'
  | 'NOT_QUERIED'
  | 'NOT_INSERTED'
  | 'REQUEST_COUNT'
  | 'SCAN_SENT'
  | 'WHOLE_TYPE_READ'
  | 'CAPACITY_EXCEEDED'
  | 'CAPACITY_NOT_REPORTED'
  | 'BAD_ARGUMENT'
  | 'NO_ACTIVE_RECORDER'

/** Every error of @dbtooling/testing: a `code` to switch on and a `hint` saying how to fix it. */
export class TestingError extends Error {
  readonly code: TestingErrorCode
  readonly hint: string

  constructor(code: TestingErrorCode, message: string, hint: string) {
    super(`${message}\nHint: ${hint}`)
    this.name = new.target.name
    this.code = code
    this.hint = hint
  }
}

/**
 * A recorder assertion that did not hold. `sent` lists every request the recorder saw, one line each, so
 * the failure shows what was expected next to what actually went out.
 */
export class RequestAssertionError extends TestingError {
  readonly sent: readonly string[]

  constructor(code: TestingErrorCode, expected: string, sent: readonly string[], hint: string) {
    const listing =
      sent.length === 0 ? '  (no requests)' : sent.map((line, i) => `  ${i + 1}. ${line}`).join('\n')
    super(
      code,
      `${expected}\nSent (${sent.length} request${sent.length === 1 ? '' : 's'}):\n${listing}`,
      hint,
    )
    this.sent = sent
  }
}

export function isTestingError(value: unknown): value is TestingError {
  return value instanceof TestingError
}
