import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inspect } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { splitCommandLine } from '../../src/credentials/command-line'
import { resolveDefaultCredentials } from '../../src/credentials/default-chain'
import { redactSecrets } from '../../src/credentials/redact'
import { CredentialProcessError, CredentialsError, fromProfile } from '../../src/index'

// A real credential helper: behaviour chosen by its first argument; every run appends to a counter file.
const HELPER = `
import { appendFileSync } from 'node:fs'
const [mode, counter, ...rest] = process.argv.slice(2)
if (counter) appendFileSync(counter, 'x')
const soon = (ms) => new Date(Date.now() + ms).toISOString()
const out = (value) => process.stdout.write(typeof value === 'string' ? value : JSON.stringify(value))
const ok = (ms, extra = {}) => out({ Version: 1, AccessKeyId: 'AKIAPROC', SecretAccessKey: 'proc-secret-value', SessionToken: 'proc-token', Expiration: soon(ms), ...extra })
switch (mode) {
  case 'ok': ok(3600_000); break
  case 'short': ok(120_000); break
  case 'static': out({ Version: 1, AccessKeyId: 'AKIASTATIC', SecretAccessKey: 'static-secret' }); break
  case 'args': ok(3600_000, { SessionToken: JSON.stringify(rest) }); break
  case 'fail':
    process.stderr.write('login required: aws_session_token=FQoGZXIvYXdzELEAKED0123456789 please sign in\\n')
    process.exit(3)
  case 'badjson': out('SecretAccessKey: not-json-SECRET-IN-STDOUT'); break
  case 'v2': out({ Version: 2, AccessKeyId: 'A', SecretAccessKey: 'B' }); break
  case 'nokeys': out({ Version: 1, AccessKeyId: 'A' }); break
  case 'expired': ok(-60_000); break
  case 'hang': setTimeout(() => ok(3600_000), 20_000); break
}
`

let dir = ''
let helper = ''
let counter = 0

beforeAll(async () => {
  // A space in the path proves the command is split with quotes honoured.
  dir = await mkdtemp(join(tmpdir(), 'dynamo client process-'))
  helper = join(dir, 'cred helper.mjs')
  await writeFile(helper, HELPER)
})
afterAll(() => rm(dir, { recursive: true, force: true }))

/** A fresh config whose profile `p` runs the helper in `mode`; returns env and the counter file. */
async function profileRunning(mode: string, extraArgs = '') {
  counter += 1
  const home = join(dir, `home-${counter}`)
  await mkdir(join(home, '.aws'), { recursive: true })
  const count = join(home, 'runs')
  const command = `"${process.execPath}" "${helper}" ${mode} "${count}" ${extraArgs}`
  await writeFile(
    join(home, '.aws', 'config'),
    `[profile p]\ncredential_process = ${command}\nregion = eu-west-1\n`,
  )
  const env = { HOME: home, AWS_PROFILE: 'p', AWS_EC2_METADATA_DISABLED: 'true' }
  const runs = async () => (existsSync(count) ? (await readFile(count, 'utf8')).length : 0)
  return { env, runs }
}

