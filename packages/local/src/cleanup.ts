import type { ChildProcess } from 'node:child_process'

/**
 * Children we started and have not stopped yet. They are killed when the parent exits, or is asked to
 * stop by SIGINT/SIGTERM/SIGHUP, so no java process outlives the program (or test run) that started it.
 */
const running = new Map<ChildProcess, () => void>()
let installed = false

function killAll(): void {
  for (const [child, killTarget] of running) {
    // The target first: killing only its watchdog would leave the target to the watchdog's pipe check.
    killTarget()
    try {
      child.kill('SIGKILL')
    } catch {
      // already gone
    }
  }
  running.clear()
}

function onSignal(signal: NodeJS.Signals): void {
  killAll()
  uninstall()
  // Re-raise so the default behaviour (exit with the signal) happens, unless someone else handles it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
}

const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

function install(): void {
  if (installed) return
  installed = true
  process.on('exit', killAll)
  for (const signal of signals) process.on(signal, onSignal)
}

function uninstall(): void {
  if (!installed) return
  installed = false
  process.off('exit', killAll)
  for (const signal of signals) process.off(signal, onSignal)
}

/** `killTarget` kills what `child` supervises (the java process under its watchdog). */
export function track(child: ChildProcess, killTarget: () => void = () => {}): void {
  running.set(child, killTarget)
  install()
  child.once('exit', () => untrack(child))
}

export function untrack(child: ChildProcess): void {
  running.delete(child)
  if (running.size === 0) uninstall()
}
