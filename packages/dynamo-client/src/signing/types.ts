/** AWS credentials as resolved by a provider. */
export interface Credentials {
  readonly accessKeyId: string
  readonly secretAccessKey: string
  readonly sessionToken?: string | undefined
  /** When temporary credentials stop working; providers refresh a few minutes before. */
  readonly expiration?: Date | undefined
}

/**
 * A request about to be signed. `headers` use lower-case names and do not include `host`; the signer
 * adds `x-amz-date`, `x-amz-security-token` (when there is a session token) and `authorization`.
 */
export interface SignableRequest {
  method: string
  /** `hostname[:port]` exactly as sent in the Host header. */
  host: string
  path: string
  headers: Record<string, string>
  body: string
}

export interface SigningScope {
  region: string
  service: string
}

export interface RequestSigner {
  readonly kind: 'node-crypto' | 'aws4fetch'
  /** Signs in place. Returns a promise only when the underlying crypto is asynchronous. */
  sign(
    request: SignableRequest,
    credentials: Credentials,
    scope: SigningScope,
    now?: Date,
  ): void | Promise<void>
}
