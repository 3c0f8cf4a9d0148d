import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Reply, ReplyBody, RequestBody } from './protocol'

const entry = fileURLToPath(new URL('./contestant-worker.ts', import.meta.url))
/** Time a contestant gets to close its client and exit before it is killed. */
const CLOSE_GRACE_MS = 5000

export interface ContestantProcess {
  /**
   * Sends one request and resolves to its reply of the expected type. Rejects with the reason when the
   * contestant answers `failed`, and when the process dies or is gone, so a crash never hangs the run.
   */
  exchange<T extends ReplyBody['type']>(
    body: RequestBody,
    expected: T,
  ): Promise<Extract<ReplyBody, { type: T }>>
  /** Asks the contestant to close and exit, kills it if it does not in time; never throws. */
  stop(): Promise<void>
}

interface Pending {
  expected: ReplyBody['type']
  resolve(reply: ReplyBody): void
  reject(error: Error): void
}

/**
 * Forks a contestant process. `fork` passes this process's execArgv on, so the child gets tsx's loader
 * (it could not load its .ts entry otherwise) and --expose-gc (the child reports whether gc() exists).
 */
export function forkContestant(name: string): ContestantProcess {
  const child = fork(entry, [name], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const pending = new Map<number, Pending>()
  let nextId = 1
  let gone: Error | undefined
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    // A process that never started never emits 'exit'.
    child.once('error', () => child.pid === undefined && resolve())
  })
  const fail = (error: Error) => {
    gone ??= error
    for (const request of pending.values()) request.reject(gone)
    pending.clear()
  }
  const running = () => child.pid !== undefined && child.exitCode === null && child.signalCode === null

  child.on('exit', (code, signal) =>
    fail(new Error(`${name}'s process exited (${signal ? `signal ${signal}` : `code ${code}`})`)),
  )
  child.on('error', (error) => fail(new Error(`${name}'s process: ${error.message}`)))
  child.on('message', (message: unknown) => {
    const reply = message as Reply
    const request = pending.get(reply.id)
    if (!request) return
    pending.delete(reply.id)
    if (reply.type === request.expected) request.resolve(reply)
    else if (reply.type === 'failed') request.reject(new Error(reply.reason))
    else request.reject(new Error(`${name} answered ${reply.type}, expected ${request.expected}`))
  })

  return {
    exchange<T extends ReplyBody['type']>(body: RequestBody, expected: T) {
      return new Promise<Extract<ReplyBody, { type: T }>>((resolve, reject) => {
        if (gone) return reject(gone)
        const id = nextId++
        pending.set(id, {
          expected,
          resolve: (reply) => resolve(reply as Extract<ReplyBody, { type: T }>),
          reject,
        })
        child.send({ ...body, id }, (error) => {
          if (!error || !pending.delete(id)) return
          reject(new Error(`${name}'s process: ${error.message}`))
        })
      })
    },
    async stop() {
      if (!running()) return
      // Without its channel the process cannot be asked to close: no point waiting for it.
      if (child.connected) {
        child.send({ type: 'close', id: nextId++ }, () => {})
        let timer: NodeJS.Timeout | undefined
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, CLOSE_GRACE_MS)
        })
        await Promise.race([exited, grace])
        clearTimeout(timer)
      }
      if (running()) {
        child.kill('SIGKILL')
        await exited
      }
    },
  }
}
