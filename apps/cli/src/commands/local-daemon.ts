import { existsSync, readFileSync, rmSync, statSync, watchFile } from 'node:fs'
import { resolve } from 'node:path'
import type { GlobalFlags } from '../support/global-flags'
import type { Output } from '../support/output'
import {
  clearDaemonRecord,
  isAlive,
  type LocalDaemonRecord,
  readDaemonRecord,
} from '../support/project-state'
import { waitFor } from '../support/wait-for'
import { runStart, type StartFlags } from './local-start'

function cwdOf(global: GlobalFlags): string {
  return resolve(global.cwd ?? process.cwd())
}

function runningRecord(cwd: string): LocalDaemonRecord | null {
  const record = readDaemonRecord(cwd)
  if (record && isAlive(record.pid)) return record
  if (record) clearDaemonRecord(cwd) // a stale record from a crashed daemon
  return null
}

/** Stops the daemon (and its java child) and waits until both are gone. */
async function stopDaemon(record: LocalDaemonRecord, cwd: string): Promise<void> {
  process.kill(record.pid, 'SIGTERM')
  await waitFor(() => (isAlive(record.pid) || isAlive(record.javaPid) ? null : true), 30_000).catch(() => {
    for (const pid of [record.javaPid, record.pid]) if (isAlive(pid)) process.kill(pid, 'SIGKILL')
  })
  clearDaemonRecord(cwd)
}

export async function runStop(global: GlobalFlags, out: Output): Promise<void> {
  const cwd = cwdOf(global)
  const record = runningRecord(cwd)
  if (!record) {
    out.data({ stopped: false, running: false }, () => 'DynamoDB Local is not running for this project.')
    return
  }
  await stopDaemon(record, cwd)
  out.data(
    { stopped: true, pid: record.pid, endpoint: record.endpoint },
    () => `Stopped DynamoDB Local (pid ${record.pid}).`,
  )
}

export async function runStatus(global: GlobalFlags, out: Output): Promise<void> {
  const record = runningRecord(cwdOf(global))
  if (!record) {
    out.data(
      { running: false },
      () => 'DynamoDB Local is not running for this project (start it: dbtooling start --detach).',
    )
    return
  }
  const tables = await listTables(record.endpoint)
  out.data({ running: true, ...record, tables }, () =>
    [
      `DynamoDB Local is running at ${record.endpoint} (pid ${record.pid}, java ${record.javaPid})`,
      `since ${record.startedAt}; data: ${record.dataDir ?? 'in memory'}; log: ${record.logFile}`,
      `tables (${tables.length}): ${tables.join(', ') || '(none)'}`,
    ].join('\n'),
  )
}

async function listTables(endpoint: string): Promise<string[]> {
  const { DynamoClient } = await import('@dbtooling/dynamo-client')
  const client = new DynamoClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })
  return client.listAllTables()
}

export async function runLogs(
  flags: { follow?: boolean; lines?: string },
  global: GlobalFlags,
  out: Output,
): Promise<void> {
  const cwd = cwdOf(global)
  const record = readDaemonRecord(cwd)
  const file = record?.logFile ?? resolve(cwd, '.dbtooling/local.log')
  if (!existsSync(file)) {
    out.line('No DynamoDB Local log for this project yet (start it: dbtooling start --detach).')
    return
  }
  const count = Number(flags.lines ?? 50)
  const text = readFileSync(file, 'utf8')
  process.stdout.write(
    `${text
      .split('\n')
      .slice(-count - 1)
      .join('\n')}`,
  )
  if (!flags.follow) return
  let offset = statSync(file).size
  watchFile(file, { interval: 200 }, (current) => {
    if (current.size < offset) offset = 0
    if (current.size === offset) return
    process.stdout.write(readFileSync(file).subarray(offset, current.size).toString('utf8'))
    offset = current.size
  })
  await new Promise<void>((done) => process.once('SIGINT', () => done()))
}

/** `reset`: stop, clear the data folder, start again detached on the same port. */
export async function runReset(global: GlobalFlags, out: Output): Promise<void> {
  const cwd = cwdOf(global)
  const record = runningRecord(cwd)
  const port = record ? String(record.port) : undefined
  const inMemory = record !== null && record.dataDir === null
  const dataDir = record?.dataDir ?? resolve(cwd, '.dbtooling/data')
  if (record) await stopDaemon(record, cwd)
  if (!inMemory) {
    rmSync(dataDir, { recursive: true, force: true })
    out.line(`Cleared ${dataDir}.`)
  }
  const flags: StartFlags = {
    detach: true,
    ...(inMemory ? { inMemory } : { dbPath: dataDir }),
    ...(port ? { port } : {}),
  }
  await runStart(flags, global, out)
}
