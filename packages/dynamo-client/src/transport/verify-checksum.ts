import { ChecksumMismatchError } from './checksum-error'
import type { Crc32 } from './crc32'

/**
 * Checks a response body against DynamoDB's `x-amz-crc32` header and returns it as text. Bodies without
 * the header (or with one that is not a number) are passed through: not every endpoint sends it.
 */
export function verifiedBodyText(
  bytes: Uint8Array,
  header: string | undefined,
  crc32: Crc32,
  response: { statusCode: number; requestId: string | undefined },
): string {
  if (header !== undefined && header !== '') {
    const expected = Number(header)
    if (Number.isInteger(expected)) {
      const actual = crc32(bytes)
      if (actual !== expected >>> 0) {
        throw new ChecksumMismatchError({ expected, actual, ...response })
      }
    }
  }
  return decoder.decode(bytes)
}

const decoder = new TextDecoder()
