import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { serializeInput } from '../../src/client/serialize'
import { BINARY_FREE, type BinaryFreeMark } from '../../src/document/binary-free'
import {
  Aws4fetchSigner,
  CredentialsError,
  DEFAULT_HTTP_OPTIONS,
  DocumentClient,
  DynamoClient,
  FetchTransport,
  ResourceNotFoundError,
  TimeoutError,
  WaiterTimeoutError,
} from '../../src/index'
import { type CannedServer, dynamoError, startCannedServer } from '../support/canned-server'

let server: CannedServer
const clients: DynamoClient[] = []
const nowhere = {
  AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/c',
  AWS_CONFIG_FILE: '/nonexistent/x',
  AWS_EC2_METADATA_DISABLED: 'true',
}

function client(config: ConstructorParameters<typeof DynamoClient>[0] = {}): DynamoClient {
  const created = new DynamoClient({
    endpoint: server.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxRetries: 0,
    ...config,
  })
  clients.push(created)
  return created
}

beforeAll(async () => {
  server = await startCannedServer()
})
beforeEach(() => {
  server.requests.length = 0
  server.fallback = { body: {} }
})
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()))
  await server.close()
})

describe('request body', () => {
  it('plain requests serialise in one pass, binaries become base64 wherever they sit', () => {
    const plain = { TableName: 't', Item: { B: { S: 'an attribute named B' } } }
    expect(serializeInput(plain)).toBe(JSON.stringify(plain))
    const body = serializeInput({
      Item: {
        a: { B: new Uint8Array([1, 2, 3]) },
        b: { B: Buffer.from('hi') },
        c: { BS: [new Uint8Array([255]), Buffer.from([0])] },
        d: { M: { e: { B: new Uint8Array(new ArrayBuffer(8), 2, 2) } } },
      },
    })
    expect(JSON.parse(body)).toEqual({
      Item: {
        a: { B: 'AQID' },
        b: { B: 'aGk=' },
        c: { BS: ['/w==', 'AA=='] },
        d: { M: { e: { B: 'AAA=' } } },
      },
    })
  })

  it('document-layer requests (binaries already base64) skip the binary scan; their binaries still arrive', async () => {
    const marked = { Item: { a: { B: { not: 'bytes' } } }, [BINARY_FREE]: true }
    // The mark is trusted: an object under B stays as it is (the document layer never builds one).
    expect(serializeInput(marked)).toBe('{"Item":{"a":{"B":{"not":"bytes"}}}}')
    const seen: object[] = []
    const doc = new DocumentClient({
      send: async (_operation: string, input: object) => {
        seen.push(input)
        return {}
      },
    })
    await doc.put({ TableName: 't', Item: { pk: 'a', data: new Uint8Array([1, 2, 3]) } })
    expect((seen[0] as BinaryFreeMark)[BINARY_FREE]).toBe(true)
    expect(JSON.parse(serializeInput(seen[0]!))).toEqual({
      TableName: 't',
      Item: { pk: { S: 'a' }, data: { B: 'AQID' } },
    })
  })
})

