import { AwsV4Signer } from 'aws4fetch'
import type { Credentials, RequestSigner, SignableRequest, SigningScope } from './types'

/** SigV4 through aws4fetch (WebCrypto): the signer for runtimes without node:crypto. */
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
