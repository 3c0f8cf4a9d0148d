import {
  type Credentials,
  type CredentialsInput,
  DEFAULT_HTTP_OPTIONS,
  FetchTransport,
  NodeSigner,
  type Transport,
} from '@dbtooling/dynamo-client'
import { withRuntimes } from '../../load-runtimes'
import { builtin } from '../../node-builtin'
import { SecurityError } from '../errors'

/**
 * Where a `KmsClient` sends and how it signs: region, credentials, and optionally endpoint and transport.
 *
 * @example
 * ```ts
 * const options: KmsClientOptions = { region: 'eu-west-1', credentials: fromDefaultChain() }
 * const kms = new KmsClient(options)
 * ```
 */
export interface KmsClientOptions {
  readonly region: string
  /** Static keys or a provider (e.g. the DynamoDB client's chain: `fromDefaultChain()`). */
  readonly credentials: CredentialsInput
  /** Default `https://kms.<region>.amazonaws.com`; tests point it at a canned server. */
  readonly endpoint?: string
  readonly transport?: Transport
}

type Json = Record<string, unknown>

/**
 * The three AWS KMS calls envelope encryption needs, over the KMS JSON protocol (`x-amz-json-1.1`,
 * `X-Amz-Target: TrentService.<Operation>`), SigV4-signed for service `kms` by the same signer as the
 * DynamoDB client. Binary fields travel as base64, as the protocol defines.
 *
 * @example
 * ```ts
 * const kms = new KmsClient({ region: 'eu-west-1', credentials: fromDefaultChain() })
 * const { plaintext, ciphertext } = await kms.generateDataKey('alias/app', { app: 'shop' })
 * const again = await kms.decrypt('alias/app', ciphertext, { app: 'shop' }) // equals plaintext
 * ```
 */
export class KmsClient {
  readonly region: string
  readonly #origin: string
  readonly #host: string
  readonly #credentials: CredentialsInput
  readonly #transport: Transport
  readonly #signer = new NodeSigner(builtin('node:crypto'))

  constructor(options: KmsClientOptions) {
    this.region = options.region
    this.#origin = (options.endpoint ?? `https://kms.${options.region}.amazonaws.com`).replace(/\/+$/, '')
    this.#host = new URL(this.#origin).host
    this.#credentials = options.credentials
    this.#transport = options.transport ?? new FetchTransport({ ...DEFAULT_HTTP_OPTIONS, checksums: false })
  }

  /** A new 256-bit data key: its plaintext and its ciphertext under `keyId`. */
  async generateDataKey(
    keyId: string,
    context: Readonly<Record<string, string>>,
  ): Promise<{ keyId: string; plaintext: Buffer; ciphertext: Buffer }> {
    const out = await this.call('GenerateDataKey', {
      KeyId: keyId,
      KeySpec: 'AES_256',
      EncryptionContext: context,
    })
    return {
      keyId: text(out, 'KeyId'),
      plaintext: bytes(out, 'Plaintext'),
      ciphertext: bytes(out, 'CiphertextBlob'),
    }
  }

  /** The plaintext of a ciphertext KMS made; `keyId` pins the key (required for asymmetric keys, safer always). */
  async decrypt(
    keyId: string,
    ciphertext: Buffer,
    context: Readonly<Record<string, string>>,
  ): Promise<Buffer> {
    const out = await this.call('Decrypt', {
      KeyId: keyId,
      CiphertextBlob: ciphertext.toString('base64'),
      EncryptionContext: context,
    })
    return bytes(out, 'Plaintext')
  }

  /** Encrypts up to 4 KB under `keyId` (e.g. to store a blind index key wrapped). */
  async encrypt(
    keyId: string,
    plaintext: Buffer,
    context: Readonly<Record<string, string>>,
  ): Promise<Buffer> {
    const out = await this.call('Encrypt', {
      KeyId: keyId,
      Plaintext: plaintext.toString('base64'),
      EncryptionContext: context,
    })
    return bytes(out, 'CiphertextBlob')
  }

  async call(operation: 'GenerateDataKey' | 'Decrypt' | 'Encrypt', input: Json): Promise<Json> {
    const request = {
      method: 'POST' as const,
      host: this.#host,
      path: '/',
      headers: {
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': `TrentService.${operation}`,
      } as Record<string, string>,
      body: JSON.stringify(input),
    }
    await this.#signer.sign(request, await this.#resolveCredentials(), {
      region: this.region,
      service: 'kms',
    })
    const response = await this.#transport.send({ ...request, origin: this.#origin })
    // Reading the answer (and naming KMS's errors) loads with the first one (load-runtimes.ts).
    return withRuntimes(async ({ kmsAnswer }) => kmsAnswer(operation, response))
  }

  async #resolveCredentials(): Promise<Credentials> {
    return typeof this.#credentials === 'function' ? this.#credentials() : this.#credentials
  }

  toJSON(): Record<string, unknown> {
    return { region: this.region, endpoint: this.#origin }
  }
}

function text(out: Json, field: string): string {
  const value = out[field]
  if (typeof value !== 'string') throw malformed(field)
  return value
}

function bytes(out: Json, field: string): Buffer {
  return Buffer.from(text(out, field), 'base64')
}

function malformed(field: string): SecurityError {
  return new SecurityError('KMS_ERROR', `KMS answered without ${field}`, 'check the endpoint is AWS KMS')
}