async function failure(mode: string, options: { processTimeoutMs?: number } = {}) {
  const { env } = await profileRunning(mode)
  const error = await resolveDefaultCredentials({ env, ...options }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(CredentialProcessError)
  expect(error).toBeInstanceOf(CredentialsError)
  return error as CredentialProcessError
}

describe('credential_process', () => {
  it('runs the command of AWS_PROFILE and reads its Version 1 JSON', async () => {
    const { env, runs } = await profileRunning('ok')
    const credentials = await resolveDefaultCredentials({ env })
    expect(credentials).toMatchObject({
      accessKeyId: 'AKIAPROC',
      secretAccessKey: 'proc-secret-value',
      sessionToken: 'proc-token',
    })
    expect(credentials.expiration).toBeInstanceOf(Date)
    expect(credentials.expiration?.getTime()).toBeGreaterThan(Date.now() + 3500_000)
    expect(await runs()).toBe(1)
  })

  it('accepts output without SessionToken and Expiration (long-term keys)', async () => {
    const { env } = await profileRunning('static')
    await expect(resolveDefaultCredentials({ env })).resolves.toEqual({
      accessKeyId: 'AKIASTATIC',
      secretAccessKey: 'static-secret',
      sessionToken: undefined,
      expiration: undefined,
    })
  })

  it('passes arguments literally, with no shell to interpret ; $( ) or quotes', async () => {
    const marker = join(dir, 'pwned')
    const { env } = await profileRunning(
      'args',
      `'two words' "a \\"quoted\\" arg" ; touch "${marker}" '$(touch ${marker})' && echo`,
    )
    const credentials = await resolveDefaultCredentials({ env })
    expect(JSON.parse(credentials.sessionToken ?? '')).toEqual([
      'two words',
      'a "quoted" arg',
      ';',
      'touch',
      marker,
      `$(touch ${marker})`,
      '&&',
      'echo',
    ])
    expect(existsSync(marker)).toBe(false)
  })

  it('re-runs the process when its credentials near expiry, and not before', async () => {
    const short = await profileRunning('short')
    const provider = fromProfile({ env: short.env })
    await provider()
    await provider()
    // Two minutes left is inside the five-minute refresh margin: every call asks again.
    expect(await short.runs()).toBe(2)
    const long = await profileRunning('ok')
    const cached = fromProfile({ env: long.env })
    const [a, b] = await Promise.all([cached(), cached()])
    await cached()
    expect(a).toBe(b)
    expect(await long.runs()).toBe(1)
  })

  it('a non-zero exit is reason exit-code with the exit code and a masked stderr excerpt', async () => {
    const error = await failure('fail')
    expect(error.reason).toBe('exit-code')
    expect(error.exitCode).toBe(3)
    expect(error.profile).toBe('p')
    expect(error.stderr).toContain('login required')
    expect(error.message).toContain('login required')
    expect(error.message).toContain('exited with 3')
    for (const text of [error.message, error.stderr, JSON.stringify(error), inspect(error)]) {
      expect(text).not.toContain('FQoGZXIvYXdzELEAKED0123456789')
    }
  })

  it('output that is not JSON is reason invalid-json, and the output is never repeated', async () => {
    const error = await failure('badjson')
    expect(error.reason).toBe('invalid-json')
    for (const text of [error.message, error.hint, JSON.stringify(error), inspect(error, { depth: 5 })]) {
      expect(text).not.toContain('SECRET-IN-STDOUT')
    }
    expect(error.cause).toBeUndefined()
  })

  it('rejects other versions, missing keys and already expired credentials by reason', async () => {
    expect((await failure('v2')).reason).toBe('unsupported-version')
    expect((await failure('nokeys')).reason).toBe('missing-keys')
    expect((await failure('expired')).reason).toBe('expired')
  })

  it('stops a process that runs past processTimeoutMs (reason timeout)', async () => {
    const started = Date.now()
    const error = await failure('hang', { processTimeoutMs: 300 })
    expect(error.reason).toBe('timeout')
    expect(error.message).toContain('300 ms')
    expect(Date.now() - started).toBeLessThan(5000)
  })

  it('a command that cannot start is reason spawn-failed; an unterminated quote is invalid-command', async () => {
    const home = join(dir, 'home-spawn')
    await mkdir(join(home, '.aws'), { recursive: true })
    const env = { HOME: home, AWS_PROFILE: 'p' }
    await writeFile(
      join(home, '.aws', 'config'),
      '[profile p]\ncredential_process = /nonexistent/creds --json\n',
    )
    await expect(resolveDefaultCredentials({ env })).rejects.toMatchObject({ reason: 'spawn-failed' })
    await writeFile(join(home, '.aws', 'config'), `[profile p]\ncredential_process = "${helper} ok\n`)
    await expect(resolveDefaultCredentials({ env })).rejects.toMatchObject({ reason: 'invalid-command' })
  })

  it('is also read from the credentials file', async () => {
    const home = join(dir, 'home-credfile')
    await mkdir(join(home, '.aws'), { recursive: true })
    await writeFile(
      join(home, '.aws', 'credentials'),
      `[p]\ncredential_process = "${process.execPath}" "${helper}" ok\n`,
    )
    await expect(resolveDefaultCredentials({ env: { HOME: home, AWS_PROFILE: 'p' } })).resolves.toMatchObject(
      {
        accessKeyId: 'AKIAPROC',
      },
    )
  })
})

describe('splitting credential_process like the AWS CLI (shlex)', () => {
  it('POSIX rules', () => {
    expect(splitCommandLine('/bin/creds --profile dev')).toEqual(['/bin/creds', '--profile', 'dev'])
    expect(splitCommandLine(`  a   'b c'  "d \\"e\\" \\\\ \\$f" g\\ h  `)).toEqual([
      'a',
      'b c',
      'd "e" \\ $f',
      'g h',
    ])
    expect(splitCommandLine(`a'b'"c"d`)).toEqual(['abcd'])
    expect(splitCommandLine(`x '' ""`)).toEqual(['x', '', ''])
    expect(splitCommandLine(`"single ' inside" 'double " inside'`)).toEqual([
      `single ' inside`,
      'double " inside',
    ])
    expect(splitCommandLine('"\\n stays"')).toEqual(['\\n stays'])
    expect(splitCommandLine('a "unterminated')).toBeUndefined()
    expect(splitCommandLine("a 'unterminated")).toBeUndefined()
    expect(splitCommandLine('   ')).toBeUndefined()
  })

  it('Windows rules: only double quotes group, backslashes are path separators', () => {
    expect(splitCommandLine('"C:\\Program Files\\creds.exe" --role dev', true)).toEqual([
      'C:\\Program Files\\creds.exe',
      '--role',
      'dev',
    ])
    expect(splitCommandLine("C:\\tools\\creds.exe 'not grouped'", true)).toEqual([
      'C:\\tools\\creds.exe',
      "'not",
      "grouped'",
    ])
  })
})

describe('stderr masking', () => {
  it('masks labelled secrets and long opaque runs, keeps the rest', () => {
    expect(redactSecrets('error: SecretAccessKey=abc123 for user bob')).toBe(
      'error: SecretAccessKey=**** for user bob',
    )
    expect(redactSecrets('"sessionToken": "tok-value", ok')).toBe('"sessionToken": "****", ok')
    expect(redactSecrets(`key ${'A'.repeat(40)} end`)).toBe('key **** end')
    expect(redactSecrets('plain message, nothing to hide')).toBe('plain message, nothing to hide')
  })
})
