/** How many calls to make and how: the same plan applies to every contestant in a suite. */
export interface RoundPlan {
  warmupCalls: number
  rounds: number
  /** Calls per round; with `roundMs`, the most a round makes. */
  callsPerRound: number
  /** How long a round runs (calls are made until it is over); 0 means exactly `callsPerRound` calls. */
  roundMs: number
  /** Warm-up lasts at least this long as well as `warmupCalls` calls; 0 means calls only. */
  warmupMs: number
}

/** How one round runs: the same shape wherever the contestant is (this process or its own). */
export interface RoundSpec {
  /** Most calls; with `roundMs` > 0 the round ends when that time is up. */
  calls: number
  concurrency: number
  /** 0: exactly `calls` calls. */
  roundMs: number
  /** With `roundMs`: calls made even when the time is up. */
  minCalls: number
}

/** The most calls a timed warm-up makes (its time is what ends it). */
export const WARMUP_CALL_CAP = 100_000

export interface RoundSample {
  /** User + system CPU of this whole process during the round, in microseconds. */
  cpuUs: number
  calls: number
  wallMs: number
  latenciesMs: Float64Array
}

export interface Summary {
  /** Median over rounds of (CPU µs / calls): the headline number. */
  cpuUsPerCall: number
  cpuUsPerCallByRound: number[]
  p50Us: number
  p99Us: number
  callsPerSecond: number
  calls: number
}

/**
 * Runs calls with `concurrency` callers in flight and measures the CPU this process spent: `calls` calls,
 * or with `roundMs`, calls until that much time has passed (at most `calls`, at least `minCalls` and one
 * per caller).
 * The server runs in another process, so everything counted here is client work: building and
 * signing the request, the socket writes and reads, parsing and unmarshalling, GC.
 */
export async function runRound(call: () => Promise<unknown>, spec: RoundSpec): Promise<RoundSample> {
  const { calls, concurrency, roundMs, minCalls } = spec
  const floor = Math.max(concurrency, minCalls)
  const latenciesMs = new Float64Array(calls)
  let next = 0
  let made = 0
  let stopAt = Number.POSITIVE_INFINITY
  const caller = async () => {
    for (let i = next++; i < calls; i = next++) {
      const started = performance.now()
      if (started >= stopAt && i >= floor) break
      await call()
      latenciesMs[made++] = performance.now() - started
    }
  }
  const wallStart = performance.now()
  if (roundMs > 0) stopAt = wallStart + roundMs
  const cpuStart = process.cpuUsage()
  await Promise.all(Array.from({ length: concurrency }, caller))
  const cpu = process.cpuUsage(cpuStart)
  return {
    cpuUs: cpu.user + cpu.system,
    calls: made,
    wallMs: performance.now() - wallStart,
    latenciesMs: latenciesMs.subarray(0, made),
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

export function summarize(samples: readonly RoundSample[]): Summary {
  const perCall = samples.map((s) => s.cpuUs / s.calls)
  const calls = samples.reduce((sum, s) => sum + s.calls, 0)
  const all = new Float64Array(calls)
  let offset = 0
  for (const sample of samples) {
    all.set(sample.latenciesMs, offset)
    offset += sample.calls
  }
  all.sort()
  const wallMs = samples.reduce((sum, s) => sum + s.wallMs, 0)
  return {
    cpuUsPerCall: median(perCall),
    cpuUsPerCallByRound: perCall,
    p50Us: percentile(all, 0.5) * 1000,
    p99Us: percentile(all, 0.99) * 1000,
    callsPerSecond: (calls / wallMs) * 1000,
    calls,
  }
}

/** Collects garbage when the process runs with --expose-gc, so heap figures are retained bytes only. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  return gc !== undefined
}

export function heapUsed(): number {
  collectGarbage()
  return process.memoryUsage().heapUsed
}
