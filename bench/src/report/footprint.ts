import type { BundleSize } from '../suites/bundle-size'
import type { ImportTime } from '../suites/cold-import'

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

const over = (ms: number | undefined) => (ms === undefined ? '' : `${ms < 0 ? '' : '+'}${ms.toFixed(1)}`)

export function renderImportTimes(times: readonly ImportTime[]): string {
  const rows = times.map(
    (t) =>
      `| ${t.name} | ${t.medianMs.toFixed(1)} | ${over(t.overBaselineMs)} | ${over(t.overEmptyPackageMs)} | ${t.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
  )
  return [
    `### Cold import time (fresh node process, rounds interleaved, median of ${times[0]?.runsMs.length ?? 0})`,
    '',
    '| Package | median ms | over the empty module | over the empty package | runs ms |',
    '|---|--:|--:|--:|--|',
    ...rows,
    ...ormTarget(times.find((t) => t.name === '@dbtooling/orm')),
  ].join('\n')
}

/** Issue 17's target line over both baselines, since "bare node" can be read as either (docs/benchmarks.md). */
function ormTarget(orm: ImportTime | undefined): string[] {
  if (orm?.overBaselineMs === undefined) return []
  const overPackage =
    orm.overEmptyPackageMs === undefined
      ? ''
      : `over an empty package (bare node): ${orm.overEmptyPackageMs.toFixed(1)} ms; `
  return [
    '',
    `\`import('@dbtooling/orm')\` ${overPackage}over an empty ES module: ${orm.overBaselineMs.toFixed(1)} ms (target: within 30 ms of bare node, issue 17).`,
  ]
}

export function renderBundleSizes(sizes: readonly BundleSize[]): string {
  const rows = sizes.map((s) => {
    const largest = s.largest.map((l) => `${l.source} ${kib(l.bytes)}`).join(', ')
    return `| ${s.name} | ${s.entry} | ${kib(s.bytes)} | ${kib(s.gzipBytes)} | ${largest} |`
  })
  return [
    '### Bundle size (esbuild, minified, ESM for Node; gzip -9)',
    '',
    '| Package | Entry | minified | gzip | largest parts (minified) |',
    '|---|---|--:|--:|---|',
    ...rows,
  ].join('\n')
}

export function renderSkipped(skipped: readonly { name: string; reason: string }[]): string {
  return skipped.map((s) => `- ${s.name}: not measured (${s.reason})`).join('\n')
}
