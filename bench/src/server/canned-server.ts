/**
 * A DynamoDB look-alike that answers every request with a prepared body. It runs in its own process
 * (forked by start-canned-server.ts) so the CPU it spends is never counted against the client being
 * measured. It does not check signatures or store anything: the point is to leave only client work.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { crc32 } from 'node:zlib'
import { answer, TARGET_PREFIX } from './canned-answers'

let requestCount = 0

function respond(req: IncomingMessage, res: ServerResponse, requestBody: string): void {
  const target = String(req.headers['x-amz-target'] ?? '')
  const [status, body] = answer(
    target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : target,
    requestBody,
  )
  requestCount += 1
  const bytes = Buffer.from(body)
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.0',
    'content-length': bytes.length,
    'x-amzn-requestid': `CANNED${String(requestCount).padStart(46, '0')}`,
    'x-amz-crc32': crc32(bytes),
  })
  res.end(bytes)
}

const server = createServer((req, res) => {
  const chunks: Buffer[] = []
  req.on('data', (chunk: Buffer) => chunks.push(chunk))
  req.on('end', () => respond(req, res, Buffer.concat(chunks).toString('utf8')))
})
// Clients keep sockets for a while; a short server timeout would add reconnects to the measurement.
server.keepAliveTimeout = 120_000
server.headersTimeout = 125_000

server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  process.send?.({ port })
})

// Exit with the parent: an orphaned server would hold the port and a core.
process.on('disconnect', () => process.exit(0))
