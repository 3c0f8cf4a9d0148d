import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { median } from '../measure'
import type { PackageEntry } from './packages'

export interface ImportTime {
  name: string
  medianMs: number
  runsMs: number[]
  /** Median over the empty ES module imported in the same rounds (what the package itself adds). */
  overBaselineMs?: number
}

/** The reference every import is compared with: an ES module with nothing in it (Node's loader alone). */
export const BASELINE_NAME = 'an empty ES module (baseline)'
const BASELINE: PackageEntry = {
  name: BASELINE_NAME,
  specifiers: ['data:text/javascript,export{}'],
  typicalUse: '',
}

const benchDir = fileURLToPath(new URL('../..', import.meta.url))

/** One fresh `node` process importing the package(s); prints the milliseconds the imports took. */
function importOnce(specifiers: readonly string[]): number {
  const imports = specifiers.map((s) => `await import(${JSON.stringify(s)})`).join(';')
  const script = `const t = performance.now();${imports};process.stdout.write(String(performance.now() - t))`
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: benchDir,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(`importing ${specifiers.join(' + ')} failed: ${run.stderr.trim()}`)
  return Number(run.stdout)
}

/**
 * Median of `runs` cold imports per package (node's own start-up is excluded), with the empty-module
 * baseline. Rounds are interleaved (each round imports every package once) so that a load change on a
 * shared machine hits every package alike.
 */
export async function measureColdImports(packages: readonly PackageEntry[], runs = 9): Promise<ImportTime[]> {
  const entries = [BASELINE, ...packages]
  const runsMs = entries.map(() => [] as number[])
  for (const entry of entries) importOnce(entry.specifiers) // warm the file cache
  for (let round = 0; round < runs; round++) {
    entries.forEach((entry, i) => {
      runsMs[i]!.push(importOnce(entry.specifiers))
    })
  }
  const baseline = median(runsMs[0]!)
  return entries.map((entry, i) => {
    const medianMs = median(runsMs[i]!)
    return i === 0
      ? { name: entry.name, medianMs, runsMs: runsMs[i]! }
      : { name: entry.name, medianMs, runsMs: runsMs[i]!, overBaselineMs: medianMs - baseline }
  })
}
