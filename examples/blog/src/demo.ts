/**
 * The quick-start demo: starts DynamoDB Local, derives the single-table design from the Stacks models in
 * ../models, creates the table, seeds it, runs real queries, prints the access patterns, and stops.
 */
import { startDynamoDBLocal } from '@dbtooling/local'
import { runBlog } from './blog'

const local = await startDynamoDBLocal({ inMemory: true })
console.log(`DynamoDB Local started at ${local.endpoint}\n`)
try {
  await runBlog({ endpoint: local.endpoint, log: console.log })
} finally {
  await local.stop()
  console.log('\nDynamoDB Local stopped.')
}
