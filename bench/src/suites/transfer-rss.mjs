// A child process of the transfer suite, run with plain node on the built packages (no TypeScript loader,
// whose compiler would be counted). `seed` writes `count` items into the source table; `run` (a fresh
// process, so memory the seeding kept is not counted) exports them to NDJSON, imports them into a second
// table, and prints, as its last line, the seconds that took, the highest RSS it saw (sampled every 50 ms),
// the RSS before the export, and per phase (export, import) the highest RSS and the V8 heap committed then.
import { join } from 'node:path'
import { createOrm, exportTable, importTable } from '@dbtooling/orm'

const [mode = 'run', endpoint = '', dir = '.', countText = '0'] = process.argv.slice(2)
const count = Number(countText)
const Event = {
  name: 'Event',
  attributes: { id: { type: 'string', fillable: true }, text: { type: 'string', fillable: true } },
}
const clientConfig = {
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
}
const from = createOrm({
  models: [Event],
  clientConfig,
  design: { tableName: 'bench-rss-from' },
  setDefault: false,
})
const to = createOrm({
  models: [Event],
  clientConfig,
  design: { tableName: 'bench-rss-to' },
  setDefault: false,
})
if (mode === 'seed') {
  await from.createTable()
  for (let start = 0; start < count; start += 5000) {
    const writes = Array.from({ length: Math.min(5000, count - start) }, (_, i) => {
      const id = String(start + i)
      const Item = {
        pk: { S: `EVENT#${id}` },
        sk: { S: `EVENT#${id}` },
        _et: { S: 'Event' },
        id: { S: id },
        text: { S: 'y'.repeat(200) },
      }
      return { PutRequest: { Item } }
    })
    await from.client.batchWriteAll({ RequestItems: { [from.tableName]: writes } }, { concurrency: 16 })
  }
  process.exit(0)
}
await to.createTable()
globalThis.gc?.()
const before = process.memoryUsage().rss
// The highest RSS of each phase, and the V8 heap (committed) at that moment: what the RSS is made of.
const peaks = { export: { rss: before, heap: 0 }, import: { rss: before, heap: 0 } }
let phase = peaks.export
const timer = setInterval(() => {
  const { rss, heapTotal } = process.memoryUsage()
  if (rss > phase.rss) Object.assign(phase, { rss, heap: heapTotal })
}, 50)
const started = performance.now()
const file = join(dir, 'rss.ndjson')
await exportTable(from, { file, segments: 4 })
phase = peaks.import
const result = await importTable(to, { file })
clearInterval(timer)
if (result.written !== count) throw new Error(`re-imported ${result.written} of ${count}`)
const mb = (bytes) => (bytes / 1048576).toFixed(1)
const peak = Math.max(peaks.export.rss, peaks.import.rss)
console.log(
  `${((performance.now() - started) / 1000).toFixed(1)} ${mb(peak)} ${mb(before)} ${mb(peaks.export.rss)} ${mb(peaks.export.heap)} ${mb(peaks.import.rss)} ${mb(peaks.import.heap)}`,
)
process.exit(0)
