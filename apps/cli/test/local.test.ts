import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '@dbtooling/local'
import { describe, expect, it } from 'vitest'
import { parseJson, runCli } from './support/run-cli'

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

interface Record {
  pid: number
  javaPid: number
  port: number
  endpoint: string
  dataDir: string | null
}

describe('dbtooling start --detach, status, logs, reset, stop', { timeout: 240_000 }, () => {
  it('runs DynamoDB Local in the background for the project, and other commands find it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dbtooling-local-'))
    const cli = (...args: string[]) => runCli(args, { cwd })
    const port = String(await freePort())
    // The config's local section is honoured: its port, and data kept on disk (inMemory: false).
    writeFileSync(
      join(cwd, 'dbtooling.config.ts'),
      `export default { local: { port: ${port}, inMemory: false } }\n`,
    )

    const idle = parseJson(await cli('status', '--json'))
    expect(idle).toEqual({ running: false })

    const started = await cli('start', '--detach', '--json')
    expect(started.code, started.stderr).toBe(0)
    const record = parseJson<Record>(started)
    expect(record.endpoint).toBe(`http://127.0.0.1:${port}`)
    expect(record.dataDir).toBe(join(cwd, '.dbtooling', 'data'))
    expect(alive(record.pid) && alive(record.javaPid)).toBe(true)

    const again = await cli('start', '--detach', '--port', port)
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already running')

    // No endpoint configured anywhere: table:list goes to the detached DynamoDB Local.
    const listed = await cli('table:list', '--json')
    expect(listed.code, listed.stderr).toBe(0)
    expect(parseJson(listed)).toEqual({ tables: [] })

    const status = parseJson<Record & { running: boolean; tables: string[] }>(await cli('status', '--json'))
    expect(status).toMatchObject({ running: true, endpoint: record.endpoint, pid: record.pid })

    const logs = await cli('logs', '-n', '20')
    expect(logs.stdout).toContain(`DynamoDB Local running at ${record.endpoint}`)

    const reset = await cli('reset', '--json')
    expect(reset.code, reset.stderr).toBe(0)
    const restarted = parseJson<Record>({ ...reset, stdout: reset.stdout.slice(reset.stdout.indexOf('{')) })
    expect(restarted.port).toBe(record.port)
    expect(restarted.pid).not.toBe(record.pid)
    expect(alive(record.javaPid)).toBe(false)

    const stopped = parseJson(await cli('stop', '--json'))
    expect(stopped).toMatchObject({ stopped: true, pid: restarted.pid })
    expect(alive(restarted.pid) || alive(restarted.javaPid)).toBe(false)
    expect(existsSync(join(cwd, '.dbtooling', 'local.json'))).toBe(false)
    expect(readFileSync(join(cwd, '.dbtooling', 'local.log'), 'utf8')).toContain('DynamoDB Local stopped')
    expect(parseJson(await cli('stop', '--json'))).toEqual({ stopped: false, running: false })
  })

  it('refuses a local.host it cannot listen on, naming the option', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'dbtooling-local-'))
    writeFileSync(join(cwd, 'dbtooling.config.ts'), "export default { local: { host: '0.0.0.0' } }\n")
    const run = await runCli(['start'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('local.host is "0.0.0.0"')
  })

  it('rejects a bad --port with a message that says what is allowed (exit 2)', async () => {
    const run = await runCli(['start', '--port', 'abc'], { cwd: tmpdir() })
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--port must be a whole number from 1 to 65535')
  })
})
