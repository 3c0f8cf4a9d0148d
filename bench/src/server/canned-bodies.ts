import { type AttributeMap, toAttributeMap } from '../fixtures/attribute-values'
import { ORM_TABLES, storedOrmUser } from '../fixtures/orm-users'
import { CLIENT_TABLE, QUERY_PAGE } from '../fixtures/users'

/** Response bodies prepared once per table, so answering costs the server next to nothing. */
export interface TableBodies {
  getItem: string
  allNew: string
  query: string
  batchGet: string
}

function tableItems(table: string): AttributeMap[] {
  if (Object.values(ORM_TABLES).some((name) => name === table)) {
    return Array.from({ length: 10 }, (_, n) => toAttributeMap(storedOrmUser(table, n)))
  }
  return QUERY_PAGE.map(toAttributeMap)
}

export function tableBodies(table: string): TableBodies {
  const items = tableItems(table)
  const first = items[0]
  return {
    getItem: JSON.stringify({ Item: first }),
    allNew: JSON.stringify({ Attributes: first }),
    query: JSON.stringify({ Items: items, Count: items.length, ScannedCount: items.length }),
    batchGet: JSON.stringify({ Responses: { [table]: items }, UnprocessedKeys: {} }),
  }
}

export const KNOWN_TABLES = [CLIENT_TABLE, ...Object.values(ORM_TABLES)]

/** What DescribeTable/CreateTable answer: the single-table layout every scenario assumes. */
export function tableDescription(table: string): Record<string, unknown> {
  const key = (name: string) => ({ AttributeName: name, AttributeType: 'S' })
  const schema = (hash: string, range: string) => [
    { AttributeName: hash, KeyType: 'HASH' },
    { AttributeName: range, KeyType: 'RANGE' },
  ]
  const arn = `arn:aws:dynamodb:us-east-1:000000000000:table/${table}`
  return {
    TableName: table,
    TableArn: arn,
    TableId: '00000000-0000-4000-8000-000000000000',
    TableStatus: 'ACTIVE',
    CreationDateTime: 1_764_000_000,
    AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk'].map(key),
    KeySchema: schema('pk', 'sk'),
    BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
    ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 },
    GlobalSecondaryIndexes: [
      {
        IndexName: 'gsi1',
        IndexArn: `${arn}/index/gsi1`,
        IndexStatus: 'ACTIVE',
        KeySchema: schema('gsi1pk', 'gsi1sk'),
        Projection: { ProjectionType: 'ALL' },
        ItemCount: 10,
        IndexSizeBytes: 1_600,
      },
    ],
    ItemCount: 10,
    TableSizeBytes: 1_600,
  }
}
