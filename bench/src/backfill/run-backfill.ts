/**
 * Backfill throughput and memory: `migrate()` adding a GSI to N existing items, against the AWS SDK loop
 * in sdk-loop.ts doing the same item writes, on DynamoDB Local. Run from bench/:
 *   npx tsx --expose-gc src/backfill/run-backfill.ts --items 5000,20000 --segments 8 [--mode item,transact]
 *   [--peers sdk,conditional] [--endpoint URL]
 * Peers: `sdk` (scan + unconditional BatchWriteItem of whole items, sdk-loop.ts) and `conditional` (scan +
 * the same conditional UpdateItems as ours, sdk-conditional.ts). Each run is alone: peers never overlap.
 */
import { parseArgs } from 'node:util'
import { DynamoClient } from '@dbtooling/dynamo-client'
import { createOrm, indexKeysOf, migrate, toItem } from '@dbtooling/orm'
import { Owner, Team, Widget, WidgetOwned } from './models'
import { sdkConditionalBackfill } from './sdk-conditional'
import { sdkBackfill } from './sdk-loop'

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '5000' },
    segments: { type: 'string', default: '8' },
    mode: { type: 'string', default: 'item,transact' },
    peers: { type: 'string', default: 'sdk,conditional' },
    concurrency: { type: 'string', default: '16' },
    endpoint: { type: 'string', default: process.env.DYNAMODB_ENDPOINT ?? 'http://127.0.0.1:8000' },
  },
})
const endpoint = values.endpoint
const segments = Number(values.segments)
const concurrency = Number(values.concurrency)
const peers = values.peers.split(',').filter(Boolean)
const client = new DynamoClient({
  endpoint,
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
})

function orms(tableName: string) {
  const before = createOrm({ models: [Team, Widget], client, design: { tableName }, setDefault: false })
  const after = createOrm({
    models: [Team, Owner, WidgetOwned],
    client,
    design: { tableName },
    setDefault: false,
  })
  return { before, after }
}

async function seed(orm: ReturnType<typeof orms>['before'], tableName: string, items: number): Promise<void> {
  const chunk = 5000
  for (let from = 0; from < items; from += chunk) {
    const requests = Array.from({ length: Math.min(chunk, items - from) }, (_, i) => {
      const n = from + i
      const attrs = { id: `w${n}`, name: `widget ${n}`, teamId: `t${n % 97}`, ownerId: `o${n % 1000}` }
      return { PutRequest: { Item: toItem(orm.ctx, 'Widget', attrs) } }
    })
    await orm.doc.batchWriteAll({ RequestItems: { [tableName]: requests } })
  }
}

/** Peak RSS above the level at start, sampled every 50 ms while `work` runs. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  globalThis.gc?.()
  const base = process.memoryUsage().rss
  let peak = base
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  const value = await work()
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { value, peakMb: (peak - base) / 2 ** 20 }
}

async function ours(items: number, writeMode: 'item' | 'transact') {
  const tableName = `bench-backfill-ours-${Date.now().toString(36)}`
  const { before, after } = orms(tableName)
  await migrate(before)
  await seed(before, tableName, items)
  const { value, peakMb } = await peakRss(() =>
    migrate(after, {
      backfill: { segments, parallelSegments: segments, concurrency, pageSize: 200, writeMode },
    }),
  )
  const job = Object.values(value.verification)[0]!
  await before.dropTable()
  return { ms: job.backfillMs, verifyMs: job.verifyMs, wrong: job.wrong, peakMb }
}

async function baseline(items: number, peer: string) {
  const tableName = `bench-backfill-${peer}-${Date.now().toString(36)}`
  const { before, after } = orms(tableName)
  // The table already has the new GSI: only the item writes are timed, as for ours.
  await client.createTable(after.createTableInput())
  await client.waitForTableActive(tableName)
  await seed(before, tableName, items)
  const widget = after.ctx.entity('Widget')
  const started = Date.now()
  const keysOf = (item: Record<string, unknown>) => (item._et === 'Widget' ? indexKeysOf(widget, item) : null)
  const run = { endpoint, table: tableName, segments, pageSize: 200, keysOf }
  const { value, peakMb } = await peakRss(() =>
    peer === 'sdk'
      ? sdkBackfill(run)
      : sdkConditionalBackfill({ ...run, concurrency, sources: ['_et', 'id', 'ownerId', 'teamId'] }),
  )
  const ms = Date.now() - started
  await before.dropTable()
  return { ms, written: value.written, peakMb }
}

const modes = values.mode.split(',') as Array<'item' | 'transact'>
for (const items of values.items.split(',').map(Number)) {
  for (const writeMode of modes) {
    const rate = (ms: number) => Math.round((items / ms) * 1000)
    const row: Record<string, unknown> = { items, segments, concurrency, writeMode }
    const our = await ours(items, writeMode)
    Object.assign(row, {
      oursItemsPerSecond: rate(our.ms),
      oursVerifyMs: our.verifyMs,
      oursWrong: our.wrong,
      oursPeakRssMb: Number(our.peakMb.toFixed(1)),
    })
    for (const peer of peers) {
      const other = await baseline(items, peer)
      Object.assign(row, {
        [`${peer}ItemsPerSecond`]: rate(other.ms),
        [`${peer}Ratio`]: Number((other.ms / our.ms).toFixed(2)),
        [`${peer}PeakRssMb`]: Number(other.peakMb.toFixed(1)),
      })
    }
    console.log(JSON.stringify(row))
  }
}
