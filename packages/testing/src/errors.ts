/**
 * Every `code` a `TestingError` can carry; narrow on it.
 *
 * @example
 * ```ts
 * function isRecorderFailure(error: unknown): boolean {
 *   const codes: TestingErrorCode[] = ['NOT_QUERIED', 'NOT_INSERTED', 'REQUEST_COUNT', 'SCAN_SENT', 'WHOLE_TYPE_READ']
 *   return isTestingError(error) && codes.includes(error.code)
 * }
 * ```
 */
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

/**
 * Every error of @dbtooling/testing: a `code` to switch on and a `hint` saying how to fix it.
 *
 * @example
 * ```ts
 * try {
 *   await createTestTable({ models: [User], endpoint: 'https://dynamodb.eu-west-1.amazonaws.com' })
 * } catch (error) {
 *   if (error instanceof TestingError && error.code === 'NOT_LOCAL_ENDPOINT') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
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
 *
 * @example
 * ```ts
 * try {
 *   table.recorder.assertNoScan()
 * } catch (error) {
 *   if (error instanceof RequestAssertionError && error.code === 'SCAN_SENT') console.log(error.sent.join('\n'))
 *   throw error
 * }
 * ```
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

/**
 * True when `value` is an error of @dbtooling/testing (a `TestingError` or a `RequestAssertionError`).
 *
 * @example
 * ```ts
 * try {
 *   await createTestTable({ models: [User] })
 * } catch (error) {
 *   if (isTestingError(error) && error.code === 'NO_ENDPOINT') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export function isTestingError(value: unknown): value is TestingError {
  return value instanceof TestingError
}
