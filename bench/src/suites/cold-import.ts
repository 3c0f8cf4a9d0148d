import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { median } from '../measure'
import type { PackageEntry } from './packages'

export interface ImportTime {
  name: string
  medianMs: number
  runsMs: number[]
  /** Median over the empty ES module imported in the same rounds (what the package adds to Node's loader). */
  overBaselineMs?: number
  /**
   * Median over the empty package imported in the same rounds: what the package adds to the cost every
   * import of any package by name pays (resolution through `exports`, loading a file), i.e. over bare node.
   */
  overEmptyPackageMs?: number
}

/** The strictest reference: an ES module with nothing in it, from a data: URL (Node's loader alone). */
export const BASELINE_NAME = 'an empty ES module (baseline)'
/** An empty package resolved by name (bench/fixtures/empty-package), as any dependency is: bare node. */
export const EMPTY_PACKAGE_NAME = 'an empty package (bare node)'
const BASELINES: readonly PackageEntry[] = [
  { name: BASELINE_NAME, specifiers: ['data:text/javascript,export{}'], typicalUse: '' },
  { name: EMPTY_PACKAGE_NAME, specifiers: ['@dbtooling-bench/empty-package'], typicalUse: '' },
]

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
 * Median of `runs` cold imports per package (node's own start-up is excluded), with two baselines: the
 * empty ES module and the empty package. Rounds are interleaved (each round imports every package once) so
 * that a load change on a shared machine hits every package alike.
 */
export async function measureColdImports(packages: readonly PackageEntry[], runs = 9): Promise<ImportTime[]> {
  const entries = [...BASELINES, ...packages]
  const runsMs = entries.map(() => [] as number[])
  for (const entry of entries) importOnce(entry.specifiers) // warm the file cache
  for (let round = 0; round < runs; round++) {
    entries.forEach((entry, i) => {
      runsMs[i]!.push(importOnce(entry.specifiers))
    })
  }
  const [emptyModule, emptyPackage] = [median(runsMs[0]!), median(runsMs[1]!)]
  return entries.map((entry, i) => {
    const medianMs = median(runsMs[i]!)
    const time = { name: entry.name, medianMs, runsMs: runsMs[i]! }
    if (i === 0) return time
    if (i === 1) return { ...time, overBaselineMs: medianMs - emptyModule }
    return { ...time, overBaselineMs: medianMs - emptyModule, overEmptyPackageMs: medianMs - emptyPackage }
  })
}
