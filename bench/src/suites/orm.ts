import type { Target } from '../contestant'
import { ORM_CONTESTANTS } from '../contestants/orm/all'
import type { BenchOptions } from '../options'
import { renderTable } from '../report/table'
import { checkTargets, renderTargets, type TargetCheck, type TargetRule } from '../report/targets'
import { type MatrixResult, runMatrix } from '../runner'
import { ORM_SCENARIOS } from '../scenarios/orm-scenarios'
import { ormRequestParity } from './orm-request-parity'

/** The speed targets for the ORM: against ElectroDB, and against our own client doing the same request. */
export const ORM_TARGETS: readonly TargetRule[] = [
  { subject: 'dbtooling-orm', reference: 'electrodb', maxRatio: 0.6 },
  { subject: 'dbtooling-orm', reference: 'dbtooling-client', maxRatio: 1.25 },
]

export interface OrmSuiteOutput {
  result: MatrixResult
  targets: TargetCheck[]
  /** Scenarios where the ORM and the plain client did not send the same requests (empty: all the same). */
  parity: string[]
  text: string
}

/** Model-level work (find, create, where, update) by each ORM against the canned server. */
export async function runOrmSuite(target: Target, options: BenchOptions): Promise<OrmSuiteOutput> {
  const pick = <T extends { name: string }>(all: readonly T[], wanted: readonly string[]) =>
    wanted.length === 0 ? all : all.filter((x) => wanted.includes(x.name))
  const scenarios = pick(ORM_SCENARIOS, options.scenarios)
  const parity = await ormRequestParity(scenarios.map((s) => s.name))
  const result = await runMatrix({
    suite: 'orm',
    target,
    entrants: pick(ORM_CONTESTANTS, options.contestants),
    registry: 'orm',
    scenarios,
    plan: options.plans.orm,
    concurrency: [1],
    isolation: options.isolation,
    log: (line) => console.error(line),
  })
  const targets = checkTargets(
    result,
    ORM_TARGETS,
    scenarios.map((s) => s.name),
  )
  return { result, targets, parity, text: renderOrmSuite(result, targets, parity) }
}

/** The suite's table, request parity and target checks, from its results. */
export function renderOrmSuite(
  result: MatrixResult,
  targets: readonly TargetCheck[],
  parity: readonly string[],
): string {
  const table = renderTable(result, {
    title: 'ORM-level CPU per call, canned DynamoDB server',
    scenarios: ORM_SCENARIOS.filter((s) => result.cells.some((c) => c.scenario === s.name)),
    ratioTo: ['aws-sdk', 'electrodb', 'dbtooling-client'],
  })
  const missing = 'the dbtooling-orm contestant or a reference did not run'
  const sameRequests =
    parity.length === 0
      ? 'Request parity: dbtooling-orm and dbtooling-client send the same requests (checked in process before the run).'
      : `Request parity: REQUESTS DIFFER, so "× dbtooling-client" compares different work:\n${parity.join('\n')}`
  return `${table}\n\n${sameRequests}\n\n${renderTargets(targets, missing)}`
}
