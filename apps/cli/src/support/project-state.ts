import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The folder where the CLI keeps per-project state: the local daemon's record and the active env. */
export function stateDir(cwd: string): string {
  return join(cwd, '.dbtooling')
}

/** What `start --detach` records so `stop`, `status`, `logs` and other commands can find the daemon. */
export interface LocalDaemonRecord {
  readonly pid: number
  readonly javaPid: number
  readonly port: number
  readonly endpoint: string
  readonly dataDir: string | null
  readonly logFile: string
  readonly startedAt: string
}

const DAEMON_FILE = 'local.json'
const ENV_FILE = 'env'

export function readDaemonRecord(cwd: string): LocalDaemonRecord | null {
  const file = join(stateDir(cwd), DAEMON_FILE)
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LocalDaemonRecord
  } catch {
    return null
  }
}

export function writeDaemonRecord(cwd: string, record: LocalDaemonRecord): void {
  mkdirSync(stateDir(cwd), { recursive: true })
  writeFileSync(join(stateDir(cwd), DAEMON_FILE), `${JSON.stringify(record, null, 2)}\n`)
}

export function clearDaemonRecord(cwd: string): void {
  rmSync(join(stateDir(cwd), DAEMON_FILE), { force: true })
}

export function readActiveEnv(cwd: string): string | null {
  const file = join(stateDir(cwd), ENV_FILE)
  if (!existsSync(file)) return null
  const name = readFileSync(file, 'utf8').trim()
  return name.length > 0 ? name : null
}

export function writeActiveEnv(cwd: string, name: string | null): void {
  mkdirSync(stateDir(cwd), { recursive: true })
  if (name === null) rmSync(join(stateDir(cwd), ENV_FILE), { force: true })
  else writeFileSync(join(stateDir(cwd), ENV_FILE), `${name}\n`)
}

/** True when a process with this pid exists (signal 0 checks without touching it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
