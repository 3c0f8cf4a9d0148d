import type { RoundPlan } from '../measure'
import type { Cell, MatrixResult } from '../runner'

export interface TableOptions {
  title: string
  /** Scenario name -> display title, in display order. */
  scenarios: readonly { name: string; title: string }[]
  /** Contestants the ratio columns divide by. */
  ratioTo: readonly string[]
}

const roundText = (p: RoundPlan) =>
  p.roundMs > 0 ? `${p.roundMs} ms of calls (at most ${p.callsPerRound})` : `${p.callsPerRound} calls`
const warmupText = (p: RoundPlan) =>
  p.warmupMs > 0
    ? `a warm-up of ${p.warmupCalls}+ calls and ${p.warmupMs / 1000} s+`
    : `${p.warmupCalls} warm-up calls`
const mib = (bytes: number) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024 / 1024).toFixed(1)} MiB`
const ISOLATION_NOTE = {
  process: 'each contestant in its own process',
  shared: 'all contestants in one process',
} as const
const RSS_NOTE = {
  process: 'Largest contestant process RSS at the end of the suite',
  shared: 'Benchmark process RSS at the end of the suite (all contestants)',
} as const
const fixed = (value: number, digits: number) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a')

function markdownTable(header: readonly string[], rows: readonly string[][], rightAligned: number): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: readonly string[]) =>
    `| ${cells.map((c, i) => (i >= rightAligned ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (i >= rightAligned ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`
  return [line(header), rule, ...rows.map(line)].join('\n')
}

export function findCell(result: MatrixResult, contestant: string, scenario: string, concurrency: number) {
  return result.cells.find(
    (c: Cell) => c.contestant === contestant && c.scenario === scenario && c.concurrency === concurrency,
  )
}

/** Scenario × contestant: median CPU µs per call, latency, throughput and CPU ratios. */
export function renderTable(result: MatrixResult, options: TableOptions): string {
  const present = options.ratioTo.filter((name) => result.contestants.some((c) => c.name === name))
  const header = [
    'Scenario',
    'Contestant',
    'CPU µs/call',
    'p50 µs',
    'p99 µs',
    'calls/s',
    ...present.map((n) => `× ${n}`),
  ]
  const rows: string[][] = []
  const concurrencies = [...new Set(result.cells.map((c) => c.concurrency))]
  for (const scenario of options.scenarios) {
    for (const concurrency of concurrencies) {
      for (const { name } of result.contestants) {
        const cell = findCell(result, name, scenario.name, concurrency)
        if (!cell) continue
        const ratios = present.map((base) => {
          const denominator = findCell(result, base, scenario.name, concurrency)?.cpuUsPerCall
          return denominator ? fixed(cell.cpuUsPerCall / denominator, 2) : 'n/a'
        })
        rows.push([
          `${scenario.title} c=${concurrency}`,
          name,
          fixed(cell.cpuUsPerCall, 1),
          fixed(cell.p50Us, 0),
          fixed(cell.p99Us, 0),
          fixed(cell.callsPerSecond, 0),
          ...ratios,
        ])
      }
    }
  }
  const plan = result.plan
  const lines = [
    `### ${options.title}`,
    '',
    `Endpoint ${result.endpoint}; ${plan.rounds} rounds × ${roundText(plan)} after ${warmupText(plan)}; ${ISOLATION_NOTE[result.isolation]}; CPU = median over rounds of process.cpuUsage() / calls.`,
    '',
    rows.length > 0 ? markdownTable(header, rows, 2) : 'No contestant ran.',
    '',
    ...result.contestants.map((c) => {
      const setup = result.setup.find((s) => s.contestant === c.name)
      const heap = setup ? `; heap retained by setup ${mib(setup.heapDeltaBytes)}` : ''
      return `- **${c.name}**: ${c.label}${heap}`
    }),
    ...result.skipped.map((s) => `- **${s.contestant}**: not run (${s.reason})`),
    `- ${RSS_NOTE[result.isolation]}: ${(result.rssBytes / 1024 / 1024).toFixed(0)} MiB`,
  ]
  return lines.join('\n')
}