describe('configuration', () => {
  it('AWS_ENDPOINT_URL_DYNAMODB points the client at another endpoint; local fallbacks apply', async () => {
    const c = new DynamoClient({ env: { ...nowhere, AWS_ENDPOINT_URL_DYNAMODB: server.endpoint } })
    clients.push(c)
    await c.listTables()
    expect(server.requests).toHaveLength(1)
    expect(String(server.requests[0]?.headers.authorization)).toMatch(
      /Credential=local\/\d{8}\/us-east-1\/dynamodb\//,
    )
  })

  it('missing credentials against AWS: CredentialsError naming the places searched, nothing sent', async () => {
    const c = new DynamoClient({ region: 'eu-west-1', env: nowhere, maxRetries: 3 })
    clients.push(c)
    const error = await c.getItem({ TableName: 't', Key: {} }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect((error as CredentialsError).searched.length).toBeGreaterThanOrEqual(3)
    expect((error as CredentialsError).operation).toBe('GetItem')
  })

  it('a credentials provider function is called once and shared', async () => {
    let calls = 0
    const c = client({
      credentials: async () => {
        calls += 1
        return { accessKeyId: 'AKIAPROVIDED', secretAccessKey: 's', sessionToken: 'tok' }
      },
    })
    await Promise.all([c.listTables(), c.listTables(), c.listTables()])
    expect(calls).toBe(1)
    expect(server.requests.every((r) => r.headers['x-amz-security-token'] === 'tok')).toBe(true)
  })

  it('send() rejects unknown operation names with a typed error', async () => {
    await expect(client().send('Nope' as 'GetItem', { TableName: 't', Key: {} })).rejects.toMatchObject({
      code: 'ConfigurationError',
    })
  })
})

describe('waiters', () => {
  it('gives up with WaiterTimeoutError carrying the last state', async () => {
    server.fallback = { body: { Table: { TableName: 't', TableStatus: 'CREATING' } } }
    const error = await client()
      .waitForTableActive('t', { timeoutMs: 1_000, intervalMs: 10 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WaiterTimeoutError)
    expect((error as WaiterTimeoutError).lastState).toBe('CREATING')
    // It polled again after the first answer (a loaded machine may fit only a few polls in the second).
    expect(server.requests.length).toBeGreaterThan(1)
  })

  it('waitForTableActive waits for indexes too', async () => {
    server.enqueue(
      dynamoError('ResourceNotFoundException', 'not yet'),
      {
        body: {
          Table: {
            TableStatus: 'ACTIVE',
            GlobalSecondaryIndexes: [{ IndexName: 'g', IndexStatus: 'CREATING' }],
          },
        },
      },
      {
        body: {
          Table: {
            TableStatus: 'ACTIVE',
            GlobalSecondaryIndexes: [{ IndexName: 'g', IndexStatus: 'ACTIVE' }],
          },
        },
      },
    )
    const table = await client().waitForTableActive('t', { intervalMs: 5 })
    expect(table.GlobalSecondaryIndexes?.[0]?.IndexStatus).toBe('ACTIVE')
    expect(server.requests).toHaveLength(3)
  })
})

describe('parallel scan failures', () => {
  it('a failing segment surfaces its typed error to the consumer', async () => {
    server.fallback = (request) =>
      request.json.Segment === 1
        ? dynamoError('ResourceNotFoundException', 'gone')
        : { body: { Items: [], Count: 0 } }
    const pages: number[] = []
    const run = async () => {
      for await (const page of client().parallelScan({ TableName: 't' }, { segments: 2 }))
        pages.push(page.segment)
    }
    await expect(run()).rejects.toBeInstanceOf(ResourceNotFoundError)
  })
})

describe('runtimes without node:crypto or undici', () => {
  it('fetch transport + aws4fetch signer: same wire request, typed errors, timeouts', async () => {
    const c = client({
      maxRetries: 1,
      signer: new Aws4fetchSigner(),
      transport: new FetchTransport({ ...DEFAULT_HTTP_OPTIONS, requestTimeoutMs: 100 }),
    })
    server.enqueue({ status: 500, body: {} }, { body: { Item: { pk: { S: '1' } } } })
    await expect(c.getItem({ TableName: 't', Key: { pk: { S: '1' } } })).resolves.toEqual({
      Item: { pk: { S: '1' } },
    })
    expect(server.requests).toHaveLength(2)
    expect(server.requests[1]?.headers['x-amz-target']).toBe('DynamoDB_20120810.GetItem')
    expect(String(server.requests[1]?.headers.authorization)).toMatch(
      /^AWS4-HMAC-SHA256 Credential=a\/\d{8}\/us-east-1\/dynamodb\/aws4_request, SignedHeaders=host;x-amz-date;x-amz-target, Signature=[0-9a-f]{64}$/,
    )
    server.fallback = { delayMs: 300, body: {} }
    await expect(c.getItem({ TableName: 't', Key: {} })).rejects.toBeInstanceOf(TimeoutError)
  })
})
