import type { Entrant, Target } from './contestant'
import type { ContestantRunner, Isolation } from './isolation/contestant-runner'
import { openIsolated } from './isolation/open-isolated'
import { openShared } from './isolation/open-shared'
import type { RoundPlan, RoundSample, RoundSpec, Summary } from './measure'
import { summarize, WARMUP_CALL_CAP } from './measure'
import type { ScenarioSpec } from './scenarios/scenario-spec'
import type { RegistryName } from './worker/registry'

export interface Cell extends Summary {
  contestant: string
  scenario: string
  concurrency: number
}

export interface SetupCost {
  contestant: string
  /** Heap retained after loading the library, building the client and one call per scenario. */
  heapDeltaBytes: number
  setupMs: number
}

export interface MatrixResult {
  suite: string
  endpoint: string
  plan: RoundPlan
  isolation: Isolation
  contestants: { name: string; label: string }[]
  cells: Cell[]
  setup: SetupCost[]
  skipped: { contestant: string; reason: string }[]
  /** `process`: the largest contestant process's RSS; `shared`: the benchmark process's. */
  rssBytes: number
}

export interface MatrixOptions<S extends string> {
  suite: string
  target: Target
  entrants: readonly Entrant<S>[]
  /** Where a contestant process finds the entrants by name (they cannot be sent over IPC). */
  registry: RegistryName
  scenarios: readonly ScenarioSpec<S>[]
  plan: RoundPlan
  concurrency: readonly number[]
  isolation: Isolation
  log: (line: string) => void
}

function open<S extends string>(entrant: Entrant<S>, options: MatrixOptions<S>): Promise<ContestantRunner> {
  if (options.isolation === 'shared') return openShared(entrant, options.target, options.scenarios)
  return openIsolated(entrant, options)
}

/**
 * Opens every available entrant into `runners` (as each opens, so the caller can close them even if a
 * later one throws); the ones that are unavailable or fail verification are recorded as skipped.
 */
async function openAll<S extends string>(
  options: MatrixOptions<S>,
  result: MatrixResult,
  runners: ContestantRunner[],
): Promise<void> {
  for (const entrant of options.entrants) {
    const reason = await entrant.unavailable()
    if (reason) {
      result.skipped.push({ contestant: entrant.name, reason })
      continue
    }
    try {
      const runner = await open(entrant, options)
      runners.push(runner)
      const { heapDeltaBytes, setupMs } = runner
      result.setup.push({ contestant: entrant.name, heapDeltaBytes, setupMs })
      result.contestants.push({ name: entrant.name, label: entrant.label })
    } catch (error) {
      result.skipped.push({ contestant: entrant.name, reason: `failed: ${(error as Error).message}` })
    }
  }
}

/**
 * One scenario at one concurrency: warm-up, then rounds that interleave contestants (rotating who goes
 * first), so a burst of noise from other processes lands on everyone rather than on one contestant.
 * A contestant that throws mid-way drops out of this scenario and is reported, instead of ending the run.
 */
async function measureScenario(
  name: string,
  runners: readonly ContestantRunner[],
  concurrency: number,
  plan: RoundPlan,
  result: MatrixResult,
): Promise<void> {
  const samples = new Map<string, RoundSample[]>(runners.map((r) => [r.name, []]))
  const failed = new Set<string>()
  const attempt = async (runner: ContestantRunner, spec: RoundSpec, keep: boolean) => {
    if (failed.has(runner.name)) return
    try {
      const sample = await runner.round(name, spec)
      if (keep) samples.get(runner.name)!.push(sample)
    } catch (error) {
      failed.add(runner.name)
      const reason = `failed during ${name} (c=${concurrency}): ${(error as Error).message}`
      result.skipped.push({ contestant: runner.name, reason })
    }
  }
  // Warm-up: the calls asked for, and with `warmupMs` at least that long, so every library gets the same
  // time to reach optimised code (a fast one makes more calls in it).
  const warmupCap = plan.warmupMs > 0 ? Math.max(WARMUP_CALL_CAP, plan.warmupCalls) : plan.warmupCalls
  const warmup = { calls: warmupCap, concurrency, roundMs: plan.warmupMs, minCalls: plan.warmupCalls }
  const timed = { calls: plan.callsPerRound, concurrency, roundMs: plan.roundMs, minCalls: 0 }
  for (const runner of runners) await attempt(runner, warmup, false)
  for (let round = 0; round < plan.rounds; round += 1) {
    for (let i = 0; i < runners.length; i += 1)
      await attempt(runners[(i + round) % runners.length]!, timed, true)
  }
  for (const [contestant, list] of samples) {
    if (!failed.has(contestant))
      result.cells.push({ contestant, scenario: name, concurrency, ...summarize(list) })
  }
}

/** The largest RSS among the contestants' processes; a process that died has none to report. */
async function largestRss(runners: readonly ContestantRunner[]): Promise<number> {
  let largest = 0
  for (const runner of runners) {
    try {
      largest = Math.max(largest, await runner.rssBytes())
    } catch {
      // Skipped: its failure is already listed with the contestant.
    }
  }
  return largest
}

/** Every scenario × concurrency × contestant, against one target. */
export async function runMatrix<S extends string>(options: MatrixOptions<S>): Promise<MatrixResult> {
  const result: MatrixResult = {
    suite: options.suite,
    endpoint: options.target.endpoint,
    plan: options.plan,
    isolation: options.isolation,
    contestants: [],
    cells: [],
    setup: [],
    skipped: [],
    rssBytes: 0,
  }
  const runners: ContestantRunner[] = []
  try {
    await openAll(options, result, runners)
    for (const spec of options.scenarios) {
      const taking = runners.filter((r) => r.scenarios.has(spec.name))
      if (taking.length === 0) continue
      for (const concurrency of options.concurrency) {
        await measureScenario(spec.name, taking, concurrency, options.plan, result)
        options.log(`  ${options.suite}: ${spec.title} c=${concurrency} done`)
      }
    }
    if (options.isolation === 'process') result.rssBytes = await largestRss(runners)
  } finally {
    // Contestant processes must not outlive the suite, whatever went wrong.
    await Promise.all(runners.map((r) => r.close()))
  }
  if (options.isolation === 'shared') result.rssBytes = process.memoryUsage().rss
  return result
}
