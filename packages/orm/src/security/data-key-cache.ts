import type { DataKey, KeyProvider } from './key-provider'

/**
 * How long and how often one data key is used (`security.encryption.dataKeyCache`), and how many unwrapped
 * keys are kept for reading.
 *
 * @example
 * ```ts
 * const dataKeyCache: DataKeyCacheOptions = { maxAgeMs: 5 * 60_000, maxUses: 10_000, maxDecryptKeys: 1_000 }
 * createOrm({ models, design, security: { encryption: { keys: LocalKeyring.fromEnv(), dataKeyCache } } })
 * ```
 */
export interface DataKeyCacheOptions {
  /** Encrypt with one data key for at most this long. Default 5 minutes. */
  readonly maxAgeMs?: number
  /** Encrypt at most this many values with one data key. Default 10,000. */
  readonly maxUses?: number
  /** Unwrapped data keys kept for decryption (by wrapped bytes). Default 1,000. */
  readonly maxDecryptKeys?: number
}

interface Current {
  readonly key: Promise<DataKey>
  readonly created: number
  uses: number
}

/**
 * Keeps the provider (KMS) off the per-item path: one data key encrypts up to `maxUses` values or for
 * `maxAgeMs`, then a new one is generated; unwrapped keys are remembered so reading a page of items
 * written under one data key unwraps it once. Counts what it asked the provider for (`stats`).
 *
 * @example
 * ```ts
 * const cache = new DataKeyCache(new KmsKeyProvider({ keyId: 'alias/app', region: 'eu-west-1', credentials }), { maxUses: 1_000 })
 * const key = await cache.forEncrypt() // KMS GenerateDataKey once, then reused
 * console.log(cache.stats) // { generated: 1, unwrapped: 0 }
 * ```
 */
export class DataKeyCache {
  readonly stats = { generated: 0, unwrapped: 0 }
  readonly #provider: KeyProvider
  readonly #maxAgeMs: number
  readonly #maxUses: number
  readonly #maxDecryptKeys: number
  readonly #unwrapped = new Map<string, Promise<Buffer>>()
  #current: Current | null = null

  constructor(
    provider: KeyProvider,
    options: DataKeyCacheOptions = {},
    private readonly now = Date.now,
  ) {
    this.#provider = provider
    this.#maxAgeMs = options.maxAgeMs ?? 5 * 60_000
    this.#maxUses = options.maxUses ?? 10_000
    this.#maxDecryptKeys = options.maxDecryptKeys ?? 1000
  }

  /** The data key for the next value (a new one when the current is too old or used up). */
  forEncrypt(): Promise<DataKey> {
    const current = this.#current
    if (current && current.uses < this.#maxUses && this.now() - current.created < this.#maxAgeMs) {
      current.uses++
      return current.key
    }
    this.stats.generated++
    const key = this.#provider.generateDataKey()
    const fresh: Current = { key, created: this.now(), uses: 1 }
    this.#current = fresh
    key.then(
      (resolved) => this.#remember(resolved.keyId, resolved.wrapped, Promise.resolve(resolved.plaintext)),
      () => {
        if (this.#current === fresh) this.#current = null
      },
    )
    return key
  }

  /** The plaintext of a stored data key, unwrapped once per distinct wrapped key. */
  forDecrypt(keyId: string, wrapped: Buffer): Promise<Buffer> {
    const id = `${keyId}\u0000${wrapped.toString('base64')}`
    const known = this.#unwrapped.get(id)
    if (known) return known
    this.stats.unwrapped++
    const key = this.#provider.decryptDataKey(keyId, Buffer.from(wrapped))
    this.#remember(keyId, wrapped, key)
    key.catch(() => this.#unwrapped.delete(id))
    return key
  }

  #remember(keyId: string, wrapped: Buffer, key: Promise<Buffer>): void {
    const id = `${keyId}\u0000${wrapped.toString('base64')}`
    if (this.#unwrapped.size >= this.#maxDecryptKeys) {
      const oldest = this.#unwrapped.keys().next().value
      if (oldest !== undefined) this.#unwrapped.delete(oldest)
    }
    this.#unwrapped.set(id, key)
  }
}
