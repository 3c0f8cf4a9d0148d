import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { SUITES } from '../src/options'
import type { BenchResults } from '../src/report/bench-results'
import {
  figuresSectionOf,
  performancePagePath,
  readSnapshot,
  renderFiguresSection,
} from '../src/report/performance-page'
import { renderSections } from '../src/report/report-sections'

const page = readFileSync(performancePagePath, 'utf8')
const snapshot = readSnapshot()

/** Where each suite's results sit in a run's JSON. */
const resultKey: Record<(typeof SUITES)[number], keyof BenchResults> = {
  canned: 'canned',
  orm: 'orm',
  local: 'local',
  fanout: 'fanOut',
  planner: 'uniqueLookup',
  derive: 'derive',
  seed: 'seed',
  import: 'coldImport',
  size: 'bundleSize',
  cli: 'cli',
  transfer: 'transfer',
}

describe('docs/performance.md', () => {
  it('holds exactly the figures rendered from bench/snapshots/latest.json', () => {
    expect(figuresSectionOf(page), 'run pnpm --filter dbtooling-bench docs').toBe(
      renderFiguresSection(snapshot),
    )
  })

  it('comes from a run of every suite, and shows a section for each', () => {
    const missing = SUITES.filter((suite) => snapshot[resultKey[suite]] === undefined)
    expect(missing).toEqual([])
    expect(renderSections(snapshot).length).toBeGreaterThanOrEqual(SUITES.length)
  })

  it('states the date, machine and load average of the run', () => {
    const figures = figuresSectionOf(page)
    expect(Number.isNaN(Date.parse(snapshot.date))).toBe(false)
    expect(snapshot.loadAverageAtStart).toHaveLength(3)
    expect(snapshot.loadAverageAtEnd).toHaveLength(3)
    for (const fact of [snapshot.date, snapshot.cpu, snapshot.platform, snapshot.node])
      expect(figures).toContain(fact)
    const load = (values: number[]) => values.map((v) => v.toFixed(1)).join('/')
    expect(figures).toContain(`load average ${load(snapshot.loadAverageAtStart)} at start`)
  })

  it('has no figure typed by hand outside the generated section', () => {
    const figures = figuresSectionOf(page)
    const handWritten = page.replace(figures, '')
    const measurements = handWritten.match(/\d[\d.,]*\s?(µs|ms|s\b|KiB|MiB|MB|GiB|items\/s|%|×)/g) ?? []
    expect(measurements).toEqual([])
  })
})
