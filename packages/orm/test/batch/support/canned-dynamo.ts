import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export type CannedHandler = (operation: string, body: Record<string, unknown>) => unknown

export interface CannedDynamo {
  readonly endpoint: string
  /** Operations received, in order (retries included). */
  readonly calls: { operation: string; body: Record<string, unknown> }[]
  close(): Promise<void>
}

/**
 * A tiny HTTP server answering DynamoDB JSON requests from a handler, for behaviour DynamoDB Local never
 * shows (throttling, unprocessed items, conflicts). Thrown `{ __type }` objects become 400 errors.
 */
export async function startCannedDynamo(handler: CannedHandler): Promise<CannedDynamo> {
  const calls: { operation: string; body: Record<string, unknown> }[] = []
  const server: Server = createServer(async (request, response) => {
    const operation = String(request.headers['x-amz-target'] ?? '').split('.')[1] ?? ''
    const body = JSON.parse(await readBody(request)) as Record<string, unknown>
    calls.push({ operation, body })
    let status = 200
    let payload: unknown
    try {
      payload = handler(operation, body)
    } catch (error) {
      status = 400
      payload = error
    }
    response.writeHead(status, {
      'content-type': 'application/x-amz-json-1.0',
      'x-amzn-requestid': `req-${calls.length}`,
    })
    response.end(JSON.stringify(payload ?? {}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      text += chunk
    })
    request.on('end', () => resolve(text))
    request.on('error', reject)
  })
}
