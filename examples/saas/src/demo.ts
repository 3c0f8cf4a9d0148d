/**
 * The SaaS demo: starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), creates the table from the models,
 * runs the story in src/saas.ts, drops the table and stops.
 */

import { type DynamoDBLocalInstance, startDynamoDBLocal } from '@dbtooling/local'
import { createOrm } from '@dbtooling/orm'
import { saasConfig, saasModels } from './models'
import { runSaas } from './saas'

const external = process.env.DYNAMODB_ENDPOINT
const local: DynamoDBLocalInstance | null = external ? null : await startDynamoDBLocal({ inMemory: true })
const endpoint = external ?? local!.endpoint
console.log(`DynamoDB at ${endpoint}\n`)
try {
  const orm = createOrm({
    models: saasModels,
    config: saasConfig,
    clientConfig: {
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    design: { tableName: `saas-demo-${Date.now().toString(36)}` },
  })
  await orm.createTable()
  try {
    await runSaas(orm, console.log)
  } finally {
    await orm.dropTable()
  }
} finally {
  await local?.stop()
}
