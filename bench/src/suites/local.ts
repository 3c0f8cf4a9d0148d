import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { startDynamoDBLocal } from '@dbtooling/local'
import type { Target } from '../contestant'
import { CLIENT_TABLE, QUERY_PAGE } from '../fixtures/users'
import type { BenchOptions } from '../options'
import { type ClientSuiteOutput, runClientSuite } from './client-suite'

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' }

/** The table layout the scenarios assume, created with the SDK (setup only, never timed). */
async function createAndSeed(target: Target): Promise<void> {
  const client = new DynamoDBClient({
    endpoint: target.endpoint,
    region: target.region,
    credentials: target.credentials,
  })
  const key = (name: string) => ({ AttributeName: name, AttributeType: 'S' as const })
  await client.send(
    new CreateTableCommand({
      TableName: target.table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [key('pk'), key('sk')],
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
    }),
  )
  const doc = DynamoDBDocumentClient.from(client)
  await doc.send(
    new BatchWriteCommand({
      RequestItems: { [target.table]: QUERY_PAGE.map((Item) => ({ PutRequest: { Item } })) },
    }),
  )
  client.destroy()
}

/**
 * The same client scenarios against DynamoDB Local (a real emulator in a Java process). Its own
 * latency dominates wall time, so fewer calls; client CPU is still the number to read.
 */
export async function runLocalSuite(options: BenchOptions): Promise<ClientSuiteOutput> {
  const local = await startDynamoDBLocal({ inMemory: true })
  try {
    const target = {
      endpoint: local.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
      table: CLIENT_TABLE,
    }
    await createAndSeed(target)
    return await runClientSuite(
      'local',
      'Client CPU per call, DynamoDB Local',
      target,
      options.plans.local,
      options,
    )
  } finally {
    await local.stop()
  }
}
