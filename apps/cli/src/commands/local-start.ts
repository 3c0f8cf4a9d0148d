import { spawn } from 'node:child_process'
import { mkdirSync, openSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { DynamoDBLocalInstance } from '@dbtooling/local'
import { CliError, usageError } from '../support/cli-error'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import { isAlive, readDaemonRecord, stateDir, writeDaemonRecord } from '../support/project-state'
import { waitFor } from '../support/wait-for'

export interface StartFlags {
  port?: string
  dbPath?: string
  inMemory?: boolean
  delayTransientStatuses?: boolean
  detach?: boolean
  daemonChild?: boolean
  /** Daemon child only: the parent resolved `local.sharedDb: false`. */
  sharedDb?: boolean
}

export function parsePort(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined
  const port = Number(raw)
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw usageError(`--port must be a whole number from 1 to 65535, got "${raw}".`, 'e.g. --port 8000')
  }
  return port
}

export interface LocalSettings {
  readonly port: number | undefined
  readonly dbPath: string | null
  readonly sharedDb: boolean
  readonly delayTransientStatuses: boolean
}

/**
 * Flags over the config's `local` section (port 8000, in memory, shared db by default). `--detach` without a
 * data folder keeps data in memory like the foreground; `local.inMemory: false` keeps it in `local.dbPath`, or
 * in `.dbtooling/data` for a detached one.
 */
export async function localSettings(flags: StartFlags, global: GlobalFlags): Promise<LocalSettings> {
  if (flags.inMemory && flags.dbPath)
    throw usageError('--in-memory and --db-path exclude each other', 'pick one')
  const cwd = resolve(global.cwd ?? process.cwd())
  const { loadProject } = await import('../support/project')
  const { local } = (await loadProject(global)).config
  if (!['localhost', '127.0.0.1'].includes(local.host)) {
    throw usageError(
      `local.host is "${local.host}", but the DynamoDB Local that dbtooling starts listens on 127.0.0.1 only`,
      "use local.host: 'localhost', or run your own DynamoDB Local and point endpoint at it",
    )
  }
  const persistent =
    flags.dbPath ??
    (flags.inMemory || local.inMemory
      ? null
      : (local.dbPath ?? (flags.detach ? join(stateDir(cwd), 'data') : cwd)))
  return {
    port: parsePort(flags.port) ?? local.port,
    dbPath: persistent === null ? null : resolve(cwd, persistent),
    sharedDb: local.sharedDb,
    delayTransientStatuses: flags.delayTransientStatuses === true || local.delayTransientStatuses,
  }
}

export async function startLocal(settings: LocalSettings, logFile?: string): Promise<DynamoDBLocalInstance> {
  const { startDynamoDBLocal } = await import('@dbtooling/local')
  return startDynamoDBLocal({
    ...(settings.port === undefined ? {} : { port: settings.port }),
    ...(settings.dbPath ? { dbPath: settings.dbPath } : { inMemory: true }),
    ...(logFile ? { logFile } : {}),
    sharedDb: settings.sharedDb,
    delayTransientStatuses: settings.delayTransientStatuses,
  })
}

/** `start`: in the foreground until Ctrl-C, or `--detach`ed as a daemon the other commands find. */
export async function runStart(flags: StartFlags, global: GlobalFlags, out: Output): Promise<void> {
  const cwd = resolve(global.cwd ?? process.cwd())
  if (flags.daemonChild) return runDaemonChild(flags, cwd)
  const settings = await localSettings(flags, global)
  if (flags.detach) return startDetached(settings, cwd, out)
  const local = await startLocal(settings)
  out.data({ endpoint: local.endpoint, pid: local.pid, logFile: local.logFile ?? null }, () =>
    [
      `DynamoDB Local is running at ${local.endpoint} (pid ${local.pid}, log ${local.logFile ?? 'n/a'})`,
      `Use it with: DBTOOLING_ENDPOINT=${local.endpoint}`,
      'Press Ctrl-C to stop.',
    ].join('\n'),
  )
  await new Promise<void>((done) => {
    const stop = () => void local.stop().then(done)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  out.line('DynamoDB Local stopped.')
}

async function startDetached(settings: LocalSettings, cwd: string, out: Output): Promise<void> {
  const existing = readDaemonRecord(cwd)
  if (existing && isAlive(existing.pid)) {
    throw new CliError(
      'LOCAL_ALREADY_RUNNING',
      `DynamoDB Local is already running for this project at ${existing.endpoint} (pid ${existing.pid})`,
      'use it as it is, or run `dbtooling stop` (or `dbtooling reset`) first',
    )
  }
  const dir = stateDir(cwd)
  mkdirSync(dir, { recursive: true })
  const logFile = join(dir, 'local.log')
  const args = [process.argv[1] ?? '', 'start', '--daemon-child', '--cwd', cwd]
  if (settings.port !== undefined) args.push('--port', String(settings.port))
  if (settings.dbPath) args.push('--db-path', settings.dbPath)
  else args.push('--in-memory')
  if (!settings.sharedDb) args.push('--no-shared-db')
  if (settings.delayTransientStatuses) args.push('--delay-transient-statuses')
  const logFd = openSync(logFile, 'a')
  const child = spawn(process.execPath, [...process.execArgv, ...args], {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    cwd,
  })
  child.unref()
  const started = Date.now()
  const record = await waitFor(() => {
    const found = readDaemonRecord(cwd)
    return found && found.pid === child.pid && Date.parse(found.startedAt) >= started - 1000 ? found : null
  }, 90_000).catch(() => null)
  if (!record) {
    throw new CliError('LOCAL_NOT_RUNNING', 'DynamoDB Local did not start in 90 s', `read ${logFile}`)
  }
  out.data(record, () =>
    [
      `DynamoDB Local is running in the background at ${record.endpoint} (pid ${record.pid})`,
      `data: ${record.dataDir ?? 'in memory'}; log: ${record.logFile}`,
      'Other dbtooling commands in this folder use it; stop it with `dbtooling stop`.',
    ].join('\n'),
  )
}

/** The background process behind `--detach`: runs DynamoDB Local and records itself for the others. */
async function runDaemonChild(flags: StartFlags, cwd: string): Promise<void> {
  const logFile = join(stateDir(cwd), 'local.log')
  const local = await startLocal(
    {
      port: parsePort(flags.port),
      dbPath: flags.dbPath ?? null,
      sharedDb: flags.sharedDb !== false,
      delayTransientStatuses: flags.delayTransientStatuses === true,
    },
    join(stateDir(cwd), 'dynamodb-local.log'),
  )
  writeDaemonRecord(cwd, {
    pid: process.pid,
    javaPid: local.pid,
    port: local.port,
    endpoint: local.endpoint,
    dataDir: flags.dbPath ?? null,
    logFile,
    startedAt: new Date().toISOString(),
  })
  console.log(
    `${new Date().toISOString()} DynamoDB Local running at ${local.endpoint} (java pid ${local.pid})`,
  )
  await new Promise<void>((done) => {
    const stop = () => void local.stop().then(done)
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  console.log(`${new Date().toISOString()} DynamoDB Local stopped`)
}
