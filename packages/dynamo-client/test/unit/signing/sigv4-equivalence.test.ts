import { createHash, createHmac, hash } from 'node:crypto'
import { SignatureV4 } from '@smithy/signature-v4'
import { AwsV4Signer } from 'aws4fetch'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Aws4fetchSigner } from '../../../src/signing/aws4fetch-signer'
import { UNSIGNABLE_HEADERS } from '../../../src/signing/canonical'
import { type NodeCryptoFunctions, NodeSigner } from '../../../src/signing/node-signer'
import type { Credentials, SignableRequest } from '../../../src/signing/types'

/** The Checksum shape @smithy/signature-v4 wants, backed by node:crypto. */
class Sha256 {
  readonly #hash
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.#hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret))
  }
  update(data: string | ArrayBuffer | ArrayBufferView) {
    this.#hash.update(bytes(data))
  }
  async digest() {
    return new Uint8Array(this.#hash.digest())
  }
  reset() {}
}

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

interface Case {
  host: string
  region: string
  service: string
  credentials: Credentials
  target: string
  body: string
  extraHeaders: Record<string, string>
  date: Date
}

const word = fc.stringMatching(/^[a-zA-Z0-9]{1,12}$/)
const secretChars = fc.stringMatching(/^[A-Za-z0-9/+=]{20,40}$/)
const headerValue = fc.stringMatching(/^[!-~]{1,10}( {1,3}[!-~]{1,10}){0,3}$/)

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  host: fc.oneof(
    fc.constantFrom(
      'dynamodb.us-east-1.amazonaws.com',
      'streams.dynamodb.eu-west-1.amazonaws.com',
      'localhost:8000',
    ),
    word.map((w) => `${w.toLowerCase()}.example.com:${8000 + w.length}`),
  ),
  region: fc.constantFrom('us-east-1', 'eu-west-1', 'ap-southeast-2', 'cn-north-1', 'us-gov-west-1'),
  service: fc.constantFrom('dynamodb', 'dynamodb', 'execute-api'),
  credentials: fc.record({
    accessKeyId: fc.stringMatching(/^(AKIA|ASIA)[A-Z0-9]{16}$/),
    secretAccessKey: secretChars,
    sessionToken: fc.option(fc.stringMatching(/^[A-Za-z0-9/+=]{40,300}$/), { nil: undefined }),
  }),
  target: fc.constantFrom(
    'DynamoDB_20120810.GetItem',
    'DynamoDB_20120810.Query',
    'DynamoDBStreams_20120810.GetRecords',
  ),
  body: fc.oneof(
    fc.constant(''),
    fc.json(),
    fc.string({ unit: 'grapheme' }).map((text) => JSON.stringify({ text })),
  ),
  extraHeaders: fc.dictionary(
    word.map((w) => `x-amz-meta-${w.toLowerCase()}`),
    headerValue,
    { maxKeys: 3 },
  ),
  date: fc.date({
    min: new Date('2001-01-01T00:00:00Z'),
    max: new Date('2099-12-31T23:59:59Z'),
    noInvalidDate: true,
  }),
})

function requestOf(c: Case): SignableRequest {
  return {
    method: 'POST',
    host: c.host,
    path: '/',
    headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': c.target, ...c.extraHeaders },
    body: c.body,
  }
}

/** With node:crypto's one-shot `hash` (Node 20.12+) and without it (older Node 20: `createHash` only). */
const NODE_CRYPTO = { withHash: { createHash, createHmac, hash }, withoutHash: { createHash, createHmac } }

function signWithNode(c: Case, crypto: NodeCryptoFunctions = NODE_CRYPTO.withHash): string {
  const request = requestOf(c)
  new NodeSigner(crypto).sign(request, c.credentials, { region: c.region, service: c.service }, c.date)
  return request.headers.authorization ?? ''
}

