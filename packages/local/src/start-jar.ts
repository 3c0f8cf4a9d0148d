import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { track, untrack } from './cleanup'
import { DynamoDBLocalError } from './errors'
import { findJar } from './find-jar'
import { findJava } from './find-java'
import type { DynamoDBLocalInstance, StartOptions } from './options'
import { freePort, isPortTaken } from './ports'
import { waitUntilReady } from './wait-ready'
import { spawnWatched } from './watchdog'

export function jarArguments(
  options: StartOptions,
  jar: { jar: string; libDir: string },
  port: number,
): string[] {
  const args = [`-Djava.library.path=${jar.libDir}`, '-jar', jar.jar, '-port', String(port)]
  if (options.dbPath) args.push('-dbPath', resolve(options.dbPath))
  else if (options.inMemory !== false) args.push('-inMemory')
  if (options.sharedDb !== false) args.push('-sharedDb')
  if (options.delayTransientStatuses) args.push('-delayTransientStatuses')
  return args
}

export async function startJar(options: StartOptions): Promise<DynamoDBLocalInstance> {
  const java = findJava({ javaPath: options.javaPath })
  const jar = findJar(options.jarDir)
  const port = options.port ?? (await freePort())
  if (options.port !== undefined && (await isPortTaken(options.port))) {
    throw new DynamoDBLocalError(
      'PORT_IN_USE',
      `Port ${options.port} is already in use, so DynamoDB Local cannot listen there.`,
      'Stop whatever listens on that port, pick another `port`, or omit `port` to get a free one.',
    )
  }
  if (options.dbPath) mkdirSync(options.dbPath, { recursive: true })
  const logFile = options.logFile ?? join(tmpdir(), `dbtooling-dynamodb-local-${port}.log`)
  const logFd = openSync(logFile, 'a')
  // Java runs under a watchdog so it dies with this process even when no exit handler can run (SIGKILL).
  const { watchdog: child, pid: javaPid } = spawnWatched(java, jarArguments(options, jar, port), {
    cwd: jar.dir,
    outputFd: logFd,
  })
  closeSync(logFd)
  let exited = false
  const exitedPromise = new Promise<void>((done) => child.once('exit', () => done()))
  child.once('exit', () => {
    exited = true
  })
  child.once('error', () => {
    exited = true
  })

  const pid = await javaPid
  // Once the watchdog is gone, so is java (it exits with java), and the pid may belong to someone else.
  const killJava = () => {
    if (pid !== undefined && !exited) killQuietly(pid)
  }
  track(child, killJava)

  const endpoint = `http://127.0.0.1:${port}`
  const ready = await waitUntilReady(endpoint, {
    timeoutMs: options.startTimeoutMs ?? 60_000,
    isAlive: () => !exited,
  })
  if (!ready) {
    killJava()
    child.kill('SIGKILL')
    await exitedPromise
    untrack(child)
    const tail = readTail(logFile)
    throw new DynamoDBLocalError(
      exited ? 'PROCESS_EXITED' : 'START_TIMEOUT',
      exited
        ? `DynamoDB Local exited before it answered on ${endpoint}. Last log lines:\n${tail}`
        : `DynamoDB Local did not answer on ${endpoint} within ${options.startTimeoutMs ?? 60_000} ms.`,
      `Read the log at ${logFile}; check the Java version (17+) and that the port is free.`,
    )
  }

  let stopping: Promise<void> | undefined
  return {
    endpoint,
    port,
    pid: pid ?? -1,
    engine: 'jar',
    logFile,
    stop() {
      stopping ??= (async () => {
        if (!exited) {
          child.kill('SIGTERM')
          const killer = setTimeout(() => {
            killJava()
            child.kill('SIGKILL')
          }, 5_000)
          await exitedPromise
          clearTimeout(killer)
        }
        untrack(child)
      })()
      return stopping
    },
  }
}

function readTail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n')
  } catch {
    return '(no log)'
  }
}

function killQuietly(pid: number): void {
  try {
    process.kill(pid, 'SIGKILL')
  } catch {
    // already gone
  }
}
