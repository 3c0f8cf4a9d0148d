import { parseArgs } from 'node:util'
import { ISOLATIONS, type Isolation } from './isolation/contestant-runner'
import type { RoundPlan } from './measure'

export const SUITES = ['canned', 'local', 'orm', 'import', 'size'] as const
export type SuiteName = (typeof SUITES)[number]

export interface BenchOptions {
  suites: SuiteName[]
  /** Only these scenarios (client or ORM names); empty means all. */
  scenarios: string[]
  /** Only these contestants; empty means all. */
  contestants: string[]
  concurrency: number[]
  quick: boolean
  plans: { canned: RoundPlan; local: RoundPlan; orm: RoundPlan }
  /** Where contestants run: each in its own child process (default), or all in the benchmark process. */
  isolation: Isolation
  json: string
}

export const USAGE = `pnpm bench [-- options]
  --suite canned,local,orm,import,size   which suites to run (default: all)
  --scenario getItem,query10,find        only these scenarios
  --contestant aws-sdk,dbtooling         only these contestants
  --concurrency 1,16                     callers in flight (default: 1; add 16 for a concurrent round)
  --rounds N --calls N --warmup N        override the canned/orm plan
  --quick                                fewer rounds and calls (a smoke run)
  --isolation process|shared             each contestant in its own process (default), or all in
                                         this one (the old way, for comparison)
  --json path                            where to write results (default: results/latest.json; the
                                         printed report goes next to it as .md)`

const list = (value: string | undefined) =>
  value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []

export function parseOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== '--'),
    options: {
      suite: { type: 'string' },
      scenario: { type: 'string' },
      contestant: { type: 'string' },
      concurrency: { type: 'string' },
      rounds: { type: 'string' },
      calls: { type: 'string' },
      warmup: { type: 'string' },
      quick: { type: 'boolean', default: false },
      isolation: { type: 'string', default: 'process' },
      json: { type: 'string', default: 'results/latest.json' },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const suites = list(values.suite)
  const unknown = suites.filter((s) => !SUITES.includes(s as SuiteName))
  if (unknown.length > 0) throw new Error(`Unknown suite ${unknown.join(', ')}.\n${USAGE}`)
  const isolation = values.isolation as Isolation
  if (!ISOLATIONS.includes(isolation))
    throw new Error(`Unknown isolation ${values.isolation} (process or shared).\n${USAGE}`)
  const quick = values.quick
  // Sized so the whole run stays near five minutes on two cores, where one SDK call costs ~1-2 ms of CPU.
  // Many short rounds rather than a few long ones: the median then shrugs off bursts from other processes.
  // 1000 warm-up calls let V8 optimise every contestant's hot path before timing (with 150, the libraries
  // with more code to compile were still partly unoptimised, which skewed ratios by up to 30%).
  const canned: RoundPlan = quick
    ? { warmupCalls: 50, rounds: 3, callsPerRound: 100 }
    : { warmupCalls: 1000, rounds: 9, callsPerRound: 150 }
  const override = (plan: RoundPlan): RoundPlan => ({
    warmupCalls: values.warmup ? Number(values.warmup) : plan.warmupCalls,
    rounds: values.rounds ? Number(values.rounds) : plan.rounds,
    callsPerRound: values.calls ? Number(values.calls) : plan.callsPerRound,
  })
  return {
    suites: suites.length > 0 ? (suites as SuiteName[]) : [...SUITES],
    scenarios: list(values.scenario),
    contestants: list(values.contestant),
    concurrency: values.concurrency ? list(values.concurrency).map(Number) : [1],
    quick,
    plans: {
      canned: override(canned),
      // Longer ORM rounds: each switch between contestants costs the next few calls their warm caches,
      // which weighs more on the libraries with more code per call; 300 calls make it noise.
      orm: override(quick ? canned : { ...canned, callsPerRound: 300 }),
      local: quick
        ? { warmupCalls: 10, rounds: 2, callsPerRound: 20 }
        : { warmupCalls: 20, rounds: 3, callsPerRound: 40 },
    },
    isolation,
    json: values.json,
  }
}
