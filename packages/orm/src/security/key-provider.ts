/**
 * A fresh data key: the plaintext for encrypting now, and the wrapped form stored beside each value.
 *
 * @example
 * ```ts
 * const { keyId, plaintext, wrapped } = await new LocalKeyring({ keys: { k1: key } }).generateDataKey()
 * // keyId 'k1', plaintext: 32 bytes kept in memory, wrapped: stored in every envelope
 * ```
 */
export interface DataKey {
  /** The master key that wrapped it (a keyring key id, or a KMS key ARN); stored in every envelope. */
  readonly keyId: string
  /** 32 bytes for AES-256-GCM; kept in memory only. */
  readonly plaintext: Buffer
  /** The data key encrypted under `keyId`; only the provider can unwrap it. */
  readonly wrapped: Buffer
}

/**
 * Where data keys come from: a local keyring (development, tests) or AWS KMS. Envelope encryption means
 * the master key never leaves the provider; values are encrypted with data keys, which are cached
 * (see DataKeyCache) so the provider is not asked once per item.
 *
 * @example
 * ```ts
 * const keys: KeyProvider = process.env.NODE_ENV === 'production'
 *   ? new KmsKeyProvider({ keyId: 'alias/app', region: 'eu-west-1', credentials: fromDefaultChain() })
 *   : LocalKeyring.fromEnv()
 * createOrm({ models, design, security: { encryption: { keys } } })
 * ```
 */
export interface KeyProvider {
  /** Names the provider in errors and `toJSON` (never a key). */
  readonly name: string
  /** A new data key under the current master key. */
  generateDataKey(): Promise<DataKey>
  /** The plaintext of a data key wrapped under `keyId` (an old key id after rotation). */
  decryptDataKey(keyId: string, wrapped: Buffer): Promise<Buffer>
}
