import type { BundleSize } from '../suites/bundle-size'
import type { ImportTime } from '../suites/cold-import'

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`

export function renderImportTimes(times: readonly ImportTime[]): string {
  const rows = times.map(
    (t) =>
      `| ${t.name} | ${t.medianMs.toFixed(1)} | ${t.overBaselineMs === undefined ? '' : `+${t.overBaselineMs.toFixed(1)}`} | ${t.runsMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
  )
  const orm = times.find((t) => t.name === '@dbtooling/orm')
  const target =
    orm?.overBaselineMs === undefined
      ? []
      : [
          '',
          `\`import('@dbtooling/orm')\` over an empty ES module: ${orm.overBaselineMs.toFixed(1)} ms (target: within 30 ms of bare node, issue 17).`,
        ]
  return [
    `### Cold import time (fresh node process, rounds interleaved, median of ${times[0]?.runsMs.length ?? 0})`,
    '',
    '| Package | median ms | over the empty module | runs ms |',
    '|---|--:|--:|--|',
    ...rows,
    ...target,
  ].join('\n')
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
