import { createServer, request as httpRequest, type Server } from 'node:http'
import { makeProject, parseJson, runCli } from '../../support/run-cli'

/**
 * Which DynamoDB actions each CLI command needs, observed rather than guessed: the commands run in a
 * fresh project against a recording proxy in front of DynamoDB Local, which notes the `X-Amz-Target` of
 * every request. The deploying guide's least-privilege table is generated from this.
 */
export interface RecordingProxy {
  origin: string
  take(): string[]
  close(): void
}

export function startRecordingProxy(upstream: string): Promise<RecordingProxy> {
  let seen: string[] = []
  const target = new URL(upstream)
  const server: Server = createServer((incoming, outgoing) => {
    const operation = String(incoming.headers['x-amz-target'] ?? '').split('.')[1]
    if (operation) seen.push(operation)
    const forward = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: incoming.url,
        method: incoming.method,
        headers: incoming.headers,
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(outgoing)
      },
    )
    forward.once('error', () => outgoing.destroy())
    incoming.pipe(forward)
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        origin: `http://127.0.0.1:${port}`,
        take: () => {
          const taken = [...new Set(seen)].sort()
          seen = []
          return taken
        },
        close: () => server.close(),
      })
    }),
  )
}

/** The commands of the table, in an order that works on a fresh table; `{id}` is the created user's id. */
export const exercisedCommands: string[][] = [
  ['migrate'],
  ['migrate:status'],
  ['table:describe'],
  [
    'put',
    'User',
    '{"name":"Ada Lovelace","email":"ada@example.com","password":"correct horse battery"}',
    '--json',
  ],
  ['get', 'User', '{id}'],
  ['query', 'User', '--where', 'email=ada@example.com'],
  ['scan', 'User'],
  ['export', 'items.ndjson'],
  ['import', 'items.ndjson'],
  ['seed'],
  ['delete', 'User', '{id}'],
  ['table:delete', '--force'],
]

/** Runs every exercised command through the proxy; returns the DynamoDB actions each one sent. */
export async function observeCommandActions(
  upstream: string,
  tableName: string,
): Promise<Record<string, string[]>> {
  const proxy = await startRecordingProxy(upstream)
  const cwd = makeProject(tableName, proxy.origin)
  const actions: Record<string, string[]> = {}
  let id = ''
  try {
    for (const command of exercisedCommands) {
      const args = command.map((arg) => arg.replace('{id}', id))
      const run = await runCli(args, { cwd })
      if (run.code !== 0) throw new Error(`dbtooling ${args.join(' ')} exited ${run.code}:\n${run.stderr}`)
      if (command[0] === 'put') id = String(parseJson<{ item: { id: string } }>(run).item.id)
      actions[command[0]!] = proxy.take()
    }
  } finally {
    proxy.close()
  }
  return actions
}
