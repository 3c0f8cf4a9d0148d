import { execFileSync } from 'node:child_process'
import { availableParallelism } from 'node:os'

export const PIN_MODES = ['auto', 'off'] as const
export type PinMode = (typeof PIN_MODES)[number]

/** Which CPUs (taskset lists) the server and the measured processes run on. */
export interface CorePlan {
  readonly server: string
  readonly clients: string
  readonly all: string
}

/**
 * With two or more CPUs and `taskset` (Linux), the server gets the last CPU and every measured process the
 * others. Unpinned, the scheduler moves client and server between the cores from one call to the next:
 * sometimes a call is a wake-up on another core, sometimes a switch on the same one, and a client's CPU
 * per call then swings by 2x from run to run for reasons that have nothing to do with the client
 * (measured here: a bare round trip of BatchWriteItem at 46 µs in one run and 124 µs in the next).
 * Pins this process (and so every process it forks afterwards) to the client CPUs and returns the plan,
 * or null when nothing was pinned.
 */
export function pinMeasuredProcesses(mode: PinMode): CorePlan | null {
  if (mode === 'off' || process.platform !== 'linux') return null
  const cpus = availableParallelism()
  if (cpus < 2) return null
  const last = cpus - 1
  const plan = { server: String(last), clients: last === 1 ? '0' : `0-${last - 1}`, all: `0-${last}` }
  return pinProcess(process.pid, plan.clients) ? plan : null
}

/** Sets a process's CPU affinity; false when taskset is missing or refuses. Children inherit it. */
export function pinProcess(pid: number, cpus: string): boolean {
  try {
    execFileSync('taskset', ['-p', '-c', cpus, String(pid)], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

export function describePlan(plan: CorePlan | null): string {
  return plan
    ? `server pinned to CPU ${plan.server}, measured processes to CPU ${plan.clients} (taskset)`
    : 'not pinned (the scheduler places client and server)'
}
