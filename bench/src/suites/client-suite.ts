import type { Target } from '../contestant'
import { CLIENT_CONTESTANTS } from '../contestants/client/all'
import type { RoundPlan } from '../measure'
import type { BenchOptions } from '../options'
import { renderTable } from '../report/table'
import { checkTargets, renderTargets, type TargetCheck, type TargetRule } from '../report/targets'
import { type MatrixResult, runMatrix } from '../runner'
import { CLIENT_SCENARIOS } from '../scenarios/client-scenarios'

/** The speed targets for our document client. */
export const CLIENT_TARGETS: readonly TargetRule[] = [
  { subject: 'dbtooling', reference: 'aws-sdk', maxRatio: 0.5 },
  { subject: 'dbtooling', reference: 'bare-http', maxRatio: 1.5 },
]
const TARGET_SCENARIOS = ['getItem', 'putItem', 'query10', 'batchWrite25']

export interface ClientSuiteOutput {
  result: MatrixResult
  targets: TargetCheck[]
  text: string
}

/** Runs the client-level matrix against one endpoint and renders it with the target checks. */
export async function runClientSuite(
  name: string,
  title: string,
  target: Target,
  plan: RoundPlan,
  options: BenchOptions,
): Promise<ClientSuiteOutput> {
  const pick = <T extends { name: string }>(all: readonly T[], wanted: readonly string[]) =>
    wanted.length === 0 ? all : all.filter((x) => wanted.includes(x.name))
  const scenarios = pick(CLIENT_SCENARIOS, options.scenarios)
  const result = await runMatrix({
    suite: name,
    target,
    entrants: pick(CLIENT_CONTESTANTS, options.contestants),
    registry: 'client',
    scenarios,
    plan,
    concurrency: options.concurrency,
    isolation: options.isolation,
    log: (line) => console.error(line),
  })
  const targets = checkTargets(result, CLIENT_TARGETS, TARGET_SCENARIOS)
  return { result, targets, text: renderClientSuite(title, result, targets) }
}

/** The suite's table and target checks, from its results (the printed report and the docs page alike). */
export function renderClientSuite(
  title: string,
  result: MatrixResult,
  targets: readonly TargetCheck[],
): string {
  const scenarios = CLIENT_SCENARIOS.filter((s) => result.cells.some((c) => c.scenario === s.name))
  const table = renderTable(result, { title, scenarios, ratioTo: ['aws-sdk', 'bare-http'] })
  const missing = 'the dbtooling contestant or a reference did not run'
  return `${table}\n\n${renderTargets(targets, missing)}`
}
