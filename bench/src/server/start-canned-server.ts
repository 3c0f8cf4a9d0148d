import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { pinProcess } from '../pinning'

export interface CannedServer {
  endpoint: string
  pid: number
  stop(): Promise<void>
}

const entry = fileURLToPath(new URL('./canned-server.ts', import.meta.url))

/**
 * Forks the canned DynamoDB server (inheriting tsx's loader) and resolves once it listens; `cpus` pins it
 * (a taskset list) away from the measured processes.
 */
export function startCannedServer(cpus?: string): Promise<CannedServer> {
  const child = fork(entry, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`canned server exited early (code ${code})`)))
    child.once('message', (message: { port: number }) => {
      if (cpus !== undefined && child.pid !== undefined) pinProcess(child.pid, cpus)
      const exited = new Promise<void>((done) => child.once('exit', () => done()))
      resolve({
        endpoint: `http://127.0.0.1:${message.port}`,
        pid: child.pid ?? 0,
        async stop() {
          if (child.exitCode === null) child.kill('SIGTERM')
          await exited
        },
      })
    })
  })
}
