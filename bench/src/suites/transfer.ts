import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { startDynamoDBLocal } from '@dbtooling/local'
import { createOrm, importTable } from '@dbtooling/orm'
import { defineModel } from '@dbtooling/schema'

const Event = defineModel({
  name: 'Event',
  attributes: {
    id: { type: 'string', fillable: true },
    kind: { type: 'string', fillable: true },
    payload: { type: 'json', fillable: true },
  },
} as const)

export interface TransferResult {
  readonly items: number
  readonly oursItemsPerSecond: number
  readonly sdkItemsPerSecond: number
  /** ours / SDK: target >= 0.9. */
  readonly importRatio: number
  /** Export then re-import of `rssItems` items as NDJSON in a child process: the highest RSS seen. */
  readonly rssItems: number
  readonly peakRssMb: number
  /** RSS before the export (node, the packages, two ORMs) and per phase its peak and the V8 heap then. */
  readonly rssBeforeMb: number
  readonly exportPeak: { readonly rssMb: number; readonly heapMb: number }
  readonly importPeak: { readonly rssMb: number; readonly heapMb: number }
  /** Wall time of that export + re-import. */
  readonly rssSeconds: number
  /** The machine's 1-minute load average at the start and the end of the suite (shared machines vary). */
  readonly loadAverage: readonly [number, number]
}

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' }

/** An NDJSON file of wire items (what an export of a table holds). */
async function writeItems(file: string, count: number): Promise<void> {
  const out = createWriteStream(file)
  for (let i = 0; i < count; i++) {
    const line = `${JSON.stringify({ pk: { S: `EVENT#${i}` }, sk: { S: `EVENT#${i}` }, _et: { S: 'Event' }, id: { S: String(i) }, kind: { S: i % 2 ? 'click' : 'view' }, payload: { M: { n: { N: String(i) }, text: { S: 'x'.repeat(120) } } } })}\n`
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'close')
}

/**
 * Requests in flight on both sides. importTable's default is 16 (two overlapping flushes of 8); the SDK loop
 * gets the same, the best of the settings tried on DynamoDB Local (4 in flight left it about half as fast).
 */
const IN_FLIGHT = 16

/** The tuned SDK loop: the same lines, BatchWrite of 25, IN_FLIGHT requests in flight, unprocessed items resent. */
async function sdkImport(endpoint: string, table: string, file: string): Promise<number> {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint, region: 'us-east-1', credentials }))
  // Parsing is set-up, not timed: both sides start from the same decoded items.
  const { unmarshall } = await import('@dbtooling/dynamo-client')
  const items = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => unmarshall(JSON.parse(l)))
  const started = performance.now()
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const chunk = items.slice(next, next + 25)
      next += 25
      let request: Record<string, unknown[]> | undefined = {
        [table]: chunk.map((Item) => ({ PutRequest: { Item } })),
      }
      while (request && Object.keys(request).length > 0) {
        const out = await doc.send(new BatchWriteCommand({ RequestItems: request as never }))
        request = out.UnprocessedItems as Record<string, unknown[]> | undefined
      }
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker))
  return items.length / ((performance.now() - started) / 1000)
}

