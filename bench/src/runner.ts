import type { Entrant, Session, Target } from './contestant'
import { heapUsed, type RoundPlan, type RoundSample, runRound, type Summary, summarize } from './measure'
import type { ScenarioSpec } from './scenarios/scenario-spec'

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
  contestants: { name: string; label: string }[]
  cells: Cell[]
  setup: SetupCost[]
  skipped: { contestant: string; reason: string }[]
  rssBytes: number
}

export interface MatrixOptions<S extends string> {
  suite: string
  target: Target
  entrants: readonly Entrant<S>[]
  scenarios: readonly ScenarioSpec<S>[]
  plan: RoundPlan
  concurrency: readonly number[]
  log: (line: string) => void
}

interface Opened<S extends string> {
  entrant: Entrant<S>
  session: Session<S>
}

/** Builds the client and proves every scenario returns what it should before anything is timed. */
async function openAndVerify<S extends string>(
  entrant: Entrant<S>,
  options: MatrixOptions<S>,
): Promise<{ session: Session<S>; cost: SetupCost }> {
  const heapBefore = heapUsed()
  const started = performance.now()
  const session = await entrant.open(options.target)
  for (const spec of options.scenarios) {
    const call = session.calls[spec.name]
    if (!call) continue
    const got = await call()
    if (got !== spec.expected) {
      await session.close()
      throw new Error(`${spec.title} returned ${got} items, expected ${spec.expected}`)
    }
  }
  const setupMs = performance.now() - started
  return { session, cost: { contestant: entrant.name, heapDeltaBytes: heapUsed() - heapBefore, setupMs } }
}

/** Opens every available entrant; the ones that are unavailable or fail verification are recorded as skipped. */
async function openAll<S extends string>(
  options: MatrixOptions<S>,
  result: MatrixResult,
): Promise<Opened<S>[]> {
  const opened: Opened<S>[] = []
  for (const entrant of options.entrants) {
    const reason = await entrant.unavailable()
    if (reason) {
      result.skipped.push({ contestant: entrant.name, reason })
      continue
    }
    try {
      const { session, cost } = await openAndVerify(entrant, options)
      opened.push({ entrant, session })
      result.setup.push(cost)
      result.contestants.push({ name: entrant.name, label: entrant.label })
    } catch (error) {
      result.skipped.push({ contestant: entrant.name, reason: `failed: ${(error as Error).message}` })
    }
  }
  return opened
}

/**
 * One scenario at one concurrency: warm-up, then rounds that interleave contestants (rotating who goes
 * first), so a burst of noise from other processes lands on everyone rather than on one contestant.
 * A contestant that throws mid-way drops out of this scenario and is reported, instead of ending the run.
 */
async function measureScenario<S extends string>(
  name: S,
  runners: readonly Opened<S>[],
  concurrency: number,
  plan: RoundPlan,
  result: MatrixResult,
): Promise<void> {
  const samples = new Map<string, RoundSample[]>(runners.map((o) => [o.entrant.name, []]))
  const failed = new Set<string>()
  const attempt = async (runner: Opened<S>, calls: number, keep: boolean) => {
    if (failed.has(runner.entrant.name)) return
    try {
      const sample = await runRound(runner.session.calls[name]!, calls, concurrency)
      if (keep) samples.get(runner.entrant.name)!.push(sample)
    } catch (error) {
      failed.add(runner.entrant.name)
      const reason = `failed during ${name} (c=${concurrency}): ${(error as Error).message}`
      result.skipped.push({ contestant: runner.entrant.name, reason })
    }
  }
  for (const runner of runners) await attempt(runner, plan.warmupCalls, false)
  for (let round = 0; round < plan.rounds; round += 1) {
    for (let i = 0; i < runners.length; i += 1)
      await attempt(runners[(i + round) % runners.length]!, plan.callsPerRound, true)
  }
  for (const [contestant, list] of samples) {
    if (!failed.has(contestant))
      result.cells.push({ contestant, scenario: name, concurrency, ...summarize(list) })
  }
}

/** Every scenario × concurrency × contestant, against one target. */
export async function runMatrix<S extends string>(options: MatrixOptions<S>): Promise<MatrixResult> {
  const result: MatrixResult = {
    suite: options.suite,
    endpoint: options.target.endpoint,
    plan: options.plan,
    contestants: [],
    cells: [],
    setup: [],
    skipped: [],
    rssBytes: 0,
  }
  const opened = await openAll(options, result)
  for (const spec of options.scenarios) {
    const runners = opened.filter((o) => o.session.calls[spec.name])
    if (runners.length === 0) continue
    for (const concurrency of options.concurrency) {
      await measureScenario(spec.name, runners, concurrency, options.plan, result)
      options.log(`  ${options.suite}: ${spec.title} c=${concurrency} done`)
    }
  }
  for (const { session } of opened) await session.close()
  result.rssBytes = process.memoryUsage().rss
  return result
}
