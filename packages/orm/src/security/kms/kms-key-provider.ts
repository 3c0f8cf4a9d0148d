import type { DataKey, KeyProvider } from '../key-provider'
import { KmsClient, type KmsClientOptions } from './kms-client'

/**
 * Options of `KmsKeyProvider`: the KMS key new data keys are generated under, an encryption context, and the
 * `KmsClient` options (or a client to share).
 *
 * @example
 * ```ts
 * const options: KmsKeyProviderOptions = { keyId: 'alias/app', region: 'eu-west-1', credentials: fromDefaultChain(), encryptionContext: { app: 'shop' } }
 * const keys = new KmsKeyProvider(options)
 * ```
 */
export interface KmsKeyProviderOptions extends KmsClientOptions {
  /** The KMS key (id, ARN or alias) new data keys are generated under. */
  readonly keyId: string
  /** Bound to every data key; KMS refuses to unwrap without the same context. */
  readonly encryptionContext?: Readonly<Record<string, string>>
  /** A client to share (else one is made from the options). */
  readonly client?: KmsClient
}

/**
 * Data keys from AWS KMS: GenerateDataKey on the current key, Decrypt with the key id stored in the
 * envelope, so switching `keyId` to a new key rotates while old values keep decrypting. Wrap it in the
 * ORM's data-key cache (it is, by createOrm) so KMS is called per data key, not per item.
 *
 * @example
 * ```ts
 * const orm = createOrm({
 *   models,
 *   design: { tableName: 'app' },
 *   security: { encryption: { keys: new KmsKeyProvider({ keyId: 'alias/app', region: 'eu-west-1', credentials: fromDefaultChain() }) } },
 * })
 * ```
 */
export class KmsKeyProvider implements KeyProvider {
  readonly name = 'aws-kms'
  readonly keyId: string
  readonly client: KmsClient
  readonly #context: Readonly<Record<string, string>>

  constructor(options: KmsKeyProviderOptions) {
    this.keyId = options.keyId
    this.client = options.client ?? new KmsClient(options)
    this.#context = options.encryptionContext ?? { purpose: 'dbtooling-data-key' }
  }

  async generateDataKey(): Promise<DataKey> {
    const out = await this.client.generateDataKey(this.keyId, this.#context)
    return { keyId: out.keyId, plaintext: out.plaintext, wrapped: out.ciphertext }
  }

  decryptDataKey(keyId: string, wrapped: Buffer): Promise<Buffer> {
    return this.client.decrypt(keyId, wrapped, this.#context)
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, keyId: this.keyId, ...this.client.toJSON() }
  }
}
