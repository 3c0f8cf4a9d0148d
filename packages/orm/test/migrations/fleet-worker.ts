/**
 * One backfill worker process for the fleet test:
 * `node --import tsx fleet-worker.ts <endpoint> <table> <writesPerSecond>`. It prints one JSON line per
 * checkpointed page so the test can see it work (and kill it mid-way).
 */
import { DynamoClient } from '@dbtooling/dynamo-client'
import { createOrm, runMigrationWorker } from '../../src/index'
import { Team, WidgetWithOwnerField } from './fixtures'

const [endpoint, tableName, writesPerSecond] = process.argv.slice(2)
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
// The coordinator may take long to create the index on a loaded machine: the test, not a clock here, decides
// when a worker is stuck (it kills what is left at the end).
const result = await runMigrationWorker(orm, {
  waitForJobMs: 600_000,
  leaseMs: 1500,
  parallelSegments: 2,
  pageSize: 50,
  writesPerSecond: Number(writesPerSecond),
  onProgress: (progress) => process.stdout.write(`${JSON.stringify({ scanned: progress.scanned })}\n`),
})
process.stdout.write(`${JSON.stringify({ done: result })}\n`)
