import type { Target } from '../contestant'
import { ORM_CONTESTANTS } from '../contestants/orm/all'
import type { BenchOptions } from '../options'
import { renderTable } from '../report/table'
import { type MatrixResult, runMatrix } from '../runner'
import { ORM_SCENARIOS } from '../scenarios/orm-scenarios'

export interface OrmSuiteOutput {
  result: MatrixResult
  text: string
}

/** Model-level work (find, create, where, update) by each ORM against the canned server. */
export async function runOrmSuite(target: Target, options: BenchOptions): Promise<OrmSuiteOutput> {
  const pick = <T extends { name: string }>(all: readonly T[], wanted: readonly string[]) =>
    wanted.length === 0 ? all : all.filter((x) => wanted.includes(x.name))
  const scenarios = pick(ORM_SCENARIOS, options.scenarios)
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
  const text = renderTable(result, {
    title: 'ORM-level CPU per call, canned DynamoDB server',
    scenarios,
    ratioTo: ['aws-sdk', 'dbtooling-client'],
  })
  return { result, text }
}
