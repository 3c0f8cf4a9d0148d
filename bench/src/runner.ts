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

/**
 * Every scenario × concurrency × contestant. Rounds interleave contestants (rotating who goes first),
 * so a burst of noise from other processes lands on everyone rather than on one contestant.
 */
export async function runMatrix<S extends string>(options: MatrixOptions<S>): Promise<MatrixResult> {
  const { plan, log } = options
  const result: MatrixResult = {
    suite: options.suite,
    endpoint: options.target.endpoint,
    plan,
    contestants: [],
    cells: [],
    setup: [],
    skipped: [],
    rssBytes: 0,
  }
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
  for (const spec of options.scenarios) {
    const runners = opened.filter((o) => o.session.calls[spec.name])
    if (runners.length === 0) continue
    for (const concurrency of options.concurrency) {
      const samples = new Map<string, RoundSample[]>(runners.map((o) => [o.entrant.name, []]))
      for (const { session } of runners)
        await runRound(session.calls[spec.name]!, plan.warmupCalls, concurrency)
      for (let round = 0; round < plan.rounds; round += 1) {
        for (let i = 0; i < runners.length; i += 1) {
          const { entrant, session } = runners[(i + round) % runners.length]!
          samples
            .get(entrant.name)!
            .push(await runRound(session.calls[spec.name]!, plan.callsPerRound, concurrency))
        }
      }
      for (const [contestant, list] of samples) {
        result.cells.push({ contestant, scenario: spec.name, concurrency, ...summarize(list) })
      }
      log(`  ${options.suite}: ${spec.title} c=${concurrency} done`)
    }
  }
  for (const { session } of opened) await session.close()
  result.rssBytes = process.memoryUsage().rss
  return result
}
