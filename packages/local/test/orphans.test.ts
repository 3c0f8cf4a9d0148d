import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const fixture = fileURLToPath(new URL('./fixtures/start-and-wait.ts', import.meta.url))

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (check()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return check()
}

describe('no orphan java process', { timeout: 120_000 }, () => {
  // SIGKILL runs no handler in the parent: only the watchdog, seeing its stdin pipe close, can stop java.
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGKILL'] as const) {
    it(`kills DynamoDB Local when the parent gets ${signal}`, async () => {
      const parent = spawn(process.execPath, ['--import', 'tsx', fixture], {
        stdio: ['ignore', 'pipe', 'inherit'],
      })
      const javaPid = await new Promise<number>((resolve, reject) => {
        let out = ''
        parent.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString()
          const match = /READY (\d+)/.exec(out)
          if (match) resolve(Number(match[1]))
        })
        parent.once('exit', (code) => reject(new Error(`fixture exited early with ${code}`)))
      })
      expect(alive(javaPid)).toBe(true)
      parent.kill(signal)
      expect(await waitFor(() => !alive(javaPid), signal === 'SIGKILL' ? 5_000 : 30_000)).toBe(true)
    })
  }
})
