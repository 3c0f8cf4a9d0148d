import { describePlan } from '../pinning'
import { renderCliStartup } from '../suites/cli-startup'
import { renderClientSuite } from '../suites/client-suite'
import { renderDerive } from '../suites/derive'
import { renderFanOut } from '../suites/fan-out'
import { renderOrmSuite } from '../suites/orm'
import { renderSeed } from '../suites/seed'
import { renderTransfer } from '../suites/transfer'
import { renderUniqueLookup } from '../suites/unique-lookup'
import type { BenchResults } from './bench-results'
import { renderBundleSizes, renderImportTimes, renderSkipped } from './footprint'

const ISOLATION_HEADER = {
  process: 'process (each contestant runs in a child process of its own; rounds interleave across them)',
  shared: 'shared (every contestant runs in this one process)',
} as const

const load = (values: readonly number[]) => values.map((v) => v.toFixed(1)).join('/')

/** Date, machine, load and method of a run: the lines every copy of its figures starts with. */
export function renderRunHeader(run: BenchResults): string {
  return [
    `dbtooling benchmarks, ${run.date}${run.options.quick ? ' (--quick: a smoke run, few rounds)' : ''}`,
    `Node ${run.node}, ${run.cpu}, ${run.platform}, ${run.memoryGiB} GiB RAM, load average ${load(run.loadAverageAtStart)} at start, ${load(run.loadAverageAtEnd)} at end`,
    `Isolation: ${ISOLATION_HEADER[run.isolation]}`,
    `CPUs (canned and ORM suites): ${describePlan(run.pinning ?? null)}`,
  ].join('\n')
}

/** One markdown section per suite the run holds, in the order the run takes them. */
export function renderSections(run: BenchResults): string[] {
  const sections: string[] = []
  const add = <T>(value: T | undefined, render: (value: T) => string) => {
    if (value !== undefined) sections.push(render(value))
  }
  add(run.canned, (r) => renderClientSuite('Client CPU per call, canned DynamoDB server', r, r.targets))
  add(run.orm, (r) => renderOrmSuite(r, r.targets, r.parity))
  add(run.local, (r) => renderClientSuite('Client CPU per call, DynamoDB Local', r, r.targets))
  add(run.fanOut, renderFanOut)
  add(run.uniqueLookup, renderUniqueLookup)
  add(run.derive, renderDerive)
  add(run.seed, renderSeed)
  add(run.coldImport, renderImportTimes)
  add(run.bundleSize, renderBundleSizes)
  if (run.footprintSkipped?.length) sections.push(renderSkipped(run.footprintSkipped))
  add(run.cli, renderCliStartup)
  add(run.transfer, renderTransfer)
  return sections
}

/** The whole printed report (`results/latest.md`). */
export function renderReport(run: BenchResults): string {
  return `${renderRunHeader(run)}\n\n${renderSections(run).join('\n\n')}\n`
}
