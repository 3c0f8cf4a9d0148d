import { builtin } from '../node-builtin'
import { SecurityError } from './errors'

const VERSION = 1

/**
 * One encrypted value as stored (a DynamoDB Binary):
 * `version(1) | keyIdLength(1) | keyId | wrappedLength(2, BE) | wrapped data key | iv(12) | tag(16) | ciphertext`.
 * The key id and wrapped data key travel with the value, so any value decrypts after rotation.
 */
export interface Envelope {
  readonly keyId: string
  readonly wrapped: Buffer
  readonly iv: Buffer
  readonly tag: Buffer
  readonly ciphertext: Buffer
}

/** AES-256-GCM with the associated data bound in; returns the stored bytes. */
export function seal(
  dataKey: { keyId: string; plaintext: Buffer; wrapped: Buffer },
  plaintext: Buffer,
  aad: Buffer,
): Buffer {
  const { createCipheriv, randomBytes } = builtin('node:crypto')
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', dataKey.plaintext, iv)
  cipher.setAAD(aad)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  const keyId = Buffer.from(dataKey.keyId, 'utf8')
  const head = Buffer.alloc(4)
  head[0] = VERSION
  head[1] = keyId.length
  const length = Buffer.alloc(2)
  length.writeUInt16BE(dataKey.wrapped.length)
  return Buffer.concat([
    head.subarray(0, 2),
    keyId,
    length,
    dataKey.wrapped,
    iv,
    cipher.getAuthTag(),
    ciphertext,
  ])
}

export function parseEnvelope(bytes: Buffer): Envelope {
  if (bytes.length < 2 || bytes[0] !== VERSION) throw badEnvelope(`version byte ${bytes[0] ?? 'missing'}`)
  const idEnd = 2 + bytes[1]!
  if (bytes.length < idEnd + 2) throw badEnvelope('truncated key id')
  const wrappedEnd = idEnd + 2 + bytes.readUInt16BE(idEnd)
  if (bytes.length < wrappedEnd + 28) throw badEnvelope('truncated body')
  return {
    keyId: bytes.subarray(2, idEnd).toString('utf8'),
    wrapped: bytes.subarray(idEnd + 2, wrappedEnd),
    iv: bytes.subarray(wrappedEnd, wrappedEnd + 12),
    tag: bytes.subarray(wrappedEnd + 12, wrappedEnd + 28),
    ciphertext: bytes.subarray(wrappedEnd + 28),
  }
}

/** Decrypts with the unwrapped data key; a wrong AAD (a moved value) or altered byte is DECRYPT_FAILED. */
export function open(envelope: Envelope, dataKey: Buffer, aad: Buffer, label: string): Buffer {
  try {
    const decipher = builtin('node:crypto').createDecipheriv('aes-256-gcm', dataKey, envelope.iv)
    decipher.setAAD(aad)
    decipher.setAuthTag(envelope.tag)
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()])
  } catch (cause) {
    throw new SecurityError(
      'DECRYPT_FAILED',
      `${label} does not authenticate`,
      'the stored value was altered, or copied from another item or attribute (its keys and entity type are bound to it); restore it from a backup or write it again',
      cause,
    )
  }
}

function badEnvelope(detail: string): SecurityError {
  return new SecurityError(
    'BAD_ENVELOPE',
    `an encrypted attribute holds a value that is not an envelope (${detail})`,
    'the attribute was written without encryption (e.g. before encrypted: true was set, or by another tool); re-save the item through the ORM',
  )
}
