import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { crc32 } from 'node:zlib'
import { addUnprocessed, withholdHalf } from './partial-batch'
import { type FaultKind, type FaultRates, FaultSchedule } from './schedule'

export interface FaultProxyOptions {
  /** DynamoDB Local's endpoint, e.g. http://127.0.0.1:8000. */
  target: string
  seed: number
  rates: FaultRates
  /** How long `delayPastTimeout` holds an applied answer; set it above the client's request timeout. */
  delayMs?: number
}

export interface FaultProxy {
  readonly endpoint: string
  /** Faults injected so far, by `operation:kind`. */
  readonly injected: Map<string, number>
  /** Requests seen, by operation. */
  readonly requests: Map<string, number>
  /** Client connections: accepted in total, open now, most open at once. */
  readonly connections: { total: number; open: number; maxOpen: number }
  /** Replaces the schedule (e.g. faults off while the test reads back). */
  setRates(rates: FaultRates, seed?: number): void
  close(): Promise<void>
}

const THROTTLES = new Set<FaultKind>([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
])

/**
 * An HTTP proxy on 127.0.0.1 (random port) in front of DynamoDB Local that injects faults on a seeded
 * schedule: 5xx, each throttling code, connections dropped before or after the request was applied,
 * answers held past the client's timeout, bodies damaged in transit (their x-amz-crc32 kept), and
 * partial batch answers (half of a batch withheld and returned as Unprocessed).
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
  let schedule = new FaultSchedule(options.seed, options.rates)
  const injected = new Map<string, number>()
  const requests = new Map<string, number>()
  const agent = new Agent({ keepAlive: true, maxSockets: 128 })
  const target = new URL(options.target)
  const sockets = new Set<Socket>()
  const connections = { total: 0, open: 0, maxOpen: 0 }
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

  const forward = (req: IncomingMessage, body: Buffer) =>
    new Promise<{ status: number; headers: Record<string, string>; body: Buffer }>((resolve, reject) => {
      const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) }
      const outgoing = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers, agent },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const flat: Record<string, string> = {}
            for (const [name, value] of Object.entries(res.headers))
              if (typeof value === 'string') flat[name] = value
            resolve({ status: res.statusCode ?? 502, headers: flat, body: Buffer.concat(chunks) })
          })
          res.on('error', reject)
        },
      )
      outgoing.on('error', reject)
      outgoing.end(body)
    })

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer) => {
    const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? 'unknown'
    bump(requests, operation)
    const fault = schedule.next(operation)
    if (fault) bump(injected, `${operation}:${fault}`)
    if (fault === 'http500') return reply(res, 500, errorBody('InternalServerError', 'injected 500'))
    if (fault && THROTTLES.has(fault)) return reply(res, 400, errorBody(fault, 'injected throttle'))
    if (fault === 'dropBeforeApply') return req.socket.destroy()
    let withheld: Record<string, unknown> | undefined
    let sent = body
    if (fault === 'partialBatch') {
      const split = withholdHalf(operation, JSON.parse(body.toString('utf8')) as Record<string, unknown>)
      if (split) {
        withheld = split.withheld
        sent = Buffer.from(JSON.stringify(split.forward))
      }
    }
    const answer = await forward(req, sent)
    if (fault === 'dropAfterApply') return req.socket.destroy()
    if (fault === 'delayPastTimeout')
      await new Promise((resolve) => setTimeout(resolve, options.delayMs ?? 1_500))
    if (withheld && answer.status === 200) {
      const merged = addUnprocessed(operation, JSON.parse(answer.body.toString('utf8')), withheld)
      const text = Buffer.from(JSON.stringify(merged))
      return reply(res, 200, text, { ...answer.headers, 'x-amz-crc32': String(crc32(text)) })
    }
    if (fault === 'corruptBody' && answer.body.length > 0) {
      const damaged = Buffer.from(answer.body)
      const at = Math.floor(schedule.random() * damaged.length)
      damaged[at] = (damaged[at] ?? 0) ^ 0x20
      // The checksum of the original body: the client must notice the damage.
      return reply(res, answer.status, damaged, {
        ...answer.headers,
        'x-amz-crc32': String(crc32(answer.body)),
      })
    }
    return reply(res, answer.status, answer.body, answer.headers)
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks)).catch(() => req.socket.destroy())
    })
  })
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    connections.total += 1
    connections.open += 1
    connections.maxOpen = Math.max(connections.maxOpen, connections.open)
    socket.on('close', () => {
      sockets.delete(socket)
      connections.open -= 1
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    endpoint: `http://127.0.0.1:${port}`,
    injected,
    requests,
    connections,
    setRates(rates, seed = options.seed) {
      schedule = new FaultSchedule(seed, rates)
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        agent.destroy()
        server.close(() => resolve())
      }),
  }
}

function errorBody(type: string, message: string): Buffer {
  return Buffer.from(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${type}`, message }))
}

function reply(
  res: ServerResponse,
  status: number,
  body: Buffer,
  headers: Record<string, string> = {},
): void {
  if (res.destroyed) return
  const {
    'content-length': _length,
    'transfer-encoding': _encoding,
    connection: _connection,
    ...rest
  } = headers
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    ...rest,
    'content-length': String(body.length),
  })
  res.end(body)
}
