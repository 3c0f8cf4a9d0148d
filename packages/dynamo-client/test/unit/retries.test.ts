import { describe, expect, it } from 'vitest'
import {
  DynamoClient,
  type DynamoClientConfig,
  InternalServerError,
  NetworkError,
  ProvisionedThroughputExceededError,
  type ResponseEvent,
  ThrottlingError,
  TimeoutError,
} from '../../src/index'
import { classifyTransportError } from '../../src/transport/classify-error'
import { DEFAULT_HTTP_OPTIONS } from '../../src/transport/types'
import { type CannedServer, dynamoError, useCannedServer } from '../support/canned-server'

let server: CannedServer
const clients: DynamoClient[] = []

function client(config: DynamoClientConfig = {}): DynamoClient {
  const created = new DynamoClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    ...config,
  })
  clients.push(created)
  return created
}

const key = { TableName: 't', Key: { pk: { S: '1' } } }

useCannedServer((started) => {
  server = started
}, clients)

describe('retries against a canned server', () => {
  it('retries throttling and then succeeds, reporting every attempt to middleware', async () => {
    server.enqueue(
      dynamoError('ProvisionedThroughputExceededException', 'slow down'),
      dynamoError('ThrottlingException', 'slow down', 400),
      { body: { Item: { pk: { S: '1' } } } },
    )
    const events: ResponseEvent[] = []
    const c = client({ maxRetries: 3 })
    c.use({ onResponse: (event) => events.push(event) })
    const out = await c.getItem(key)
    expect(out.Item).toEqual({ pk: { S: '1' } })
    expect(server.requests).toHaveLength(3)
    expect(events.map((e) => [e.attempt, e.statusCode, e.willRetry, e.error?.code])).toEqual([
      [1, 400, true, 'ProvisionedThroughputExceededException'],
      [2, 400, true, 'ThrottlingException'],
      [3, 200, false, undefined],
    ])
    // Each attempt is signed afresh (same body, its own signature and date).
    expect(new Set(server.requests.map((r) => r.body)).size).toBe(1)
    expect(server.requests.every((r) => String(r.headers.authorization).startsWith('AWS4-HMAC-SHA256'))).toBe(
      true,
    )
  })

  it('gives up after maxRetries with the last typed error', async () => {
    server.fallback = dynamoError('ProvisionedThroughputExceededException', 'still too fast')
    const error = await client({ maxRetries: 2 })
      .getItem(key)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ProvisionedThroughputExceededError)
    expect((error as ProvisionedThroughputExceededError).retryable).toBe(true)
    expect((error as ProvisionedThroughputExceededError).requestId).toMatch(/^req-/)
    expect(server.requests).toHaveLength(3)
  })

  it('does not retry non-retryable errors', async () => {
    server.fallback = dynamoError('ValidationException', 'bad')
    await expect(client({ maxRetries: 5 }).getItem(key)).rejects.toMatchObject({
      code: 'ValidationException',
    })
    expect(server.requests).toHaveLength(1)
  })

  it('retries 5xx answers without a JSON body', async () => {
    server.enqueue({ status: 500, body: 'oops' }, { status: 503, body: '' }, { body: {} })
    await expect(client({ maxRetries: 2 }).getItem(key)).resolves.toEqual({})
    expect(server.requests).toHaveLength(3)
  })

  it('maps an exhausted 500 to InternalServerError', async () => {
    server.fallback = {
      status: 500,
      body: { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: 'x' },
    }
    await expect(client({ maxRetries: 1 }).getItem(key)).rejects.toBeInstanceOf(InternalServerError)
  })

  it('treats a dropped connection as a retryable NetworkError', async () => {
    server.enqueue({ destroy: true }, { body: { Item: {} } })
    await expect(client({ maxRetries: 1 }).getItem(key)).resolves.toEqual({ Item: {} })
    server.fallback = { destroy: true }
    const error = await client({ maxRetries: 1 })
      .getItem(key)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).operation).toBe('GetItem')
  })

  it('times out a slow response with TimeoutError(phase request)', async () => {
    server.fallback = { delayMs: 400, body: {} }
    const started = Date.now()
    const error = await client({ maxRetries: 0, http: { requestTimeoutMs: 100 } })
      .getItem(key)
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).phase).toBe('request')
    expect(Date.now() - started).toBeLessThan(380)
  })

  it('classifies undici connect timeouts as TimeoutError(phase connect)', async () => {
    const { errors } = await import('undici')
    const error = classifyTransportError(
      new errors.ConnectTimeoutError(),
      { ...DEFAULT_HTTP_OPTIONS, connectTimeoutMs: 150 },
      undefined,
    )
    expect(error).toBeInstanceOf(TimeoutError)
    expect((error as TimeoutError).phase).toBe('connect')
    expect((error as TimeoutError).timeoutMs).toBe(150)
    expect(error.retryable).toBe(true)
  })

  it('classifies undici header/body timeouts (used for timeouts of 5 s and more) as TimeoutError(phase request)', async () => {
    const { errors } = await import('undici')
    for (const raw of [new errors.HeadersTimeoutError(), new errors.BodyTimeoutError()]) {
      const error = classifyTransportError(raw, DEFAULT_HTTP_OPTIONS, undefined)
      expect(error).toBeInstanceOf(TimeoutError)
      expect((error as TimeoutError).phase).toBe('request')
    }
  })

  it('explains a non-DynamoDB answer (HTML 404 from a proxy)', async () => {
    server.fallback = { status: 404, body: '<html>not found</html>' }
    const error = await client({ maxRetries: 0 })
      .getItem(key)
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ statusCode: 404, retryable: false })
    expect((error as TimeoutError).hint).toMatch(/really DynamoDB/)
  })

  it('an AbortSignal cancels the call', async () => {
    server.fallback = { delayMs: 300, body: {} }
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 30)
    await expect(client({ maxRetries: 3 }).getItem(key, { signal: controller.signal })).rejects.toMatchObject(
      { code: 'AbortError' },
    )
  })

  it('reports a refused connection as NetworkError', async () => {
    const c = new DynamoClient({
      endpoint: 'http://127.0.0.1:1',
      region: 'us-east-1',
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      maxRetries: 0,
    })
    clients.push(c)
    const error = await c.getItem(key).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(NetworkError)
    expect((error as NetworkError).message).toMatch(/ECONNREFUSED/)
  })

  it('adaptive mode retries throttling and turns on client-side rate limiting', async () => {
    server.enqueue(dynamoError('ThrottlingException', 'slow'), { body: {} })
    await expect(client({ retryMode: 'adaptive', maxRetries: 2 }).getItem(key)).resolves.toEqual({})
    expect(server.requests).toHaveLength(2)
  })

  it('gives TransactWriteItems a ClientRequestToken that stays the same across retries', async () => {
    server.enqueue({ status: 500, body: {} }, { body: {} })
    const input = {
      TransactItems: [
        {
          ConditionCheck: {
            TableName: 't',
            Key: { pk: { S: '1' } },
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ],
    }
    await client({ maxRetries: 1 }).transactWriteItems(input)
    const tokens = server.requests.map((r) => r.json.ClientRequestToken)
    expect(tokens[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(tokens[1]).toBe(tokens[0])
    expect(input).not.toHaveProperty('ClientRequestToken')
  })

  it('sends the JSON protocol headers and one body per request', async () => {
    server.enqueue({ body: {} })
    await client().putItem({ TableName: 't', Item: { pk: { S: 'x' } } })
    const [request] = server.requests
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('/')
    expect(request?.headers['x-amz-target']).toBe('DynamoDB_20120810.PutItem')
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.0')
    expect(request?.json).toEqual({ TableName: 't', Item: { pk: { S: 'x' } } })
  })

  it('throttling errors are ThrottlingError instances with hints', async () => {
    server.fallback = dynamoError('ThrottlingException', 'rate')
    const error = await client({ maxRetries: 0 })
      .query({ TableName: 't' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ThrottlingError)
    expect((error as ThrottlingError).hint).toMatch(/adaptive/)
  })
})
