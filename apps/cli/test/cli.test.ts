import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createProgram } from '../src/index'

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url))

describe('dbtooling CLI', { timeout: 120_000 }, () => {
  it('lists its commands in --help', () => {
    const help = createProgram().helpInformation()
    expect(help).toContain('start')
    expect(help).toContain('dbtooling')
  })

  it('`start` runs DynamoDB Local until SIGINT and then stops it', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'start'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    const endpoint = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /running at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)
        if (match?.[1]) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`cli exited early (${code}): ${out}`)))
    })
    const listed = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': 'DynamoDB_20120810.ListTables',
        authorization:
          'AWS4-HMAC-SHA256 Credential=local/20200101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
      },
      body: '{}',
    })
    expect(listed.status).toBe(200)
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    expect(await exited).toBe(0)
    expect(out).toContain('DynamoDB Local stopped.')
  })

  it('rejects a bad --port with a message that says what is allowed', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, 'start', '--port', 'abc'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(1)
    expect(err).toContain('--port must be a whole number from 1 to 65535')
  })
})
