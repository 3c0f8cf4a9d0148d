/** `bun src/main.ts`: starts DynamoDB Local (unless DYNAMODB_ENDPOINT is set), runs the library, stops it. */
import { startDynamoDBLocal } from '@dbtooling/local'
import { runLibrary } from './library'

const given = process.env.DYNAMODB_ENDPOINT
const local = given ? undefined : await startDynamoDBLocal({ inMemory: true })
try {
  await runLibrary({ endpoint: given ?? (local?.endpoint as string), log: console.log })
} finally {
  await local?.stop()
}
