/**
 * The shop demo: starts DynamoDB Local (or uses DYNAMODB_ENDPOINT), creates the table from the models,
 * runs the story in src/shop.ts, drops the table and stops.
 */

import { type DynamoDBLocalInstance, startDynamoDBLocal } from '@dbtooling/local'
import { createOrm } from '@dbtooling/orm'
import { shopModels } from './models'
import { runShop } from './shop'

const external = process.env.DYNAMODB_ENDPOINT
const local: DynamoDBLocalInstance | null = external ? null : await startDynamoDBLocal({ inMemory: true })
const endpoint = external ?? local!.endpoint
console.log(`DynamoDB at ${endpoint}\n`)
try {
  const orm = createOrm({
    models: shopModels,
    clientConfig: {
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    },
    design: { tableName: `shop-demo-${Date.now().toString(36)}` },
  })
  await orm.createTable()
  try {
    await runShop(orm, console.log)
  } finally {
    await orm.dropTable()
  }
} finally {
  await local?.stop()
}