export async function runTransferSuite(items = 20_000, rssItems = 200_000): Promise<TransferResult> {
  const loadAtStart = loadavg()[0] ?? 0
  const local = await startDynamoDBLocal({ inMemory: true })
  const dir = mkdtempSync(join(tmpdir(), 'dbtooling-bench-transfer-'))
  try {
    const clientConfig = { endpoint: local.endpoint, region: 'us-east-1', credentials }
    const ours = createOrm({
      models: [Event],
      clientConfig,
      design: { tableName: 'bench-import-ours' },
      setDefault: false,
    })
    const sdk = createOrm({
      models: [Event],
      clientConfig,
      design: { tableName: 'bench-import-sdk' },
      setDefault: false,
    })
    await ours.createTable()
    await sdk.createTable()
    const file = join(dir, 'items.ndjson')
    await writeItems(file, items)
    // Rounds alternate (ours, SDK, ours, SDK, ...) so a slow spell of the machine or a warming emulator lands
    // on both; each side's best round counts.
    const oursRates: number[] = []
    const sdkRates: number[] = []
    for (let round = 0; round < 3; round++) {
      const started = performance.now()
      const result = await importTable(ours, { file, format: 'ddb-json', concurrency: IN_FLIGHT })
      oursRates.push(result.written / ((performance.now() - started) / 1000))
      sdkRates.push(await sdkImport(local.endpoint, sdk.tableName, file))
    }
    const oursRate = Math.max(...oursRates)
    const sdkRate = Math.max(...sdkRates)
    const rss = measureRss(local.endpoint, dir, rssItems)
    return {
      items,
      oursItemsPerSecond: oursRate,
      sdkItemsPerSecond: sdkRate,
      importRatio: oursRate / sdkRate,
      rssItems,
      peakRssMb: rss.peakMb,
      rssBeforeMb: rss.beforeMb,
      exportPeak: rss.exportPeak,
      importPeak: rss.importPeak,
      rssSeconds: rss.seconds,
      loadAverage: [loadAtStart, loadavg()[0] ?? 0],
    }
  } finally {
    await local.stop()
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Seeds in one child process, then runs the export + re-import in a fresh one that reports its highest RSS. */
interface RssMeasure {
  readonly peakMb: number
  readonly seconds: number
  readonly beforeMb: number
  readonly exportPeak: { readonly rssMb: number; readonly heapMb: number }
  readonly importPeak: { readonly rssMb: number; readonly heapMb: number }
}

function measureRss(endpoint: string, dir: string, count: number): RssMeasure {
  // Plain node on the built packages: a TypeScript loader's compiler would be counted in the RSS.
  const script = fileURLToPath(new URL('./transfer-rss.mjs', import.meta.url))
  const child = (mode: 'seed' | 'run') =>
    spawnSync(process.execPath, [script, mode, endpoint, dir, String(count)], { encoding: 'utf8' })
  const seeded = child('seed')
  if (seeded.status !== 0) throw new Error(`transfer RSS seeding failed: ${seeded.stderr}`)
  const run = child('run')
  if (run.status !== 0) throw new Error(`transfer RSS run failed: ${run.stderr}`)
  const figures = (run.stdout.trim().split('\n').pop() ?? '').split(' ').map(Number)
  const at = (index: number) => figures[index] ?? Number.NaN
  return {
    seconds: at(0),
    peakMb: at(1),
    beforeMb: at(2),
    exportPeak: { rssMb: at(3), heapMb: at(4) },
    importPeak: { rssMb: at(5), heapMb: at(6) },
  }
}

export function renderTransfer(result: TransferResult): string {
  return [
    '### Import and export (DynamoDB Local)',
    '',
    '| | items/s |',
    '|---|--:|',
    `| importTable (ddb-json, ${result.items} items) | ${result.oursItemsPerSecond.toFixed(0)} |`,
    `| AWS SDK v3 BatchWrite loop (25 per request, ${IN_FLIGHT} in flight) | ${result.sdkItemsPerSecond.toFixed(0)} |`,
    '',
    `Load average (1 min) ${result.loadAverage[0].toFixed(1)} at the start, ${result.loadAverage[1].toFixed(1)} at the end.`,
    `Import ratio ours/SDK: ${result.importRatio.toFixed(2)} (target >= 0.9; best of 3 alternating rounds each).`,
    `Export + re-import of ${result.rssItems} items as NDJSON: peak RSS ${result.peakRssMb.toFixed(0)} MB (target < 150 MB), ${result.rssSeconds.toFixed(0)} s.`,
    `RSS before the export ${result.rssBeforeMb.toFixed(0)} MB; export peak ${result.exportPeak.rssMb.toFixed(0)} MB (V8 heap ${result.exportPeak.heapMb.toFixed(0)} MB then), import peak ${result.importPeak.rssMb.toFixed(0)} MB (V8 heap ${result.importPeak.heapMb.toFixed(0)} MB then).`,
  ].join('\n')
}
