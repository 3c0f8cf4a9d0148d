import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach } from 'vitest'

export interface CannedResponse {
  status?: number
  body?: unknown
  headers?: Record<string, string>
  /** Wait this long before answering (to trigger request timeouts). */
  delayMs?: number
  /** Drop the connection without answering. */
  destroy?: boolean
}

export interface RecordedRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
  json: Record<string, unknown>
}

/** A local HTTP server on 127.0.0.1 answering from a script, recording what it received. */
export interface CannedServer {
  readonly endpoint: string
  readonly requests: RecordedRequest[]
  /** Queue responses; when the queue is empty, `fallback` answers. */
  enqueue(...responses: CannedResponse[]): void
  fallback: CannedResponse | ((request: RecordedRequest) => CannedResponse)
  close(): Promise<void>
}

export function dynamoError(type: string, message: string, status = 400, extra: object = {}): CannedResponse {
  return { status, body: { __type: `com.amazonaws.dynamodb.v20120810#${type}`, message, ...extra } }
}

export async function startCannedServer(): Promise<CannedServer> {
  const queue: CannedResponse[] = []
  const requests: RecordedRequest[] = []
  let counter = 0
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      let json: Record<string, unknown> = {}
      try {
        json = body ? (JSON.parse(body) as Record<string, unknown>) : {}
      } catch {}
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body, json }
      requests.push(recorded)
      const next =
        queue.shift() ?? (typeof canned.fallback === 'function' ? canned.fallback(recorded) : canned.fallback)
      const answer = () => {
        if (next.destroy) {
          req.socket.destroy()
          return
        }
        const payload = typeof next.body === 'string' ? next.body : JSON.stringify(next.body ?? {})
        res.writeHead(next.status ?? 200, {
          'content-type': 'application/x-amz-json-1.0',
          'x-amzn-requestid': `req-${++counter}`,
          ...next.headers,
        })
        res.end(payload)
      }
      if (next.delayMs) setTimeout(answer, next.delayMs)
      else answer()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const canned: CannedServer = {
    endpoint: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...responses) => queue.push(...responses),
    fallback: { status: 200, body: {} },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
  return canned
}

/**
 * Hooks for a canned server shared by one test file: started before its tests (handed to `use`), reset
 * before each (no recorded requests, the fallback answers 200 `{}`), closed after them together with
 * whatever `closeables` then holds (clients, transports).
 */
export function useCannedServer(
  use: (server: CannedServer) => void,
  closeables: readonly { close(): Promise<void> }[],
): void {
  let server: CannedServer
  beforeAll(async () => {
    server = await startCannedServer()
    use(server)
  })
  beforeEach(() => {
    server.requests.length = 0
    server.fallback = { status: 200, body: {} }
  })
  afterAll(async () => {
    await Promise.all(closeables.map((c) => c.close()))
    await server.close()
  })
}
