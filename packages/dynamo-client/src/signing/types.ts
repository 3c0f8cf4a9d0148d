/**
 * AWS credentials as resolved by a provider.
 *
 * @example
 * ```ts
 * const credentials: Credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' }
 * const client = new DynamoClient({ region: 'eu-west-1', credentials })
 * ```
 */
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
 *
 * @example
 * ```ts
 * const request: SignableRequest = {
 *   method: 'POST',
 *   host: 'dynamodb.eu-west-1.amazonaws.com',
 *   path: '/',
 *   headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' },
 *   body: '{}',
 * }
 * await signer.sign(request, credentials, { region: 'eu-west-1', service: 'dynamodb' })
 * console.log(request.headers.authorization) // 'AWS4-HMAC-SHA256 Credential=...'
 * ```
 */
export interface SignableRequest {
  method: string
  /** `hostname[:port]` exactly as sent in the Host header. */
  host: string
  path: string
  headers: Record<string, string>
  body: string
}

/**
 * The region and service name a SigV4 signature is scoped to (`dynamodb` for DynamoDB and its streams).
 *
 * @example
 * ```ts
 * const scope: SigningScope = { region: 'eu-west-1', service: 'dynamodb' }
 * await signer.sign(request, credentials, scope)
 * ```
 */
export interface SigningScope {
  region: string
  service: string
}

/**
 * Signs requests with AWS SigV4; NodeSigner and Aws4fetchSigner are the two built in, and a client takes another through its `signer` option.
 *
 * @example
 * ```ts
 * const signer: RequestSigner = await loadSigner()
 * console.log(signer.kind) // 'node-crypto' on Node, 'aws4fetch' elsewhere
 * const client = new DynamoClient({ region: 'eu-west-1', signer })
 * ```
 */
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
