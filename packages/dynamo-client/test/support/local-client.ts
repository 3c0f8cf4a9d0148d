import { localCredentials, localEndpoint, localRegion, uniqueTableName } from '../../../../tests/support'
import { DynamoClient, type DynamoClientConfig } from '../../src/index'
import type { CreateTableInput } from '../../src/types/table-operations'

export function localClient(config: DynamoClientConfig = {}): DynamoClient {
  return new DynamoClient({
    endpoint: localEndpoint(),
    region: localRegion,
    credentials: localCredentials,
    ...config,
  })
}

/** A pk/sk table with one overloaded GSI, the shape the ORM uses. */
export function singleTableDefinition(prefix: string): CreateTableInput {
  return {
    TableName: uniqueTableName(prefix),
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
  }
}

export async function createTable(client: DynamoClient, definition: CreateTableInput): Promise<string> {
  await client.createTable(definition)
  await client.waitForTableActive(definition.TableName, { intervalMs: 50 })
  return definition.TableName
}

export function s(value: string) {
  return { S: value }
}

export function n(value: number) {
  return { N: String(value) }
}