async function signWithAws4fetch(c: Case): Promise<string> {
  const signer = new AwsV4Signer({
    method: 'POST',
    url: `https://${c.host}/`,
    headers: requestOf(c).headers,
    body: c.body,
    accessKeyId: c.credentials.accessKeyId,
    secretAccessKey: c.credentials.secretAccessKey,
    ...(c.credentials.sessionToken ? { sessionToken: c.credentials.sessionToken } : {}),
    service: c.service,
    region: c.region,
    datetime: c.date.toISOString().replace(/[:-]|\.\d{3}/g, ''),
  })
  return (await signer.sign()).headers.get('authorization') ?? ''
}

async function signWithSmithy(c: Case): Promise<string> {
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: c.credentials.accessKeyId,
      secretAccessKey: c.credentials.secretAccessKey,
      ...(c.credentials.sessionToken ? { sessionToken: c.credentials.sessionToken } : {}),
    },
    region: c.region,
    service: c.service,
    sha256: Sha256,
    applyChecksum: false,
  })
  const [hostname, port] = c.host.split(':')
  const signed = await signer.sign(
    {
      method: 'POST',
      protocol: 'https:',
      hostname: hostname ?? '',
      ...(port ? { port: Number(port) } : {}),
      path: '/',
      query: {},
      headers: { host: c.host, ...requestOf(c).headers },
      body: c.body,
    },
    { signingDate: c.date, unsignableHeaders: new Set(UNSIGNABLE_HEADERS) },
  )
  return String(signed.headers.authorization)
}

describe('SigV4: node:crypto signer against the signers of record', () => {
  it('produces byte-identical Authorization headers to aws4fetch and @smithy/signature-v4 (300 generated requests)', async () => {
    const cases = fc.sample(caseArbitrary, { numRuns: 300, seed: 20261125 })
    expect(cases.filter((c) => c.credentials.sessionToken).length).toBeGreaterThan(50)
    for (const c of cases) {
      const ours = signWithNode(c)
      expect(ours).toMatch(/^AWS4-HMAC-SHA256 Credential=/)
      expect(signWithNode(c, NODE_CRYPTO.withoutHash), JSON.stringify(c)).toBe(ours)
      expect(ours, JSON.stringify(c)).toBe(await signWithAws4fetch(c))
      expect(ours, JSON.stringify(c)).toBe(await signWithSmithy(c))
    }
  })

  it('signs the session token and the target but not content-type', () => {
    const c = fc.sample(caseArbitrary, { numRuns: 1, seed: 7 })[0] as Case
    const request = requestOf({
      ...c,
      credentials: { ...c.credentials, sessionToken: 'TOKEN' },
      extraHeaders: {},
    })
    new NodeSigner({ createHash, createHmac }).sign(
      request,
      { ...c.credentials, sessionToken: 'TOKEN' },
      { region: 'us-east-1', service: 'dynamodb' },
    )
    expect(request.headers['x-amz-security-token']).toBe('TOKEN')
    expect(request.headers.authorization).toContain(
      'SignedHeaders=host;x-amz-date;x-amz-security-token;x-amz-target,',
    )
  })

  it('reuses the cached signing key yet notices a rotated secret', () => {
    const signer = new NodeSigner({ createHash, createHmac })
    const c = fc.sample(caseArbitrary, { numRuns: 1, seed: 11 })[0] as Case
    const first = signWithNode(c)
    const sign = (secret: string) => {
      const request = requestOf(c)
      signer.sign(
        request,
        { ...c.credentials, secretAccessKey: secret },
        { region: c.region, service: c.service },
        c.date,
      )
      return request.headers.authorization
    }
    expect(sign(c.credentials.secretAccessKey)).toBe(first)
    expect(sign(c.credentials.secretAccessKey)).toBe(first)
    expect(sign(`${c.credentials.secretAccessKey}x`)).not.toBe(first)
  })

  it('the WebCrypto fallback (Aws4fetchSigner) agrees with the node signer', async () => {
    for (const c of fc.sample(caseArbitrary, { numRuns: 25, seed: 3 })) {
      const request = requestOf(c)
      await new Aws4fetchSigner().sign(
        request,
        c.credentials,
        { region: c.region, service: c.service },
        c.date,
      )
      expect(request.headers.authorization).toBe(signWithNode(c))
    }
  })
})
