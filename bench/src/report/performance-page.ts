import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { BenchResults } from './bench-results'
import { renderRunHeader, renderSections } from './report-sections'

/** The committed copy of a run's results (`results/` is git-ignored): what the docs page is rendered from. */
export const snapshotPath = fileURLToPath(new URL('../../snapshots/latest.json', import.meta.url))
export const performancePagePath = fileURLToPath(new URL('../../../docs/performance.md', import.meta.url))

const open = '<!-- generated:bench-figures -->\n'
const close = '<!-- /generated:bench-figures -->'

export function readSnapshot(path = snapshotPath): BenchResults {
  return JSON.parse(readFileSync(path, 'utf8')) as BenchResults
}

/** The command that repeats the run: the suites it took and the flags that change the plan. */
function commandOf(run: BenchResults): string {
  const flags = [
    `--suite ${run.options.suites.join(',')}`,
    run.options.quick ? '--quick' : '',
    run.options.isolation !== 'process' ? `--isolation ${run.options.isolation}` : '',
    run.options.pin !== 'auto' ? `--pin ${run.options.pin}` : '',
    '--snapshot',
  ]
  return `pnpm bench -- ${flags.filter(Boolean).join(' ')}`
}

/**
 * The generated part of docs/performance.md. `v-pre` keeps VitePress from reading `{{` or `<` in the
 * reports (contestant labels, error messages) as Vue template syntax.
 */
export function renderFiguresSection(run: BenchResults): string {
  return [
    `Run of ${run.date.slice(0, 10)}, generated from \`bench/snapshots/latest.json\` by \`${commandOf(run)}\`:`,
    '',
    '```text',
    renderRunHeader(run),
    '```',
    '',
    '::: v-pre',
    '',
    renderSections(run).join('\n\n'),
    '',
    ':::',
    '',
  ].join('\n')
}

/** The text between the page's markers. */
export function figuresSectionOf(page: string): string {
  const start = page.indexOf(open)
  const end = page.indexOf(close, start)
  if (start === -1 || end === -1) throw new Error(`docs/performance.md lacks the ${open.trim()} markers`)
  return page.slice(start + open.length, end)
}

/**
 * Renders the page's figures from a run and, for a new run, writes its snapshot first (as JSON.stringify
 * lays it out: machine-written, like `results/`, so biome leaves it alone). Returns what it wrote, for the log.
 */
export function writePerformancePage(run: BenchResults, { snapshot }: { snapshot: boolean }): string {
  if (snapshot) writeFileSync(snapshotPath, `${JSON.stringify(run, null, 2)}\n`)
  const page = readFileSync(performancePagePath, 'utf8')
  const current = figuresSectionOf(page)
  const start = page.indexOf(open) + open.length
  const next = page.slice(0, start) + renderFiguresSection(run) + page.slice(start + current.length)
  writeFileSync(performancePagePath, next)
  return `${snapshot ? `snapshot written to ${snapshotPath}; ` : ''}figures of ${performancePagePath} rendered`
}
