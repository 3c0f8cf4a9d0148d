import { DocumentClient, DynamoClient, type DynamoClientConfig } from '@dbtooling/dynamo-client'
import { localCredentials, localEndpoint, localRegion } from '../../../../../tests/support'
import type { TableTarget } from '../../../src/raw/target'

/** Clients and a table name, without models: what the raw escapes and batch runners need. */
export function tableTarget(tableName: string, config: DynamoClientConfig = {}): TableTarget {
  const client = new DynamoClient({
    endpoint: config.endpoint ?? localEndpoint(),
    region: localRegion,
    credentials: localCredentials,
    ...config,
  })
  return { client, doc: new DocumentClient(client), tableName, design: { partitionKey: 'pk', sortKey: 'sk' } }
}

export async function createKeyTable(target: TableTarget): Promise<void> {
  await target.client.createTable({
    TableName: target.tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
  })
  await target.client.waitForTableActive(target.tableName, { intervalMs: 50 })
}
