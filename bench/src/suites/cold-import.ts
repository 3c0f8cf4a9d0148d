import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { median } from '../measure'
import type { PackageEntry } from './packages'

export interface ImportTime {
  name: string
  medianMs: number
  runsMs: number[]
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

/** Median of `runs` cold imports per package (node's own start-up is excluded). */
export async function measureColdImports(packages: readonly PackageEntry[], runs = 5): Promise<ImportTime[]> {
  const times: ImportTime[] = []
  for (const entry of packages) {
    const runsMs = Array.from({ length: runs }, () => importOnce(entry.specifiers))
    times.push({ name: entry.name, medianMs: median(runsMs), runsMs })
  }
  return times
}
