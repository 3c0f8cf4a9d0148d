/**
 * One backfill worker process for the fleet test: `node --import tsx fleet-worker.ts <endpoint> <table>`.
 * It prints one JSON line per checkpointed page so the test can see it work (and kill it mid-way).
 */
import { DynamoClient } from '@dbtooling/dynamo-client'
import { createOrm, runMigrationWorker } from '../../src/index'
import { Team, WidgetWithOwnerField } from './fixtures'

const [endpoint, tableName] = process.argv.slice(2)
const orm = createOrm({
  models: [Team, WidgetWithOwnerField],
  client: new DynamoClient({
    endpoint: endpoint!,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  }),
  design: { tableName: tableName! },
  setDefault: false,
})
const result = await runMigrationWorker(orm, {
  waitForJobMs: 60_000,
  leaseMs: 1500,
  parallelSegments: 2,
  pageSize: 50,
  writesPerSecond: Number(process.env.FLEET_WRITES_PER_SECOND ?? 250),
  onProgress: (progress) => process.stdout.write(`${JSON.stringify({ scanned: progress.scanned })}\n`),
})
process.stdout.write(`${JSON.stringify({ done: result })}\n`)
