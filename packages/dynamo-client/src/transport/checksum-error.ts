import { DynamoDBError } from '../errors/dynamodb-error'

/**
 * The response body's CRC-32 differs from the `x-amz-crc32` header DynamoDB sent: the bytes were damaged
 * on the way (proxy, TLS terminator, flaky network). Retried like a network error, as the AWS SDK does.
 *
 * @example
 * ```ts
 * // Retried by the client; reaches the caller only when every attempt was damaged.
 * try {
 *   await client.getItem({ TableName: 'app', Key: key })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'ChecksumMismatchError') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class ChecksumMismatchError extends DynamoDBError {
  declare readonly code: 'ChecksumMismatchError'
  /** The value of the `x-amz-crc32` header. */
  readonly expected: number
  /** The CRC-32 of the bytes received. */
  readonly actual: number

  constructor(init: { expected: number; actual: number; statusCode: number; requestId: string | undefined }) {
    super({
      code: 'ChecksumMismatchError',
      message: `Response body CRC-32 ${init.actual} does not match x-amz-crc32 ${init.expected}`,
      statusCode: init.statusCode,
      requestId: init.requestId,
      retryable: true,
      hint: 'The response was damaged in transit; the client retried. If it persists, look at proxies between you and DynamoDB. `http: { checksums: false }` turns the check off.',
    })
    this.expected = init.expected
    this.actual = init.actual
  }
}
