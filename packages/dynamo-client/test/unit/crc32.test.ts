import { crc32 as zlibCrc32 } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ChecksumMismatchError,
  crc32Js,
  DEFAULT_HTTP_OPTIONS,
  DynamoClient,
  FetchTransport,
  loadCrc32,
} from '../../src/index'
import { type CannedServer, startCannedServer } from '../support/canned-server'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** Bit-at-a-time CRC-32 straight from the definition, as an independent reference. */
function referenceCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of bytes) {
    crc ^= byte
    for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
  }
  return (crc ^ 0xffffffff) >>> 0
}

describe('crc32', () => {
  it('matches the published check values', () => {
    expect(crc32Js(utf8(''))).toBe(0)
    expect(crc32Js(utf8('a'))).toBe(0xe8b7be43)
    expect(crc32Js(utf8('123456789'))).toBe(0xcbf43926)
    expect(crc32Js(utf8('The quick brown fox jumps over the lazy dog'))).toBe(0x414fa339)
    // What DynamoDB Local sent for this body in x-amz-crc32.
    expect(crc32Js(utf8('{"TableNames":[]}'))).toBe(1315925753)
  })

  it('agrees with the bitwise definition at every length around the 8-byte stride, and with node:zlib', async () => {
    const native = await loadCrc32()
    for (let length = 0; length <= 70; length++) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 7919 + length * 31) & 0xff)
      const expected = referenceCrc32(bytes)
      expect(crc32Js(bytes)).toBe(expected)
      expect(native(bytes)).toBe(expected)
    }
    const big = new Uint8Array(100_003).map((_, i) => (i * 2654435761) >>> 24)
    expect(crc32Js(big)).toBe(referenceCrc32(big))
  })

  it('loadCrc32 picks node:zlib where this Node has it', async () => {
    const native = await loadCrc32()
    if (typeof zlibCrc32 === 'function') expect(native).not.toBe(crc32Js)
    expect(native(utf8('123456789'))).toBe(0xcbf43926)
  })
})

describe('x-amz-crc32 response checks', () => {
  let server: CannedServer
  const body = '{"TableNames":["a","b"]}'
  const good = { body, headers: { 'x-amz-crc32': String(crc32Js(utf8(body))) } }
  const bad = { body, headers: { 'x-amz-crc32': String((crc32Js(utf8(body)) + 1) >>> 0) } }

  beforeAll(async () => {
    server = await startCannedServer()
  })
  afterAll(() => server.close())

  const client = (extra: object = {}) =>
    new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'AKIA', secretAccessKey: 's' },
      ...extra,
    })

  it('accepts a body whose checksum matches', async () => {
    server.requests.length = 0
    server.fallback = good
    const c = client()
    await expect(c.listTables()).resolves.toEqual({ TableNames: ['a', 'b'] })
    expect(server.requests).toHaveLength(1)
    await c.close()
  })

  it('retries a damaged response and succeeds when the next one is intact', async () => {
    server.requests.length = 0
    server.enqueue(bad)
    server.fallback = good
    const c = client()
    await expect(c.listTables()).resolves.toEqual({ TableNames: ['a', 'b'] })
    expect(server.requests).toHaveLength(2)
    await c.close()
  })

  it('gives up after maxRetries with a typed, retryable ChecksumMismatchError', async () => {
    server.requests.length = 0
    server.fallback = bad
    const c = client({ maxRetries: 2 })
    const error = await c.listTables().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ChecksumMismatchError)
    expect(error).toMatchObject({
      code: 'ChecksumMismatchError',
      retryable: true,
      operation: 'ListTables',
      expected: (crc32Js(utf8(body)) + 1) >>> 0,
      actual: crc32Js(utf8(body)),
      statusCode: 200,
    })
    expect((error as ChecksumMismatchError).requestId).toMatch(/^req-/)
    expect(server.requests).toHaveLength(3)
    await c.close()
  })

  it('checks error responses too, before their JSON is read', async () => {
    server.requests.length = 0
    server.fallback = {
      status: 400,
      body: '{"__type":"x#ValidationException"}',
      headers: { 'x-amz-crc32': '1' },
    }
    const c = client({ maxRetries: 0 })
    await expect(c.listTables()).rejects.toBeInstanceOf(ChecksumMismatchError)
    await c.close()
  })

  it('http.checksums: false turns the check off', async () => {
    server.requests.length = 0
    server.fallback = bad
    const c = client({ http: { checksums: false } })
    await expect(c.listTables()).resolves.toEqual({ TableNames: ['a', 'b'] })
    expect(server.requests).toHaveLength(1)
    await c.close()
  })

  it('the fetch transport checks identity-encoded bodies the same way', async () => {
    server.fallback = bad
    const c = client({ maxRetries: 0, transport: new FetchTransport(DEFAULT_HTTP_OPTIONS) })
    await expect(c.listTables()).rejects.toBeInstanceOf(ChecksumMismatchError)
    server.fallback = good
    await expect(c.listTables()).resolves.toEqual({ TableNames: ['a', 'b'] })
    const off = client({ transport: new FetchTransport({ ...DEFAULT_HTTP_OPTIONS, checksums: false }) })
    server.fallback = bad
    await expect(off.listTables()).resolves.toEqual({ TableNames: ['a', 'b'] })
  })

  it('multi-byte UTF-8 bodies are checked as bytes, not characters', async () => {
    const text = '{"TableNames":["café-ü-日本"]}'
    server.fallback = { body: text, headers: { 'x-amz-crc32': String(crc32Js(utf8(text))) } }
    const c = client()
    await expect(c.listTables()).resolves.toEqual({ TableNames: ['café-ü-日本'] })
    await c.close()
  })
})
