/** What the canned server answers, as a pure function of operation and request body. */
import { KNOWN_TABLES, type TableBodies, tableBodies, tableDescription } from './canned-bodies'

const bodies = new Map<string, TableBodies>(KNOWN_TABLES.map((name) => [name, tableBodies(name)]))
export const TARGET_PREFIX = 'DynamoDB_20120810.'

function bodiesFor(table: string): TableBodies {
  let found = bodies.get(table)
  if (!found) {
    found = tableBodies(table)
    bodies.set(table, found)
  }
  return found
}

function tableOf(body: string): string {
  const direct = /"TableName"\s*:\s*"([^"]+)"/.exec(body)
  if (direct?.[1]) return direct[1]
  return /"RequestItems"\s*:\s*\{\s*"([^"]+)"/.exec(body)?.[1] ?? 'bench'
}

/** Returns [status, body] for one operation; unknown operations fail like DynamoDB does. */
export function answer(operation: string, body: string): [number, string] {
  const table = tableOf(body)
  switch (operation) {
    case 'GetItem':
      return [200, bodiesFor(table).getItem]
    case 'PutItem':
    case 'DeleteItem':
    case 'TransactWriteItems':
      return [200, '{}']
    case 'UpdateItem':
      return [200, /"ReturnValues"\s*:\s*"ALL_NEW"/.test(body) ? bodiesFor(table).allNew : '{}']
    case 'Query':
    case 'Scan':
      return [200, bodiesFor(table).query]
    case 'BatchWriteItem':
      return [200, '{"UnprocessedItems":{}}']
    case 'BatchGetItem':
      return [200, bodiesFor(table).batchGet]
    case 'DescribeTable':
    case 'CreateTable': {
      const key = operation === 'CreateTable' ? 'TableDescription' : 'Table'
      return [200, JSON.stringify({ [key]: tableDescription(table) })]
    }
    case 'ListTables':
      return [200, JSON.stringify({ TableNames: KNOWN_TABLES })]
    default:
      return [
        400,
        JSON.stringify({ __type: 'com.amazon.coral.service#UnknownOperationException', message: operation }),
      ]
  }
}
