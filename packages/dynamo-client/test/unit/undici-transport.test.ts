import * as undici from 'undici'
import { describe, expect, it } from 'vitest'
import { AbortError, ChecksumMismatchError, DynamoClient, TimeoutError } from '../../src/index'
import { crc32Js } from '../../src/transport/crc32'
import { DEFAULT_HTTP_OPTIONS } from '../../src/transport/types'
import { UndiciExchange } from '../../src/transport/undici-exchange'
import { UndiciTransport } from '../../src/transport/undici-transport'
import { type CannedServer, useCannedServer } from '../support/canned-server'

let server: CannedServer
const transports: UndiciTransport[] = []

function transport(http: Partial<typeof DEFAULT_HTTP_OPTIONS> = {}): UndiciTransport {
  const created = new UndiciTransport(undici, { ...DEFAULT_HTTP_OPTIONS, ...http })
  transports.push(created)
  return created
}

function post(body = '{}', signal?: AbortSignal) {
  return {
    origin: server.endpoint,
    path: '/',
    method: 'POST' as const,
    headers: { 'content-type': 'application/x-amz-json-1.0' },
    body,
    signal,
  }
}

useCannedServer((started) => {
  server = started
}, transports)

describe('undici transport (dispatch handler)', () => {
  it('returns status, request id, server date and the body as sent by the server', async () => {
    server.fallback = { status: 400, body: { message: 'é ü 中文 😀' } }
    const response = await transport().send(post('{"x":1}'))
    expect(response.statusCode).toBe(400)
    expect(response.requestId).toMatch(/^req-\d+$/)
    expect(Number.isNaN(Date.parse(response.serverDate ?? ''))).toBe(false)
    expect(JSON.parse(response.body)).toEqual({ message: 'é ü 中文 😀' })
    expect(server.requests[0]!.body).toBe('{"x":1}')
  })

  it('joins a body that arrives in many chunks, multi-byte characters across chunk edges included', async () => {
    const text = 'ü😀'.repeat(200_000)
    server.fallback = { body: { text } }
    const response = await transport().send(post())
    expect(JSON.parse(response.body)).toEqual({ text })
  })

  it('reads header names in any case and verifies x-amz-crc32 over the bytes', async () => {
    const payload = '{"ok":"é"}'
    const crc = crc32Js(new TextEncoder().encode(payload))
    server.fallback = { body: payload, headers: { 'X-Amz-Crc32': String(crc), 'X-Amzn-RequestId': 'R1' } }
    const response = await transport().send(post())
    expect(response).toMatchObject({ requestId: 'R1', body: payload })
    server.fallback = { body: payload, headers: { 'X-Amz-Crc32': String((crc + 1) >>> 0) } }
    await expect(transport().send(post())).rejects.toBeInstanceOf(ChecksumMismatchError)
  })

  it('an already aborted signal sends nothing', async () => {
    const error = await transport()
      .send(post('{}', AbortSignal.abort()))
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AbortError)
    expect(server.requests).toHaveLength(0)
  })

  it('an abort while waiting for the answer rejects at once; the next request on the pool still works', async () => {
    const t = transport({ maxSockets: 1 })
    server.fallback = { delayMs: 300, body: {} }
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 20)
    const started = Date.now()
    await expect(t.send(post('{}', controller.signal))).rejects.toBeInstanceOf(AbortError)
    expect(Date.now() - started).toBeLessThan(250)
    server.fallback = { body: { after: true } }
    expect(JSON.parse((await t.send(post())).body)).toEqual({ after: true })
  })

  it('short timeouts use a precise timer; long ones are left to undici', async () => {
    server.fallback = { delayMs: 300, body: {} }
    const error = await transport({ requestTimeoutMs: 60 })
      .send(post())
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).timeoutMs).toBe(60)
  })

  it('a client on this transport reports the request id of a failed call', async () => {
    server.fallback = {
      status: 400,
      body: { __type: 'com.amazonaws.dynamodb.v20120810#ValidationException', message: 'bad' },
      headers: { 'x-amzn-requestid': 'REQ-42' },
    }
    const client = new DynamoClient({
      endpoint: server.endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxRetries: 0,
    })
    const error = await client.getItem({ TableName: 't', Key: { pk: { S: '1' } } }).catch((e: unknown) => e)
    await client.close()
    expect(error).toMatchObject({ requestId: 'REQ-42', statusCode: 400 })
  })
})

describe('UndiciExchange', () => {
  it('keeps the last status of 1xx answers, cancels before connect once connected', () => {
    const settled: unknown[] = []
    const exchange = new UndiciExchange(
      (x) => settled.push(x),
      (e) => settled.push(e),
    )
    const reason = new Error('stop')
    exchange.cancel(reason)
    const aborted: unknown[] = []
    exchange.onConnect((r) => aborted.push(r))
    expect(aborted).toEqual([reason])
    exchange.onHeaders(100, [])
    exchange.onHeaders(200, [Buffer.from('Date'), Buffer.from('Mon, 01 Jan 2024 00:00:00 GMT')])
    exchange.onData(Buffer.from('{"a"'))
    exchange.onData(Buffer.from(':1}'))
    exchange.onComplete()
    expect(exchange.statusCode).toBe(200)
    expect(exchange.serverDate).toBe('Mon, 01 Jan 2024 00:00:00 GMT')
    expect(exchange.bytes().toString()).toBe('{"a":1}')
    expect(settled).toEqual([exchange])
  })
})
