/**
 * The Lambda demo: starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), creates the notes table as a deploy
 * would, bundles the container with esbuild as a deploy would (src/bundle.ts), then runs it in a fresh Node
 * process, so the figures it prints include a real cold import of the bundled handler.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type DynamoDBLocalInstance, startDynamoDBLocal } from '@dbtooling/local'
import { bundleContainer } from './bundle'
import { createNotesTable } from './notes-table'

const outdir = fileURLToPath(new URL('../dist', import.meta.url))
const bundle = await bundleContainer(outdir)
console.log(
  `bundled with esbuild into ${outdir}: ${bundle.files.filter((f) => f.endsWith('.mjs')).length} files`,
)
const external = process.env.DYNAMODB_ENDPOINT
const local: DynamoDBLocalInstance | null = external ? null : await startDynamoDBLocal({ inMemory: true })
const endpoint = external ?? local!.endpoint
const tableName = `lambda-demo-${Date.now().toString(36)}`
console.log(`DynamoDB at ${endpoint}, table ${tableName}\n`)
const dropTable = await createNotesTable(endpoint, tableName)
try {
  const run = spawnSync(process.execPath, [bundle.entry], {
    stdio: 'inherit',
    env: { ...process.env, DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: tableName, INVOCATIONS: '20' },
  })
  if (run.status !== 0) process.exitCode = run.status ?? 1
} finally {
  await dropTable()
  await local?.stop()
}
