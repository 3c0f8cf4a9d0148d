// A child process of the transfer suite, run with plain node on the built packages (no TypeScript loader,
// whose compiler would be counted): seeds `count` items, exports them to NDJSON, imports them into a second
// table, and prints the highest RSS it saw during export and import (sampled every 50 ms) as its last line.
import { join } from 'node:path'
import { createOrm, exportTable, importTable } from '@dbtooling/orm'

const [endpoint = '', dir = '.', countText = '0'] = process.argv.slice(2)
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
await from.createTable()
await to.createTable()
for (let start = 0; start < count; start += 1000) {
  const writes = Array.from({ length: Math.min(1000, count - start) }, (_, i) => {
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
  await from.client.batchWriteAll({ RequestItems: { [from.tableName]: writes } })
}
globalThis.gc?.()
const before = process.memoryUsage().rss
let peak = before
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss)
}, 50)
const file = join(dir, 'rss.ndjson')
await exportTable(from, { file, segments: 4 })
const result = await importTable(to, { file })
clearInterval(timer)
if (result.written !== count) throw new Error(`re-imported ${result.written} of ${count}`)
console.log(`rss before export ${(before / 1048576).toFixed(1)} MB`)
console.log((peak / 1048576).toFixed(1))
process.exit(0)
