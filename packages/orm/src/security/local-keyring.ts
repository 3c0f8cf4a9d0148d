import { builtin } from '../node-builtin'
import { SecurityError } from './errors'
import type { DataKey, KeyProvider } from './key-provider'

const INSPECT = Symbol.for('nodejs.util.inspect.custom')

/**
 * Options of `LocalKeyring`: master keys by id (32 bytes each) and the id new data keys are wrapped under.
 *
 * @example
 * ```ts
 * const options: LocalKeyringOptions = { keys: { k1: oldKeyBase64, k2: newKeyBase64 }, current: 'k2' } // rotation
 * const keys = new LocalKeyring(options)
 * ```
 */
export interface LocalKeyringOptions {
  /** Master keys by id: 32 bytes, as a Buffer or base64 text. Keep old ids after rotation. */
  readonly keys: Readonly<Record<string, Buffer | string>>
  /** The id new data keys are wrapped under (default: the last id in `keys`). */
  readonly current?: string
}

/**
 * Master keys held in memory, for development and tests (production uses KmsKeyProvider). Rotation:
 * add a key and make it `current`; envelopes name their key id, so values written under an old key
 * decrypt while that key stays in the keyring. Keys never appear in `toJSON`, inspection or errors.
 *
 * @example
 * ```ts
 * const keys = new LocalKeyring({ keys: { k1: randomBytes(32) } })
 * const orm = createOrm({ models, design: { tableName: 'app' }, security: { encryption: { keys } } })
 * const fromEnv = LocalKeyring.fromEnv() // DBTOOLING_KEYS="k1:<base64>,k2:<base64>"
 * ```
 */
export class LocalKeyring implements KeyProvider {
  readonly name = 'local-keyring'
  readonly current: string
  readonly #keys = new Map<string, Buffer>()

  constructor(options: LocalKeyringOptions) {
    for (const [id, key] of Object.entries(options.keys)) this.#keys.set(id, masterKey(id, key))
    const current = options.current ?? [...this.#keys.keys()].at(-1)
    if (current === undefined || !this.#keys.has(current)) {
      throw new SecurityError(
        'INVALID_KEY',
        `the keyring has no key '${current ?? ''}' to use as current`,
        'pass keys: { k1: <32 bytes base64> } and current: one of its ids',
      )
    }
    this.current = current
  }

  /**
   * Keys from an environment variable: `id:base64,id:base64` (the last is current unless `current` says
   * otherwise). For example `DBTOOLING_KEYS="2026-01:...,2026-06:..."`.
   */
  static fromEnv(variable = 'DBTOOLING_KEYS', env: NodeJS.ProcessEnv = process.env): LocalKeyring {
    const text = env[variable]
    if (!text) {
      throw new SecurityError(
        'INVALID_KEY',
        `environment variable ${variable} is not set`,
        `set ${variable}="k1:<base64 of 32 random bytes>" (node -e "console.log(crypto.randomBytes(32).toString('base64'))")`,
      )
    }
    const keys: Record<string, string> = {}
    for (const entry of text.split(',')) {
      const at = entry.indexOf(':')
      if (at <= 0)
        throw new SecurityError('INVALID_KEY', `${variable} has an entry without an id`, 'write id:base64')
      keys[entry.slice(0, at).trim()] = entry.slice(at + 1).trim()
    }
    return new LocalKeyring({ keys })
  }

  async generateDataKey(): Promise<DataKey> {
    const { createCipheriv, randomBytes } = builtin('node:crypto')
    const plaintext = randomBytes(32)
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.#keys.get(this.current)!, iv)
    const body = Buffer.concat([cipher.update(plaintext), cipher.final()])
    return { keyId: this.current, plaintext, wrapped: Buffer.concat([iv, cipher.getAuthTag(), body]) }
  }

  async decryptDataKey(keyId: string, wrapped: Buffer): Promise<Buffer> {
    const key = this.#keys.get(keyId)
    if (!key) {
      throw new SecurityError(
        'UNKNOWN_KEY',
        `the value was encrypted under key '${keyId}', which the keyring does not hold`,
        `keep '${keyId}' in the keyring after rotating (keys: { '${keyId}': ..., ... })`,
      )
    }
    try {
      const decipher = builtin('node:crypto').createDecipheriv('aes-256-gcm', key, wrapped.subarray(0, 12))
      decipher.setAuthTag(wrapped.subarray(12, 28))
      return Buffer.concat([decipher.update(wrapped.subarray(28)), decipher.final()])
    } catch (cause) {
      throw new SecurityError(
        'DECRYPT_FAILED',
        `the data key wrapped under '${keyId}' does not authenticate`,
        'the envelope was altered, or the keyring holds a different key under this id',
        cause,
      )
    }
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, current: this.current, keyIds: [...this.#keys.keys()] }
  }

  [INSPECT](): string {
    return `LocalKeyring(${JSON.stringify(this.toJSON())})`
  }
}

function masterKey(id: string, key: Buffer | string): Buffer {
  const bytes = typeof key === 'string' ? Buffer.from(key, 'base64') : key
  if (bytes.length !== 32) {
    throw new SecurityError(
      'INVALID_KEY',
      `key '${id}' is ${bytes.length} bytes; AES-256 needs 32`,
      'generate one with crypto.randomBytes(32) and pass it as a Buffer or base64 text',
    )
  }
  return Buffer.from(bytes)
}
