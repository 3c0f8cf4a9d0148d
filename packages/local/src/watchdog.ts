import { type ChildProcess, spawn } from 'node:child_process'
import type { Readable } from 'node:stream'

/**
 * The watchdog, run as `node -e` so the package ships no extra file. It starts the command, reports its
 * pid on fd 3, forwards SIGTERM/SIGINT/SIGHUP to it, and kills it when its stdin reaches end of file:
 * stdin is a pipe from the program that started it, and the kernel closes that pipe when the program
 * dies, however it dies (a SIGKILL or a crash runs no exit handler; the pipe closes regardless).
 */
const WATCHDOG_SOURCE = `
const { spawn } = require('node:child_process')
const { writeSync } = require('node:fs')
const [command, ...args] = process.argv.slice(1)
const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] })
const kill = (signal) => { try { child.kill(signal) } catch {} }
child.on('error', (error) => { process.stderr.write(String(error.message) + '\\n'); process.exit(127) })
child.on('exit', (code, signal) => {
  if (signal) process.stderr.write('[watchdog] java ended by ' + signal + '\\n')
  process.exit(code ?? 1)
})
if (child.pid) writeSync(3, child.pid + '\\n')
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(signal, () => kill(signal))
const orphaned = (why) => { process.stderr.write('[watchdog] ' + why + ': stopping java\\n'); kill('SIGKILL') }
process.stdin.on('end', () => orphaned('parent gone'))
process.stdin.on('error', (error) => orphaned('parent pipe failed (' + error.message + ')'))
process.stdin.resume()
`

export interface WatchedProcess {
  /** The watchdog process; it exits when the command does. */
  readonly watchdog: ChildProcess
  /** The command's own pid, once the watchdog reported it (undefined if it could not start). */
  readonly pid: Promise<number | undefined>
}

/** Starts `command` under a watchdog that kills it when this process dies, even by SIGKILL. */
export function spawnWatched(
  command: string,
  args: readonly string[],
  options: { cwd: string; outputFd: number },
): WatchedProcess {
  const watchdog = spawn(process.execPath, ['-e', WATCHDOG_SOURCE, command, ...args], {
    cwd: options.cwd,
    stdio: ['pipe', options.outputFd, options.outputFd, 'pipe'],
  })
  return { watchdog, pid: readPid(watchdog.stdio[3] as Readable | null) }
}

function readPid(stream: Readable | null): Promise<number | undefined> {
  if (!stream) return Promise.resolve(undefined)
  return new Promise((resolve) => {
    let text = ''
    const done = (pid: number | undefined) => {
      stream.removeAllListeners()
      stream.destroy()
      resolve(pid)
    }
    stream.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      const line = /^(\d+)\n/.exec(text)
      if (line) done(Number(line[1]))
    })
    stream.on('end', () => done(undefined))
    stream.on('error', () => done(undefined))
  })
}
