import type { Credentials, RequestSigner, SignableRequest, SigningScope } from './types'

type Aws4fetch = typeof import('aws4fetch')
let aws4fetch: Promise<Aws4fetch> | undefined

// Node signs with node:crypto, so aws4fetch is resolved and compiled only when this signer first signs,
// never by `import('@dbtooling/dynamo-client')` (bench --suite import).
function loadAws4fetch(): Promise<Aws4fetch> {
  aws4fetch ??= import('aws4fetch')
  return aws4fetch
}

/**
 * SigV4 through aws4fetch (WebCrypto): the signer for runtimes without node:crypto.
 *
 * @example
 * ```ts
 * // Sign with WebCrypto even where node:crypto exists (e.g. to match an edge runtime in tests).
 * const client = new DynamoClient({ region: 'eu-west-1', signer: new Aws4fetchSigner() })
 * ```
 */
export class Aws4fetchSigner implements RequestSigner {
  readonly kind = 'aws4fetch'
  // aws4fetch's own signing-key cache; private so it never shows up when the client is inspected.
  readonly #cache = new Map<string, ArrayBuffer>()

  async sign(
    request: SignableRequest,
    credentials: Credentials,
    scope: SigningScope,
    now?: Date,
  ): Promise<void> {
    const { AwsV4Signer } = await loadAws4fetch()
    const signer = new AwsV4Signer({
      method: request.method,
      url: `https://${request.host}${request.path}`,
      headers: request.headers,
      body: request.body,
      accessKeyId: credentials.accessKeyId,
      secretAccessKey: credentials.secretAccessKey,
      ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}),
      service: scope.service,
      region: scope.region,
      cache: this.#cache,
      ...(now ? { datetime: now.toISOString().replace(/[:-]|\.\d{3}/g, '') } : {}),
    })
    const signed = await signer.sign()
    signed.headers.forEach((value, name) => {
      request.headers[name] = value
    })
  }
}
