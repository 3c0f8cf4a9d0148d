/**
 * The Lambda demo: starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), creates the notes table as a deploy
 * would, then runs one "container" (src/container.ts) in a fresh Node process, so the figures it prints
 * include a real cold import of the libraries.
 */
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type DynamoDBLocalInstance, startDynamoDBLocal } from '@dbtooling/local'
import { createNotesTable } from './notes-table'

const external = process.env.DYNAMODB_ENDPOINT
const local: DynamoDBLocalInstance | null = external ? null : await startDynamoDBLocal({ inMemory: true })
const endpoint = external ?? local!.endpoint
const tableName = `lambda-demo-${Date.now().toString(36)}`
console.log(`DynamoDB at ${endpoint}, table ${tableName}\n`)
const dropTable = await createNotesTable(endpoint, tableName)
try {
  const container = fileURLToPath(new URL('./container.ts', import.meta.url))
  const run = spawnSync(process.execPath, ['--import', 'tsx', container], {
    stdio: 'inherit',
    env: { ...process.env, DYNAMODB_ENDPOINT: endpoint, TABLE_NAME: tableName, INVOCATIONS: '20' },
  })
  if (run.status !== 0) process.exitCode = run.status ?? 1
} finally {
  await dropTable()
  await local?.stop()
}
