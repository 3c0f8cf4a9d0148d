import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'

/**
 * Headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`: JSON messages
 * separated by NUL bytes on fds 3 and 4), so no WebSocket client or browser package is needed.
 */
export type CdpEvent = { method: string; params: Record<string, unknown>; sessionId?: string }
type Pending = { resolve: (value: Record<string, unknown>) => void; reject: (error: Error) => void }

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((path) => path && existsSync(path))
  if (!found)
    throw new Error(
      'Chromium not found: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its binary',
    )
  return found
}

export class Chromium {
  readonly #process: ChildProcess
  readonly #profile: string
  readonly #input: Writable
  readonly #pending = new Map<number, Pending>()
  readonly #listeners = new Set<(event: CdpEvent) => void>()
  #nextId = 1
  #buffer = ''

  constructor(binary = findChromium()) {
    this.#profile = mkdtempSync(join(tmpdir(), 'dbtooling-chromium-'))
    const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
    const quiet = ['--no-first-run', '--disable-extensions', '--disable-background-networking']
    this.#process = spawn(
      binary,
      [...flags, ...quiet, '--remote-debugging-pipe', `--user-data-dir=${this.#profile}`, 'about:blank'],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    )
    this.#input = this.#process.stdio[3] as Writable
    const output = this.#process.stdio[4] as Readable
    output.setEncoding('utf8')
    output.on('data', (chunk: string) => this.#receive(chunk))
    this.#process.once('exit', () => {
      for (const pending of this.#pending.values()) pending.reject(new Error('Chromium exited'))
      this.#pending.clear()
    })
  }

  send(method: string, params: object = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.#nextId++
    const message = JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject })
      this.#input.write(`${message}\0`)
    })
  }

  onEvent(listener: (event: CdpEvent) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Resolves with the first event of this method (in this session) that the predicate accepts. */
  waitFor(method: string, sessionId: string, timeoutMs = 15_000): Promise<CdpEvent> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        stop()
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${method}`))
      }, timeoutMs)
      const stop = this.onEvent((event) => {
        if (event.method !== method || event.sessionId !== sessionId) return
        clearTimeout(timer)
        stop()
        resolve(event)
      })
    })
  }

  async close(): Promise<void> {
    const exited = new Promise((resolve) => this.#process.once('exit', resolve))
    await this.send('Browser.close').catch(() => undefined)
    const killer = setTimeout(() => this.#process.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(killer)
    rmSync(this.#profile, { recursive: true, force: true })
  }

  #receive(chunk: string): void {
    this.#buffer += chunk
    let end = this.#buffer.indexOf('\0')
    while (end !== -1) {
      this.#dispatch(JSON.parse(this.#buffer.slice(0, end)) as Record<string, unknown>)
      this.#buffer = this.#buffer.slice(end + 1)
      end = this.#buffer.indexOf('\0')
    }
  }

  #dispatch(message: Record<string, unknown>): void {
    if (typeof message.id === 'number') {
      const pending = this.#pending.get(message.id)
      this.#pending.delete(message.id)
      const error = message.error as { message?: string } | undefined
      if (error) pending?.reject(new Error(`CDP: ${error.message ?? 'error'}`))
      else pending?.resolve((message.result ?? {}) as Record<string, unknown>)
      return
    }
    for (const listener of this.#listeners) listener(message as unknown as CdpEvent)
  }
}
