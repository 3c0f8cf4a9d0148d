import { execFile } from 'node:child_process'
import type { Credentials } from '../signing/types'
import { splitCommandLine } from './command-line'
import { CredentialProcessError } from './entry-exports'
import { excerpt } from './redact'
import { DEFAULT_PROCESS_TIMEOUT_MS } from './resolve-context'

const MAX_OUTPUT_BYTES = 1024 * 1024

interface ProcessOutput {
  Version?: unknown
  AccessKeyId?: unknown
  SecretAccessKey?: unknown
  SessionToken?: unknown
  Expiration?: unknown
}

interface RunResult {
  stdout: string
  stderr: string
}

/**
 * Runs a profile's `credential_process` (split into argv like the AWS CLI, executed without a shell)
 * and reads the `Version: 1` JSON it prints. Expiring credentials are refreshed by the caller's
 * memoisation, which runs the process again shortly before `Expiration`.
 */
export async function credentialsFromProcess(
  command: string,
  profile: string,
  timeoutMs = DEFAULT_PROCESS_TIMEOUT_MS,
): Promise<Credentials> {
  const argv = splitCommandLine(command, process.platform === 'win32')
  const [file, ...args] = argv ?? []
  if (file === undefined) {
    throw new CredentialProcessError({
      reason: 'invalid-command',
      profile,
      message: `credential_process of profile "${profile}" is empty or has an unterminated quote`,
      hint: 'Write the command as you would in a shell, e.g. credential_process = /opt/bin/creds --role "dev admin" (no pipes or variables: it is not run by a shell).',
    })
  }
  const { stdout } = await run(file, args, profile, timeoutMs)
  return parseProcessOutput(stdout, profile)
}

/** Grace between SIGTERM and SIGKILL for a process that outlives its timeout. */
const KILL_GRACE_MS = 2000

function run(file: string, args: string[], profile: string, timeoutMs: number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    let timedOut = false
    const options = { maxBuffer: MAX_OUTPUT_BYTES, windowsHide: true, encoding: 'utf8' as const }
    const child = execFile(file, args, options, (error, stdout, stderr) => {
      clearTimeout(timer)
      clearTimeout(killer)
      if (!error) return resolve({ stdout, stderr })
      reject(processFailure(timedOut ? 'timeout' : error, file, stderr, profile, timeoutMs))
    })
    let killer: NodeJS.Timeout | undefined
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGTERM')
      killer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS)
    }, timeoutMs)
  })
}

type ExecFailure = Error & { code?: unknown; signal?: unknown }

function processFailure(
  error: ExecFailure | 'timeout',
  file: string,
  stderr: string,
  profile: string,
  timeoutMs: number,
): CredentialProcessError {
  const shown = excerpt(stderr)
  const tail = shown ? `: ${shown}` : ''
  const base = { profile, stderr: shown }
  if (error === 'timeout') {
    return new CredentialProcessError({
      ...base,
      reason: 'timeout',
      message: `credential_process of profile "${profile}" did not finish within ${timeoutMs} ms${tail}`,
      hint: 'The process was stopped. Raise processTimeoutMs (fromProfile / fromDefaultChain) or make the command non-interactive.',
    })
  }
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
    return invalid(profile, 'invalid-json', `printed more than ${MAX_OUTPUT_BYTES} bytes`)
  }
  if (typeof error.code === 'string') {
    return new CredentialProcessError({
      ...base,
      reason: 'spawn-failed',
      message: `credential_process of profile "${profile}" could not start ${file} (${error.code})`,
      hint: 'Check the path in credential_process (use an absolute path if it is not on PATH) and that it is executable.',
    })
  }
  const exitCode = typeof error.code === 'number' ? error.code : undefined
  return new CredentialProcessError({
    ...base,
    reason: 'exit-code',
    message: `credential_process of profile "${profile}" exited with ${exitCode ?? String(error.signal)}${tail}`,
    hint: 'Run the command by hand to see what it needs (a login, a network, a prompt answered).',
    ...(exitCode === undefined ? {} : { exitCode }),
  })
}

function invalid(
  profile: string,
  reason: 'invalid-json' | 'unsupported-version' | 'missing-keys' | 'expired',
  what: string,
) {
  return new CredentialProcessError({
    reason,
    profile,
    message: `credential_process of profile "${profile}" ${what}`,
    hint: 'The process must print one JSON object: {"Version": 1, "AccessKeyId": ..., "SecretAccessKey": ..., "SessionToken"?: ..., "Expiration"?: ISO-8601}.',
  })
}

/** Parses the process's stdout; the output itself never goes into an error (it holds the secret). */
export function parseProcessOutput(stdout: string, profile: string): Credentials {
  let json: ProcessOutput
  try {
    json = JSON.parse(stdout) as ProcessOutput
  } catch {
    throw invalid(profile, 'invalid-json', 'did not print valid JSON')
  }
  if (json === null || typeof json !== 'object')
    throw invalid(profile, 'invalid-json', 'did not print a JSON object')
  if (json.Version !== 1) {
    throw invalid(
      profile,
      'unsupported-version',
      `printed Version ${JSON.stringify(json.Version ?? null)}; only Version 1 is defined`,
    )
  }
  const { AccessKeyId, SecretAccessKey, SessionToken, Expiration } = json
  if (
    typeof AccessKeyId !== 'string' ||
    !AccessKeyId ||
    typeof SecretAccessKey !== 'string' ||
    !SecretAccessKey
  ) {
    throw invalid(profile, 'missing-keys', 'printed no AccessKeyId/SecretAccessKey strings')
  }
  const expiration =
    Expiration === undefined || Expiration === null ? undefined : new Date(String(Expiration))
  if (expiration && Number.isNaN(expiration.getTime())) {
    throw invalid(profile, 'invalid-json', 'printed an Expiration that is not an ISO-8601 date')
  }
  if (expiration && expiration.getTime() <= Date.now()) {
    throw invalid(profile, 'expired', `printed credentials that expired at ${expiration.toISOString()}`)
  }
  return {
    accessKeyId: AccessKeyId,
    secretAccessKey: SecretAccessKey,
    sessionToken: typeof SessionToken === 'string' && SessionToken ? SessionToken : undefined,
    expiration,
  }
}
