import { createServer } from 'node:net'

/**
 * Asks the OS for a free TCP port on loopback.
 *
 * @example
 * ```ts
 * const port = await freePort()
 * const local = await startDynamoDBLocal({ port })
 * ```
 */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/**
 * True when something already listens on the port (so starting there would clash).
 *
 * @example
 * ```ts
 * if (await isPortTaken(8000)) console.log('something listens on 8000 already')
 * ```
 */
export function isPortTaken(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.unref()
    server.once('error', () => resolve(true))
    server.listen(port, host, () => server.close(() => resolve(false)))
  })
}
