import { parseArgs } from 'node:util'
import { ISOLATIONS, type Isolation } from './isolation/contestant-runner'
import type { RoundPlan } from './measure'
import { PIN_MODES, type PinMode } from './pinning'

export const SUITES = [
  'canned',
  'local',
  'orm',
  'import',
  'size',
  'cli',
  'transfer',
  'fanout',
  'planner',
  'seed',
  'derive',
] as const
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
  /** Pin the canned server and the measured processes to separate CPUs (default auto: when possible). */
  pin: PinMode
  json: string
  /** Also write the committed snapshot (`snapshots/latest.json`) and the docs' Performance page from it. */
  snapshot: boolean
}

export const USAGE = `pnpm bench [-- options]
  --suite canned,local,orm,import,size,cli,transfer,fanout,planner,seed,derive   which suites to run (default: all)
  --scenario getItem,query10,find        only these scenarios
  --contestant aws-sdk,dbtooling         only these contestants
  --concurrency 1,16                     callers in flight (default: 1; add 16 for a concurrent round)
  --rounds N --calls N --warmup N        override the canned/orm plan (--calls: most calls per round)
  --round-ms N                           how long each round runs (default 100; 0 = exactly --calls calls)
  --warmup-ms N                          shortest warm-up per contestant and scenario (default 2000)
  --quick                                fewer rounds and calls (a smoke run)
  --isolation process|shared             each contestant in its own process (default), or all in
                                         this one (the old way, for comparison)
  --pin auto|off                         canned server on the last CPU, measured processes on the others
                                         (default auto: Linux with taskset and 2+ CPUs)
  --json path                            where to write results (default: results/latest.json; the
                                         printed report goes next to it as .md)
  --snapshot                             also write snapshots/latest.json (committed) and render
                                         docs/performance.md from it`

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
      'round-ms': { type: 'string' },
      'warmup-ms': { type: 'string' },
      pin: { type: 'string', default: 'auto' },
      quick: { type: 'boolean', default: false },
      isolation: { type: 'string', default: 'process' },
      json: { type: 'string', default: 'results/latest.json' },
      snapshot: { type: 'boolean', default: false },
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
  const pin = values.pin as PinMode
  if (!PIN_MODES.includes(pin)) throw new Error(`Unknown pin mode ${values.pin} (auto or off).\n${USAGE}`)
  const quick = values.quick
  // Warm-up: at least 1000 calls and at least 2 s. With calls alone, a fast client got a fifth of the
  // warm-up time of a slow one and its first timed rounds still ran partly unoptimised code (our ORM's
  // first five rounds of where() cost up to 2x its later ones); equal time treats every library alike.
  // Rounds last a fixed time, not a fixed number of calls: a round starts with caches another contestant
  // just used, a fixed cost per round. With equal calls per round that cost is spread over 150 calls of
  // the fastest client and of the slowest alike, so it inflated the fast ones (ours: up to 1.5x on a
  // 10-item query) far more than the slow ones; in equal time it weighs the same share on everyone.
  // 31 rounds of 100 ms: short rounds interleave finely, so slow spells of the machine land on everyone;
  // many of them steady the median. The canned and ORM suites take about four minutes on two cores.
  const canned: RoundPlan = quick
    ? { warmupCalls: 50, rounds: 3, callsPerRound: 100, roundMs: 0, warmupMs: 0 }
    : { warmupCalls: 1000, rounds: 31, callsPerRound: 5000, roundMs: 100, warmupMs: 2000 }
  const override = (plan: RoundPlan): RoundPlan => ({
    warmupCalls: values.warmup ? Number(values.warmup) : plan.warmupCalls,
    rounds: values.rounds ? Number(values.rounds) : plan.rounds,
    callsPerRound: values.calls ? Number(values.calls) : plan.callsPerRound,
    roundMs: values['round-ms'] ? Number(values['round-ms']) : plan.roundMs,
    warmupMs: values['warmup-ms'] ? Number(values['warmup-ms']) : plan.warmupMs,
  })
  return {
    suites: suites.length > 0 ? (suites as SuiteName[]) : [...SUITES],
    scenarios: list(values.scenario),
    contestants: list(values.contestant),
    concurrency: values.concurrency ? list(values.concurrency).map(Number) : [1],
    quick,
    plans: {
      canned: override(canned),
      orm: override(canned),
      // The emulator answers in milliseconds, so fewer calls fit in a round; 20 warm-up calls (as before)
      // left every client on unoptimised code and the ratios swung by half between runs.
      local: quick
        ? { warmupCalls: 10, rounds: 2, callsPerRound: 20, roundMs: 0, warmupMs: 0 }
        : { warmupCalls: 200, rounds: 9, callsPerRound: 2000, roundMs: 150, warmupMs: 1000 },
    },
    isolation,
    pin,
    json: values.json,
    snapshot: values.snapshot,
  }
}
